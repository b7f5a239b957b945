import type { SeverityName, FindingStatusName } from "@/lib/findings/findings.schemas";
import { severityLabel } from "@/lib/findings/get-chart-series";
import styles from "@/app/_components/badges.module.css";

export function SeverityBadge({ severity }: { severity: SeverityName }) {
  return <span className={`${styles.badge} ${styles[severity]}`} data-severity={severity}>{severityLabel(severity)}</span>;
}

const STATUS_LABELS: Record<FindingStatusName, string> = {
  open: "Open",
  in_progress: "In progress",
  resolved: "Resolved",
  suppressed: "Suppressed",
  risk_accepted: "Risk accepted",
};

export function statusLabel(status: FindingStatusName) {
  return STATUS_LABELS[status];
}

export function StatusBadge({ status }: { status: FindingStatusName }) {
  const tone = status === "resolved" ? styles.ok : status === "open" ? styles.neutral : styles.quiet;
  return <span className={`${styles.badge} ${tone}`}>{STATUS_LABELS[status]}</span>;
}

type ScanStatusName = "queued" | "running" | "succeeded" | "partial" | "failed";

export function ScanStatusBadge({ status }: { status: ScanStatusName }) {
  const tone = { succeeded: styles.ok, partial: styles.warn, failed: styles.critical, running: styles.low, queued: styles.quiet }[status];
  const label = { succeeded: "Succeeded", partial: "Partial", failed: "Failed", running: "Running", queued: "Queued" }[status];
  return <span className={`${styles.badge} ${tone}`}>{label}</span>;
}
