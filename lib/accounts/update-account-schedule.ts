/** Changes when an account is scanned (a 5-field cron, UTC); the scheduler picks it up on its next tick. */
import { authorize, type Actor } from "@/lib/auth/permissions";
import type { Database } from "@/lib/db/client";
import { VigilError } from "@/lib/errors/vigil-error";
import { scheduleInput } from "@/lib/accounts/accounts.schemas";

export async function updateAccountSchedule(database: Database, actor: Actor, input: { accountId: string; scanSchedule: string }) {
  const valid = scheduleInput.parse(input);
  authorize(actor, "accounts:manage", { accountId: valid.accountId });
  const updated = await database.account.updateMany({ where: { id: valid.accountId }, data: { scanSchedule: valid.scanSchedule } });
  if (updated.count === 0) throw new VigilError("not_found", `No account ${valid.accountId}.`);
  return { accountId: valid.accountId, scanSchedule: valid.scanSchedule };
}
