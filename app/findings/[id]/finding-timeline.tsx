import type { FindingDetail } from "@/lib/findings/get-finding";
import { statusLabel } from "@/app/_components/badges";
import { formatDateTime } from "@/app/_format/format-time";
import styles from "@/app/findings/[id]/finding.module.css";

const KIND_LABELS: Record<string, string> = {
  opened: "Opened by a scan",
  resolved: "Resolved",
  reopened: "Reopened",
  regressed: "Regressed: failing again after it was fixed",
  status_changed: "Status changed",
  assigned: "Assigned",
  commented: "Comment",
  suppression_expired: "Suppression expired",
  resource_deleted: "Resource deleted",
  due_date_changed: "Due date changed",
};

export function FindingTimeline({ events }: { events: FindingDetail["events"] }) {
  if (events.length === 0) return <p className="muted">No events recorded.</p>;
  return (
    <ol className={styles.timeline} data-testid="finding-timeline">
      {events.map((event) => (
        <li key={event.id}>
          <time dateTime={event.createdAt.toISOString()} className="muted">{formatDateTime(event.createdAt)}</time>
          <div>
            <strong>{KIND_LABELS[event.kind] ?? event.kind}</strong>
            {event.fromStatus && event.toStatus ? ` · ${statusLabel(event.fromStatus)} → ${statusLabel(event.toStatus)}` : null}
            <span className="muted"> · {event.actor === "system" ? "by a scan" : `by ${event.actor}`}</span>
          </div>
          {event.comment ? <blockquote className={styles.comment}>{event.comment}</blockquote> : null}
        </li>
      ))}
    </ol>
  );
}
