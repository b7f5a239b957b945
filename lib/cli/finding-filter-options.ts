/**
 * The finding filters that `vigil findings` and `vigil export` share: their command-line options, one
 * zod shape validating them item by item, and the mapping to lib/findings/export-findings's filter.
 */
import { z } from "zod";
import type { ZodRawShape } from "zod";
import type { FindingExportFilter } from "@/lib/findings/export-findings";
import { CliError } from "./cli-error";

/** A comma-separated option, validated item by item. */
const list = <T extends string>(item: z.ZodType<T, string>) =>
  z.preprocess(
    (value) => (typeof value === "string" ? value.split(",").map((part) => part.trim()).filter(Boolean) : undefined),
    z.array(item).optional(),
  );

export const FINDING_FILTER_ARGS = {
  severity: { type: "string" }, status: { type: "string" }, account: { type: "string" },
  service: { type: "string" }, check: { type: "string" },
} as const;

export const FINDING_FILTER_USAGE = "[--severity s,..] [--status s,..] [--account id,..] [--service s,..] [--check id,..]";

export const findingFilterShape = {
  severity: list(z.enum(["critical", "high", "medium", "low", "informational"])),
  status: list(z.enum(["open", "in_progress", "resolved", "suppressed", "risk_accepted"])),
  account: list(z.string().regex(/^\d{12}$/, "account ids have 12 digits")),
  service: list(z.enum(["iam", "s3", "lambda", "kms"])),
  check: list(z.string().min(1)),
};

type FindingFilterOptions = z.infer<z.ZodObject<typeof findingFilterShape>>;

export function toFindingFilter(options: FindingFilterOptions): FindingExportFilter {
  return {
    severity: options.severity, status: options.status, accountId: options.account, service: options.service, checkId: options.check,
  };
}

/** Validates parsed options against a schema, turning the first problem into a one-line usage error (exit code 2). */
export function validateOptions<Shape extends ZodRawShape>(schema: z.ZodObject<Shape>, raw: unknown): z.infer<z.ZodObject<Shape>> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new CliError(`--${String(issue?.path[0] ?? "option")}: ${issue?.message ?? "invalid value"}`, 2);
}
