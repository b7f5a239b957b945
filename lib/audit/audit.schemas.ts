/** The audit page's and export's query string: validated before any query runs. */
import { z } from "zod";
import { postgresText } from "@/lib/db/postgres-text";

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const optionalText = (max: number) => z.preprocess((value) => (first(value) === "" ? undefined : first(value)), z.string().trim().max(max).check(postgresText()).optional());
// Dates as ISO text only: Date.parse also reads "%00 nul" or "-1" as a date, which a filter must not.
const isoTime = z.preprocess(
  (value) => (first(value) === "" ? undefined : first(value)),
  z.union([z.iso.date(), z.iso.datetime({ offset: true })], { error: "use a date such as 2026-11-01 or an ISO time" }).transform((value) => new Date(value)).optional(),
);

export const auditQuerySchema = z.object({
  action: z.preprocess((value) => (first(value) === "" ? undefined : first(value)), z.string().regex(/^[a-z_.]{1,64}$/, "Not an audit action.").optional()),
  actor: optionalText(320),
  outcome: z.preprocess((value) => (first(value) === "" ? undefined : first(value)), z.enum(["success", "failure", "denied"]).optional()),
  since: isoTime,
  until: isoTime,
  /** Keyset cursor: events older than this id. */
  before: z.preprocess((value) => (first(value) === "" ? undefined : first(value)), z.string().regex(/^\d{1,19}$/, "Not a cursor.").optional()),
  format: z.preprocess(first, z.enum(["csv", "json"]).optional()),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;

export function parseAuditQuery(params: Record<string, string | string[] | undefined>): { ok: true; query: AuditQuery } | { ok: false; problems: string[] } {
  const parsed = auditQuerySchema.strict().safeParse(params);
  if (parsed.success) return { ok: true, query: parsed.data };
  return { ok: false, problems: parsed.error.issues.map((issue) => (issue.path.length ? `${issue.path.join(".")}: ${issue.message}` : issue.message)) };
}
