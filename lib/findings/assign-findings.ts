/** Assigns findings to a person who may triage them (or unassigns them), recording who moved them. */
import { can, type Actor } from "@/lib/auth/permissions";
import type { Database } from "@/lib/db/client";
import { VigilError } from "@/lib/errors/vigil-error";
import { loadTriageTargets } from "@/lib/findings/load-triage-targets";
import { assignInput, type AssignInput } from "@/lib/findings/triage.schemas";

export async function assignFindings(database: Database, actor: Actor, input: AssignInput, now = new Date()) {
  const { findingIds, assigneeId } = assignInput.parse(input);
  return database.$transaction(async (tx) => {
    const rows = await loadTriageTargets(tx, actor, findingIds, "findings:triage");
    const assignee = assigneeId ? await tx.user.findUnique({ where: { id: assigneeId }, select: { id: true, name: true, role: true } }) : null;
    if (assigneeId && !assignee) throw new VigilError("not_found", "No user has this id.");
    if (assignee) {
      // Assigning work to someone who could not act on it (a viewer) would only hide it.
      const assigneeActor: Actor = { userId: assignee.id, role: assignee.role, accountScope: null };
      if (!can(assigneeActor, "findings:triage", { assigneeId: assignee.id })) {
        throw new VigilError("invalid_input", `${assignee.name} has the ${assignee.role} role and cannot work on findings.`);
      }
    }
    const changing = rows.filter((row) => row.assigneeId !== assigneeId);
    if (changing.length > 0) {
      await tx.finding.updateMany({ where: { id: { in: changing.map((row) => row.id) } }, data: { assigneeId } });
      await tx.findingEvent.createMany({
        data: changing.map((row) => ({
          findingId: row.id, kind: "assigned", actor: actor.userId, createdAt: now,
          data: { from: row.assigneeId, to: assigneeId, toName: assignee?.name ?? null },
        })),
      });
    }
    return { changed: changing.map((row) => ({ id: row.id, from: row.assigneeId, to: assigneeId })) };
  });
}
