/**
 * Pure shapers from finding counts to chart rows: the chart components only draw what these return.
 */
import { SEVERITIES, type SeverityName } from "@/lib/findings/findings.schemas";
import type { OpenFindingCount } from "@/lib/findings/get-open-finding-counts";
import type { OpenFindingAccountCount } from "@/lib/findings/get-open-finding-counts-by-account";

export interface SeverityBar {
  severity: SeverityName;
  label: string;
  count: number;
}

/** One row per service, with a count per severity and the total; services are ordered by total, largest first. */
export type ServiceBar = { service: string; label: string; total: number } & Record<SeverityName, number>;

/** One row per account (labelled with its name), with a count per severity and the total. */
export type AccountBar = { accountId: string; label: string; total: number } & Record<SeverityName, number>;

const SERVICE_LABELS: Record<string, string> = { iam: "IAM", s3: "S3", lambda: "Lambda", kms: "KMS" };

export function severityLabel(severity: SeverityName): string {
  return severity === "informational" ? "Info" : severity.charAt(0).toUpperCase() + severity.slice(1);
}

export function serviceLabel(service: string): string {
  return SERVICE_LABELS[service] ?? service;
}

/** Every severity, most severe first, zero when absent, so the axis never shifts between scans. */
export function getSeveritySeries(counts: readonly OpenFindingCount[]): SeverityBar[] {
  return SEVERITIES.map((severity) => ({
    severity,
    label: severityLabel(severity),
    count: counts.filter((row) => row.severity === severity).reduce((sum, row) => sum + row.count, 0),
  }));
}

export function getServiceSeries(counts: readonly OpenFindingCount[]): ServiceBar[] {
  const byService = new Map<string, ServiceBar>();
  for (const row of counts) {
    let bar = byService.get(row.service);
    if (!bar) {
      bar = { service: row.service, label: serviceLabel(row.service), total: 0, critical: 0, high: 0, medium: 0, low: 0, informational: 0 };
      byService.set(row.service, bar);
    }
    bar[row.severity] += row.count;
    bar.total += row.count;
  }
  return [...byService.values()].sort((a, b) => b.total - a.total || a.service.localeCompare(b.service));
}

/**
 * The `limit` accounts with the most open findings, largest first (then by worst severity, then id), and how
 * many accounts with open findings that leaves out.
 */
export function getAccountSeries(
  counts: readonly OpenFindingAccountCount[],
  names: ReadonlyMap<string, string>,
  limit = 10,
): { bars: AccountBar[]; left: number } {
  const byAccount = new Map<string, AccountBar>();
  for (const row of counts) {
    let bar = byAccount.get(row.accountId);
    if (!bar) {
      bar = { accountId: row.accountId, label: names.get(row.accountId) ?? row.accountId, total: 0, critical: 0, high: 0, medium: 0, low: 0, informational: 0 };
      byAccount.set(row.accountId, bar);
    }
    bar[row.severity] += row.count;
    bar.total += row.count;
  }
  const worst = (bar: AccountBar) => SEVERITIES.findIndex((severity) => bar[severity] > 0);
  const ranked = [...byAccount.values()]
    .filter((bar) => bar.total > 0)
    .sort((a, b) => b.total - a.total || worst(a) - worst(b) || a.accountId.localeCompare(b.accountId));
  return { bars: ranked.slice(0, limit), left: Math.max(0, ranked.length - limit) };
}
