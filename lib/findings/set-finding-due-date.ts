/**
 * Sets (or clears) the due date of findings by hand. The event marks the date as chosen by a person, so a
 * later change of the severity SLAs leaves it alone.
 */
import type { Actor } from "@/lib/auth/permissions";
import type { Database } from "@/lib/db/client";
import { loadTriageTargets } from "@/lib/findings/load-triage-targets";
import { dueDateInput, type DueDateInput } from "@/lib/findings/triage.schemas";

export async function setFindingDueDate(database: Database, actor: Actor, input: DueDateInput, now = new Date()) {
  const { findingIds, dueAt } = dueDateInput.parse(input);
  return database.$transaction(async (tx) => {
    const rows = await loadTriageTargets(tx, actor, findingIds, "findings:triage");
    const changing = rows.filter((row) => (row.dueAt?.getTime() ?? null) !== (dueAt?.getTime() ?? null));
    if (changing.length > 0) {
      await tx.finding.updateMany({ where: { id: { in: changing.map((row) => row.id) } }, data: { dueAt } });
      await tx.findingEvent.createMany({
        data: changing.map((row) => ({
          findingId: row.id, kind: "due_date_changed", actor: actor.userId, createdAt: now,
          data: { from: row.dueAt?.toISOString() ?? null, to: dueAt?.toISOString() ?? null },
        })),
      });
    }
    return { changed: changing.map((row) => ({ id: row.id, dueAt })) };
  });
}
