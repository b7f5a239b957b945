"use server";
// "Scan now" and per-account schedules from the scans page; validated with zod, authorised in lib/.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getActor } from "@/app/_auth/get-actor";
import { recordAudit } from "@/app/_auth/record-audit";
import { runAction, type ActionResult } from "@/app/_actions/action-result";
import { accountId, scheduleInput } from "@/lib/accounts/accounts.schemas";
import { updateAccountSchedule } from "@/lib/accounts/update-account-schedule";
import { db } from "@/lib/db/client";
import { enqueueScanJob } from "@/lib/scans/enqueue-scan-job";
import { requestScan } from "@/lib/scans/request-scan";

export async function requestScanAction(input: unknown): Promise<ActionResult<{ scanId: string; created: boolean }>> {
  return runAction(z.object({ accountId }), input, async (valid) => {
    const actor = await getActor();
    const scan = await requestScan(db(), actor, valid, enqueueScanJob);
    await recordAudit(actor, { action: "scan.requested", targetType: "account", targets: [valid.accountId], details: { scanId: scan.id, created: scan.created } });
    revalidatePath("/scans");
    return { scanId: scan.id, created: scan.created };
  });
}

export async function updateScheduleAction(_previous: unknown, form: FormData): Promise<ActionResult<{ scanSchedule: string }>> {
  return runAction(scheduleInput, { accountId: form.get("accountId"), scanSchedule: form.get("scanSchedule") }, async (valid) => {
    const actor = await getActor();
    const result = await updateAccountSchedule(db(), actor, valid);
    await recordAudit(actor, { action: "account.schedule_changed", targetType: "account", targets: [valid.accountId], details: { scanSchedule: valid.scanSchedule } });
    revalidatePath("/scans");
    revalidatePath("/accounts");
    return { scanSchedule: result.scanSchedule };
  });
}
