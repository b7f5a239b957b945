/**
 * The principals list's filters, validated at every boundary (page query string, CLI options). Parsing
 * never throws: a broken query string yields messages to show.
 */
import { z } from "zod";
import { postgresText } from "@/lib/db/postgres-text";
import type { RiskCategory } from "@/lib/iam/risks/iam-risk";
import { RISK_CATEGORIES } from "./risk-categories";

const single = <T extends z.ZodType>(inner: T) =>
  z.preprocess((value) => {
    const first = Array.isArray(value) ? value[0] : value;
    return first === "" ? undefined : first;
  }, inner);

export const principalsQuerySchema = z.object({
  account: single(z.string().regex(/^\d{12}$/, "account must be a 12-digit AWS account id").optional()),
  kind: single(z.enum(["user", "role"], { error: "kind must be user or role" }).optional()),
  risk: single(z.enum(RISK_CATEGORIES as [RiskCategory, ...RiskCategory[]], { error: `risk must be one of ${RISK_CATEGORIES.join(", ")}` }).optional()),
  q: single(z.string().trim().max(200, "search text is limited to 200 characters").check(postgresText("search text must not contain control characters")).optional()),
  page: single(z.coerce.number().int("page must be a whole number").min(1, "page starts at 1").max(100_000).optional()),
});

export type PrincipalsQuery = z.output<typeof principalsQuerySchema>;

export type ParsedPrincipalsQuery = { ok: true; query: PrincipalsQuery } | { ok: false; problems: string[] };

export function parsePrincipalsQuery(input: Record<string, unknown>): ParsedPrincipalsQuery {
  const parsed = principalsQuerySchema.safeParse(input);
  if (parsed.success) return { ok: true, query: parsed.data };
  return { ok: false, problems: parsed.error.issues.map((issue) => `${issue.path.join(".") || "query"}: ${issue.message}`) };
}

export function toPrincipalsSearch(query: Partial<PrincipalsQuery>): string {
  const params = new URLSearchParams();
  for (const key of ["account", "kind", "risk", "q"] as const) {
    const value = query[key];
    if (value) params.set(key, value);
  }
  if (query.page && query.page > 1) params.set("page", String(query.page));
  const search = params.toString();
  return search ? `?${search}` : "";
}
