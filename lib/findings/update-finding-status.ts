/** Moves findings through the triage workflow (open -> in progress -> resolved, or back to open). */
import type { Actor } from "@/lib/auth/permissions";
import type { Database } from "@/lib/db/client";
import { VigilError } from "@/lib/errors/vigil-error";
import { loadTriageTargets } from "@/lib/findings/load-triage-targets";
import { needsSuppressPermission, statusChangeFields, statusChangeProblem } from "@/lib/findings/plan-status-change";
import { updateStatusInput, type UpdateStatusInput } from "@/lib/findings/triage.schemas";

export async function updateFindingStatus(database: Database, actor: Actor, input: UpdateStatusInput, now = new Date()) {
  const { findingIds, status, comment } = updateStatusInput.parse(input);
  return database.$transaction(async (tx) => {
    const rows = await loadTriageTargets(tx, actor, findingIds, (row) =>
      needsSuppressPermission(row.status as never) ? "findings:suppress" : "findings:triage",
    );
    const problems = rows.map((row) => statusChangeProblem(row.status, status)).filter((p): p is string => p !== null);
    if (problems.length > 0) throw new VigilError("conflict", [...new Set(problems)].join(" "));
    const changing = rows.filter((row) => row.status !== status);
    if (changing.length > 0) {
      await tx.finding.updateMany({ where: { id: { in: changing.map((row) => row.id) } }, data: statusChangeFields(status, now) });
      await tx.findingEvent.createMany({
        data: changing.map((row) => ({
          findingId: row.id, kind: "status_changed", actor: actor.userId, fromStatus: row.status, toStatus: status,
          comment: comment ?? null, createdAt: now,
        })),
      });
    }
    return { changed: changing.map((row) => ({ id: row.id, from: row.status, to: status })) };
  });
}
