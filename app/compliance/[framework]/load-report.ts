import "server-only";
import { notFound } from "next/navigation";
import { findAccounts } from "@/lib/accounts/find-accounts";
import { describeScope, parseComplianceScope } from "@/lib/compliance/compliance-scope";
import { getComplianceReport } from "@/lib/compliance/get-compliance-report";
import { scopeOf } from "@/lib/auth/account-scope";
import { authorize } from "@/lib/auth/permissions";
import { getActor } from "@/app/_auth/get-actor";

/** The report a framework page, its printable version and its CSV share: 404 for an unknown framework. */
export async function loadReport(framework: string, params: Record<string, string | string[] | undefined>) {
  const scope = parseComplianceScope(params);
  if (!scope.ok) return { ok: false as const, problems: scope.problems };
  const actor = await getActor();
  authorize(actor, "compliance:read");
  const readerScope = scopeOf(actor);
  const [report, accounts] = await Promise.all([getComplianceReport(framework, { scope: readerScope, accountIds: scope.accountIds }), findAccounts(readerScope)]);
  if (!report) notFound();
  return {
    ok: true as const,
    report,
    accounts,
    accountIds: scope.accountIds,
    readerScope,
    // "All accounts" only for readers who see all of them; a scoped reader's report names their accounts.
    scopeLabel: describeScope(scope.accountIds.length > 0 ? scope.accountIds : (readerScope.accountIds ?? []), accounts),
    query: scope.accountIds.length > 0 ? `?account=${scope.accountIds.join(",")}` : "",
  };
}
