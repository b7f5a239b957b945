"use server";
// Triage mutations from the findings list and a finding's page. Each validates its input with zod, acts as
// the signed-in user through a lib/findings domain function (which authorises and records the event), and
// records one audit entry.
import { getActor } from "@/app/_auth/get-actor";
import { recordAudit } from "@/app/_auth/record-audit";
import { runAction, type ActionResult } from "@/app/_actions/action-result";
import { db } from "@/lib/db/client";
import { assignFindings } from "@/lib/findings/assign-findings";
import { commentOnFinding } from "@/lib/findings/comment-on-finding";
import { setFindingDueDate } from "@/lib/findings/set-finding-due-date";
import { suppressFindings } from "@/lib/findings/suppress-findings";
import { assignInput, commentInput, dueDateInput, suppressInput, updateStatusInput } from "@/lib/findings/triage.schemas";
import { updateFindingStatus } from "@/lib/findings/update-finding-status";

export async function changeFindingStatus(input: unknown): Promise<ActionResult<{ changed: number }>> {
  return runAction(updateStatusInput, input, async (valid) => {
    const actor = await getActor();
    const result = await updateFindingStatus(db(), actor, valid);
    await recordAudit(actor, { action: "finding.status_changed", targetType: "finding", targets: result.changed.map((c) => c.id), details: { to: valid.status } });
    return { changed: result.changed.length };
  });
}

export async function assignFindingsAction(input: unknown): Promise<ActionResult<{ changed: number }>> {
  return runAction(assignInput, input, async (valid) => {
    const actor = await getActor();
    const result = await assignFindings(db(), actor, valid);
    await recordAudit(actor, { action: "finding.assigned", targetType: "finding", targets: result.changed.map((c) => c.id), details: { assigneeId: valid.assigneeId } });
    return { changed: result.changed.length };
  });
}

export async function suppressFindingsAction(input: unknown): Promise<ActionResult<{ changed: number }>> {
  return runAction(suppressInput, input, async (valid) => {
    const actor = await getActor();
    const result = await suppressFindings(db(), actor, valid);
    await recordAudit(actor, {
      action: "finding.suppressed", targetType: "finding", targets: result.changed.map((c) => c.id),
      details: { kind: valid.kind, reason: valid.reason, until: valid.until.toISOString() },
    });
    return { changed: result.changed.length };
  });
}

export async function commentOnFindingAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction(commentInput, input, async (valid) => {
    const actor = await getActor();
    const result = await commentOnFinding(db(), actor, valid);
    await recordAudit(actor, { action: "finding.commented", targetType: "finding", targets: [valid.findingId] });
    return { id: result.id };
  });
}

export async function setDueDateAction(input: unknown): Promise<ActionResult<{ changed: number }>> {
  return runAction(dueDateInput, input, async (valid) => {
    const actor = await getActor();
    const result = await setFindingDueDate(db(), actor, valid);
    await recordAudit(actor, { action: "finding.due_date_changed", targetType: "finding", targets: result.changed.map((c) => c.id), details: { dueAt: valid.dueAt?.toISOString() ?? null } });
    return { changed: result.changed.length };
  });
}
