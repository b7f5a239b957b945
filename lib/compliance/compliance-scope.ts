/** The account scope of a compliance report from its query string ("account=<id>", repeatable); [] means all. */
import { z } from "zod";

const accountIds = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value) => (Array.isArray(value) ? value : value ? value.split(",") : []).filter((id) => id !== ""))
  .pipe(z.array(z.string().regex(/^\d{12}$/, "account must be a 12-digit AWS account id")).max(50));

export function parseComplianceScope(params: Record<string, string | string[] | undefined>): { ok: true; accountIds: string[] } | { ok: false; problems: string[] } {
  const parsed = accountIds.safeParse(params.account);
  return parsed.success ? { ok: true, accountIds: parsed.data } : { ok: false, problems: parsed.error.issues.map((issue) => `account: ${issue.message}`) };
}

/** "All accounts" or the names of the chosen ones, for report headers. */
export function describeScope(accountIds: readonly string[], accounts: readonly { id: string; name: string }[]): string {
  if (accountIds.length === 0) return "All accounts";
  return accountIds.map((id) => `${accounts.find((account) => account.id === id)?.name ?? "Unknown account"} (${id})`).join(", ");
}
