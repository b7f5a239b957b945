import { Fragment } from "react";
import type { ScanListItem } from "@/lib/scans/find-scans";
import { ScanStatusBadge } from "@/app/_components/badges";
import { GapTable } from "@/app/_components/gap-table";
import { TimeAgo } from "@/app/_components/time-ago";
import { formatDuration } from "@/app/_format/format-time";
import { LiveScanStatus } from "@/app/scans/live-scan-status";
import styles from "@/app/scans/scans.module.css";

const n = (value: number) => value.toLocaleString("en");

export function ScanTable({ scans }: { scans: ScanListItem[] }) {
  if (scans.length === 0) return <p className="muted card">This account has not been scanned yet.</p>;
  return (
    <table className="data" aria-label="Scan history">
      <thead>
        <tr>
          <th scope="col">Status</th>
          <th scope="col">Started</th>
          <th scope="col">Trigger</th>
          <th scope="col" className="num">Duration</th>
          <th scope="col" className="num">API calls</th>
          <th scope="col" className="num">Resources</th>
          <th scope="col" className="num">Findings</th>
          <th scope="col" className="num">Gaps</th>
          <th scope="col">IAM analysis</th>
        </tr>
      </thead>
      <tbody>
        {scans.map((scan) => (
          <Fragment key={scan.id}>
            <tr className={scan.gaps.length > 0 || scan.error ? styles.hasDetail : undefined}>
              <td>
                <ScanStatusBadge status={scan.status} />
                {scan.status === "queued" || scan.status === "running" ? (
                  <div className="muted"><LiveScanStatus scanId={scan.id} initialStatus={scan.status} /></div>
                ) : null}
              </td>
              <td><TimeAgo date={scan.startedAt ?? scan.queuedAt} /></td>
              <td>{scan.trigger}</td>
              <td className="num">{formatDuration(scan.startedAt, scan.finishedAt)}</td>
              <td className="num">{n(scan.apiCalls)}</td>
              <td className="num">
                {n(scan.resourceCount)}
                <div className="muted">+{n(scan.resourcesAdded)} ~{n(scan.resourcesChanged)} −{n(scan.resourcesDeleted)}</div>
              </td>
              <td className="num">
                {n(scan.findingCount)}
                <div className="muted">{n(scan.findingsOpened)} opened · {n(scan.findingsResolved)} resolved</div>
              </td>
              <td className="num">{scan.gapCount > 0 ? <strong className={styles.gapCount}>{n(scan.gapCount)}</strong> : <span className="muted">0</span>}</td>
              <td><IamAnalysisCell analysis={scan.iamAnalysis} scanStatus={scan.status} /></td>
            </tr>
            {scan.gaps.length > 0 || scan.error ? (
              <tr className={styles.detailRow}>
                <td colSpan={9}>
                  {scan.error ? <p className="notice error">{scan.error}</p> : null}
                  {scan.gaps.length > 0 ? (
                    <div className="notice warn">
                      <p>
                        <strong>{scan.gapCount === 1 ? "1 gap" : `${n(scan.gapCount)} gaps`}</strong>
                        {scan.complete ? "" : ": this scan was incomplete, so resources it could not read were not marked deleted."}
                      </p>
                      <GapTable gaps={scan.gaps} />
                      {scan.gapCount > scan.gaps.length ? <p className="muted">Showing {scan.gaps.length} of {n(scan.gapCount)}.</p> : null}
                    </div>
                  ) : null}
                </td>
              </tr>
            ) : null}
          </Fragment>
        ))}
      </tbody>
    </table>
  );
}

/** The IAM engine runs after the scan as its own job: say whether its principals and escalation paths are ready. */
function IamAnalysisCell({ analysis, scanStatus }: { analysis: ScanListItem["iamAnalysis"]; scanStatus: ScanListItem["status"] }) {
  if (!analysis) {
    const waiting = scanStatus === "queued" || scanStatus === "running";
    return <span className="muted">{waiting ? "After the scan" : "Not run"}</span>;
  }
  if (analysis.status === "running") return <span className="muted">Analysing…</span>;
  if (analysis.status === "failed") {
    return <span className={styles.iamFailed} title={analysis.error ?? undefined}>Failed{analysis.error ? `: ${analysis.error}` : ""}</span>;
  }
  return (
    <span>
      {n(analysis.principalCount)} principals
      <div className="muted">{formatDuration(analysis.startedAt, analysis.finishedAt)}</div>
    </span>
  );
}
