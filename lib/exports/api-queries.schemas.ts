/** Query strings of the read-only REST API (/api/v1), validated before anything reaches the database. */
import { z } from "zod";
import { postgresText } from "@/lib/db/postgres-text";

const list = <T extends z.ZodType>(item: T) =>
  z.preprocess((value) => (typeof value === "string" && value !== "" ? value.split(",").map((part) => part.trim()) : undefined), z.array(item).max(100, "at most 100 values").optional());

// Strict objects: an unknown parameter (a typo such as "severty") is a 400, never a filter silently dropped.
const page = {
  limit: z.coerce.number().int().min(1).max(500).default(100),
  cursor: z.string().max(500).optional(),
};

export const findingsQuerySchema = z.strictObject({
  ...page,
  format: z.enum(["json", "ocsf", "asff"]).default("json"),
  severity: list(z.enum(["critical", "high", "medium", "low", "informational"])),
  status: list(z.enum(["open", "in_progress", "resolved", "suppressed", "risk_accepted"])),
  account: list(z.string().regex(/^\d{12}$/)),
  service: list(z.enum(["iam", "s3", "lambda", "kms"])),
  check: list(z.string().min(1).max(200).check(postgresText())),
  /** Only findings whose state changed (seen by a scan, or status changed) at or after this time. */
  updated_since: z.iso.datetime({ offset: true }).optional(),
});
export type FindingsQuery = z.infer<typeof findingsQuerySchema>;

export const resourcesQuerySchema = z.strictObject({
  ...page,
  account: list(z.string().regex(/^\d{12}$/)),
  service: list(z.enum(["iam", "s3", "lambda", "kms"])),
  type: list(z.string().min(1).max(100).check(postgresText())),
  include_deleted: z.enum(["true", "false"]).default("false").transform((value) => value === "true"),
});
export type ResourcesQuery = z.infer<typeof resourcesQuerySchema>;

export const scansQuerySchema = z.strictObject({
  ...page,
  account: list(z.string().regex(/^\d{12}$/)),
  status: list(z.enum(["queued", "running", "succeeded", "partial", "failed"])),
});
export type ScansQuery = z.infer<typeof scansQuerySchema>;

/** URLSearchParams -> plain object for the schemas (the last value of a repeated key wins). */
export function searchParamsObject(params: URLSearchParams): Record<string, string> {
  return Object.fromEntries(params.entries());
}
