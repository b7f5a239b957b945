import { formatAgo, formatDateTime } from "@/app/_format/format-time";

/** A relative time with the exact UTC time on hover and in the markup. */
export function TimeAgo({ date }: { date: Date | null | undefined }) {
  if (!date) return <span className="muted">—</span>;
  return (
    <time dateTime={date.toISOString()} title={formatDateTime(date)}>
      {formatAgo(date)}
    </time>
  );
}
