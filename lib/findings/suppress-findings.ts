/**
 * Suppresses findings or accepts their risk, with a justification and an expiry date after which they
 * reopen by themselves (lib/findings/reopen-expired-suppressions.ts, or the next scan).
 */
import type { Actor } from "@/lib/auth/permissions";
import type { Database } from "@/lib/db/client";
import { VigilError } from "@/lib/errors/vigil-error";
import { loadTriageTargets } from "@/lib/findings/load-triage-targets";
import { MAX_ACCEPTANCE_DAYS, suppressInput, type SuppressInput } from "@/lib/findings/triage.schemas";

const DAY = 86_400_000;

export async function suppressFindings(database: Database, actor: Actor, input: SuppressInput, now = new Date()) {
  const { findingIds, kind, reason, until } = suppressInput.parse(input);
  if (until.getTime() <= now.getTime()) throw new VigilError("invalid_input", "The expiry date must be in the future.");
  if (until.getTime() > now.getTime() + MAX_ACCEPTANCE_DAYS * DAY) {
    throw new VigilError("invalid_input", `The expiry date may be at most ${MAX_ACCEPTANCE_DAYS} days away.`);
  }
  return database.$transaction(async (tx) => {
    const rows = await loadTriageTargets(tx, actor, findingIds, "findings:suppress");
    const resolved = rows.filter((row) => row.status === "resolved");
    if (resolved.length > 0) throw new VigilError("conflict", `${resolved.length} of the findings are resolved; there is nothing to suppress.`);
    await tx.finding.updateMany({
      where: { id: { in: rows.map((row) => row.id) } },
      data: { status: kind, statusChangedAt: now, suppressedUntil: until, suppressionReason: reason },
    });
    await tx.findingEvent.createMany({
      data: rows.map((row) => ({
        findingId: row.id, kind: "status_changed", actor: actor.userId, fromStatus: row.status, toStatus: kind,
        comment: reason, data: { until: until.toISOString() }, createdAt: now,
      })),
    });
    return { changed: rows.map((row) => ({ id: row.id, from: row.status, to: kind, until })) };
  });
}
