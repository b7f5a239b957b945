/**
 * Changes the severity SLAs and moves the due dates that were derived from them: active findings whose due
 * date nobody set by hand get first seen + the new SLA. Due dates people chose are kept.
 */
import { authorize, type Actor } from "@/lib/auth/permissions";
import type { Database } from "@/lib/db/client";
import { severitySlasSchema, SEVERITY_SLAS_KEY, type SeveritySlas } from "@/lib/settings/severity-slas.schemas";
import { SEVERITIES } from "@/lib/findings/findings.schemas";

export async function updateSeveritySlas(database: Database, actor: Actor, input: SeveritySlas): Promise<{ findingsUpdated: number }> {
  authorize(actor, "settings:manage");
  const slas = severitySlasSchema.parse(input);
  return database.$transaction(async (tx) => {
    await tx.appSetting.upsert({
      where: { key: SEVERITY_SLAS_KEY },
      create: { key: SEVERITY_SLAS_KEY, value: slas, updatedBy: actor.userId },
      update: { value: slas, updatedBy: actor.userId },
    });
    let findingsUpdated = 0;
    for (const severity of SEVERITIES) {
      const days = slas[severity];
      findingsUpdated += await tx.$executeRaw`
        UPDATE findings f
        SET due_at = CASE WHEN ${days}::int IS NULL THEN NULL ELSE f.first_seen_at + make_interval(days => ${days}::int) END
        WHERE f.severity = ${severity}::"Severity" AND f.status IN ('open', 'in_progress')
          AND NOT EXISTS (SELECT 1 FROM finding_events e WHERE e.finding_id = f.id AND e.kind = 'due_date_changed')`;
    }
    return { findingsUpdated };
  });
}
