/**
 * "Scan now": records a manual scan for an account and hands it to the workers. An account that already
 * has a scan queued or running gets that one back (createScan), so double clicks queue nothing twice.
 */
import { authorize, type Actor } from "@/lib/auth/permissions";
import type { Database } from "@/lib/db/client";
import { VigilError } from "@/lib/errors/vigil-error";
import { createScan, type CreatedScan } from "@/lib/scans/create-scan";

export async function requestScan(
  database: Database,
  actor: Actor,
  input: { accountId: string },
  enqueue: (scanId: string) => Promise<void>,
): Promise<CreatedScan> {
  authorize(actor, "scans:run", { accountId: input.accountId });
  const account = await database.account.findUnique({ where: { id: input.accountId }, select: { enabled: true } });
  if (!account) throw new VigilError("not_found", `No account ${input.accountId}.`);
  if (!account.enabled) throw new VigilError("conflict", `Account ${input.accountId} is disabled; enable it before scanning.`);
  const scan = await createScan(database, { accountId: input.accountId, trigger: "manual" });
  if (scan.created) await enqueue(scan.id);
  return scan;
}
