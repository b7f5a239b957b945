"use client";
// The findings list with row selection and bulk triage. The server renders the first page (initialData);
// after a bulk change, React Query refetches only the lists, so rows that no longer match drop out.
import Link from "next/link";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import type { Actor } from "@/lib/auth/permissions";
import type { FindingRowsPage } from "@/lib/findings/finding-row";
import { serviceLabel } from "@/lib/findings/get-chart-series";
import { SeverityBadge, StatusBadge } from "@/app/_components/badges";
import { formatAgo, formatDateTime } from "@/app/_format/format-time";
import { findingKeys } from "@/app/findings/finding-keys";
import { BulkActions } from "@/app/findings/bulk-actions";
import styles from "@/app/findings/findings.module.css";

export function FindingsTable({ search, initial, actor, assignees }: {
  search: string;
  initial: FindingRowsPage;
  actor: Actor;
  assignees: { id: string; name: string }[];
}) {
  const { data, isFetching, isError } = useQuery({
    queryKey: findingKeys.list(search),
    queryFn: async (): Promise<FindingRowsPage> => {
      const response = await fetch(`/api/findings${search}`, { cache: "no-store" });
      if (!response.ok) throw new Error(`findings ${response.status}`);
      return response.json();
    },
    initialData: initial,
    staleTime: 30_000,
  });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const visible = data.items.filter((row) => selected.has(row.id)).map((row) => row.id);
  const allSelected = data.items.length > 0 && visible.length === data.items.length;
  const toggle = (id: string) => setSelected((current) => {
    const next = new Set(current);
    if (next.has(id)) next.delete(id); else next.add(id);
    return next;
  });

  return (
    <>
      <p className={styles.summary} role="status">
        <span data-testid="findings-total">
          {data.total.count.toLocaleString("en")}{data.total.capped ? "+" : ""} matching {data.total.count === 1 && !data.total.capped ? "finding" : "findings"}
        </span>
        {isFetching ? <span className="muted">Updating…</span> : null}
        {isError ? <span className="notice error">Could not refresh the list; showing the last loaded rows.</span> : null}
      </p>
      <BulkActions selectedIds={visible} actor={actor} assignees={assignees} onDone={() => setSelected(new Set())} />
      <table className="data" aria-label="Findings">
        <thead>
          <tr>
            <th scope="col" className={styles.select}>
              <input type="checkbox" aria-label="Select all findings on this page" checked={allSelected}
                onChange={() => setSelected(allSelected ? new Set() : new Set(data.items.map((row) => row.id)))} />
            </th>
            <th scope="col">Severity</th>
            <th scope="col">Finding</th>
            <th scope="col">Service</th>
            <th scope="col">Status</th>
            <th scope="col">Assignee</th>
            <th scope="col">Due</th>
            <th scope="col">Last seen</th>
          </tr>
        </thead>
        <tbody>
          {data.items.map((row) => (
            <tr key={row.id} aria-selected={selected.has(row.id)} className={selected.has(row.id) ? styles.selectedRow : undefined}>
              <td className={styles.select}>
                <input type="checkbox" aria-label={`Select ${row.title} on ${row.resourceArn}`} checked={selected.has(row.id)} onChange={() => toggle(row.id)} />
              </td>
              <td><SeverityBadge severity={row.severity} /></td>
              <td className={styles.resource}>
                <Link className={styles.title} href={`/findings/${row.id}`}>{row.title}</Link>
                <div className="muted mono">{row.resourceArn}</div>
              </td>
              <td>{serviceLabel(row.service)}<div className="muted">{row.region}</div></td>
              <td><StatusBadge status={row.status} /></td>
              <td>{row.assignee ? row.assignee.name : <span className="muted">—</span>}</td>
              <td>{row.dueAt ? <time dateTime={row.dueAt} title={formatDateTime(new Date(row.dueAt))}>{row.dueAt.slice(0, 10)}</time> : <span className="muted">—</span>}</td>
              <td><time dateTime={row.lastSeenAt} title={formatDateTime(new Date(row.lastSeenAt))} suppressHydrationWarning>{formatAgo(new Date(row.lastSeenAt))}</time></td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
