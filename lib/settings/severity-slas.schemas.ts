/** The severity SLA setting: days to fix a finding of each severity from when it opens (null: no due date). */
import { z } from "zod";
import { DEFAULT_SLA_DAYS } from "@/lib/findings/severity-sla";

const days = z.number().int().min(1, "an SLA is at least 1 day").max(3650, "an SLA is at most 3650 days").nullable();

export const severitySlasSchema = z.object({
  critical: days,
  high: days,
  medium: days,
  low: days,
  informational: days,
});

export type SeveritySlas = z.infer<typeof severitySlasSchema>;

export const SEVERITY_SLAS_KEY = "severity_slas";

/** A stored value, or the defaults when it is absent or no longer valid (a setting never breaks a page). */
export function readSeveritySlas(value: unknown): { slas: SeveritySlas; source: "settings" | "default" } {
  const parsed = severitySlasSchema.safeParse(value);
  return parsed.success ? { slas: parsed.data, source: "settings" } : { slas: { ...DEFAULT_SLA_DAYS }, source: "default" };
}
