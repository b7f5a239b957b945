/** Adds a comment to a finding's timeline. */
import type { Actor } from "@/lib/auth/permissions";
import type { Database } from "@/lib/db/client";
import { loadTriageTargets } from "@/lib/findings/load-triage-targets";
import { commentInput, type CommentInput } from "@/lib/findings/triage.schemas";

export async function commentOnFinding(database: Database, actor: Actor, input: CommentInput, now = new Date()) {
  const { findingId, comment } = commentInput.parse(input);
  return database.$transaction(async (tx) => {
    await loadTriageTargets(tx, actor, [findingId], "findings:triage");
    const event = await tx.findingEvent.create({
      data: { findingId, kind: "commented", actor: actor.userId, comment, createdAt: now },
      select: { id: true, createdAt: true },
    });
    return { id: event.id.toString(), createdAt: event.createdAt };
  });
}
