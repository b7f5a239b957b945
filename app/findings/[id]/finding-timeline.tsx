"use client";
// The finding's timeline (scans' transitions, people's triage and comments) with the comment box.
// A new comment appears at once and is replaced by the stored one when the server confirms it.
import { useState } from "react";
import type { FindingTriage, TriageEvent } from "@/lib/findings/get-finding-triage";
import { statusLabel } from "@/app/_components/badges";
import { formatDateTime } from "@/app/_format/format-time";
import { commentOnFindingAction } from "@/app/findings/actions";
import { useFindingTriage } from "@/app/findings/use-finding-triage";
import { useTriageMutation } from "@/app/findings/use-triage-mutation";
import styles from "@/app/findings/[id]/finding.module.css";
import triageStyles from "@/app/findings/[id]/triage.module.css";

const KIND_LABELS: Record<string, string> = {
  opened: "Opened by a scan",
  resolved: "Resolved",
  reopened: "Reopened",
  regressed: "Regressed: failing again after it was fixed",
  status_changed: "Status changed",
  assigned: "Assigned",
  commented: "Comment",
  suppression_expired: "Suppression expired: reopened",
  resource_deleted: "Resource deleted",
  check_retired: "Check retired",
  due_date_changed: "Due date changed",
};

function who(event: TriageEvent) {
  if (event.actor === "system") return "by Vigil";
  return `by ${event.actorName ?? event.actor}`;
}

function detail(event: TriageEvent): string | null {
  const data = (event.data ?? {}) as Record<string, unknown>;
  if (event.kind === "assigned") return data.to ? `to ${String(data.toName ?? data.to)}` : "unassigned";
  if (event.kind === "due_date_changed") return data.to ? `to ${formatDateTime(new Date(String(data.to)))}` : "cleared";
  if (typeof data.until === "string" && event.kind === "status_changed") return `until ${formatDateTime(new Date(data.until))}`;
  return null;
}

export function FindingTimeline({ initial, canComment }: { initial: FindingTriage; canComment: boolean }) {
  const { data: triage } = useFindingTriage(initial);
  const [text, setText] = useState("");
  const comment = useTriageMutation({
    action: commentOnFindingAction,
    findingIds: (input: { findingId: string; comment: string }) => [input.findingId],
    patchTriage: (current, input) => ({
      ...current,
      events: [...current.events, {
        id: `pending-${current.events.length}`, kind: "commented", actor: "you", actorName: "you", fromStatus: null, toStatus: null,
        comment: input.comment, data: null, createdAt: new Date().toISOString(),
      }],
    }),
    touchesLists: false,
  });
  return (
    <>
      {triage.events.length === 0 ? <p className="muted">No events recorded.</p> : (
        <ol className={styles.timeline} data-testid="finding-timeline">
          {triage.events.map((event) => (
            <li key={event.id}>
              <time dateTime={event.createdAt} className="muted">{formatDateTime(new Date(event.createdAt))}</time>
              <div>
                <strong>{KIND_LABELS[event.kind] ?? event.kind}</strong>
                {event.fromStatus && event.toStatus ? ` · ${statusLabel(event.fromStatus)} → ${statusLabel(event.toStatus)}` : null}
                {detail(event) ? ` · ${detail(event)}` : null}
                <span className="muted"> · {who(event)}</span>
              </div>
              {event.comment ? <blockquote className={styles.comment}>{event.comment}</blockquote> : null}
            </li>
          ))}
        </ol>
      )}
      {canComment ? (
        <form className={triageStyles.commentForm} onSubmit={(event) => {
          event.preventDefault();
          comment.mutate({ findingId: triage.id, comment: text }, { onSuccess: () => setText("") });
        }}>
          <label>
            Add a comment
            <textarea value={text} onChange={(event) => setText(event.target.value)} rows={3} maxLength={4000} required />
          </label>
          {comment.isError ? <p className="notice error" role="alert">{comment.error.message}</p> : null}
          <div className={triageStyles.actions}><button type="submit" disabled={comment.isPending || text.trim() === ""}>Comment</button></div>
        </form>
      ) : null}
    </>
  );
}
