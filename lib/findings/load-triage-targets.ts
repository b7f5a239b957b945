/**
 * Locks the findings a triage mutation changes and checks the actor may change every one of them:
 * a bulk action is all or nothing, so nobody is left guessing which rows were skipped.
 */
import { accountWhere, scopeOf } from "@/lib/auth/account-scope";
import { authorize, type Action, type Actor } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/db/generated/client";
import { VigilError } from "@/lib/errors/vigil-error";

export type TriageTransaction = Prisma.TransactionClient;

export async function loadTriageTargets(
  tx: TriageTransaction,
  actor: Actor,
  findingIds: readonly string[],
  action: Action | ((finding: { status: string }) => Action),
) {
  // Row locks: a scan or the expiry job changing the same findings waits for this transaction.
  await tx.$queryRaw`SELECT id FROM findings WHERE id = ANY(${[...findingIds]}::uuid[]) ORDER BY id FOR UPDATE`;
  // Findings outside the actor's accounts do not exist for them: "not found", never "forbidden".
  const rows = await tx.finding.findMany({
    where: { id: { in: [...findingIds] }, ...accountWhere(scopeOf(actor)) },
    select: { id: true, accountId: true, assigneeId: true, status: true, severity: true, dueAt: true, firstSeenAt: true },
  });
  if (rows.length !== new Set(findingIds).size) {
    const found = new Set(rows.map((row) => row.id));
    const missing = findingIds.filter((id) => !found.has(id));
    throw new VigilError("not_found", `No finding has the id ${missing.join(", ")}.`, { missing });
  }
  for (const row of rows) {
    authorize(actor, typeof action === "function" ? action(row) : action, { accountId: row.accountId, assigneeId: row.assigneeId });
  }
  return rows;
}
