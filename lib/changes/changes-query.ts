/**
 * The "what changed" page's query string: since a date, one scan, one account. Parsing never throws: a
 * broken value yields a message the page shows, instead of quietly showing something else than asked.
 */
import { z } from "zod";

const single = <T extends z.ZodType>(inner: T) =>
  z.preprocess((value) => {
    const first = Array.isArray(value) ? value[0] : value;
    return first === "" ? undefined : first;
  }, inner);

export const changesQuerySchema = z.object({
  since: single(
    z.iso
      .date({ error: "since must be a date such as 2026-11-01" })
      .refine((value) => value >= "2000-01-01" && value <= "2999-12-31", "since must be a date such as 2026-11-01")
      .optional(),
  ),
  scan: single(z.uuid({ error: "scan must be a scan id" }).optional()),
  account: single(z.string().regex(/^\d{12}$/, "account must be a 12-digit AWS account id").optional()),
});

export type ChangesQuery = z.output<typeof changesQuerySchema>;

export function parseChangesQuery(params: Record<string, string | string[] | undefined>): { ok: true; query: ChangesQuery } | { ok: false; problems: string[] } {
  const parsed = changesQuerySchema.safeParse(params);
  if (parsed.success) return { ok: true, query: parsed.data };
  return { ok: false, problems: parsed.error.issues.map((issue) => `${issue.path.join(".") || "query"}: ${issue.message}`) };
}
