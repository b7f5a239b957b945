/**
 * Builds a change set from what the scan pipeline already writes: resource_versions (scan_id,
 * captured_at) for added and changed resources, resources.deleted_at for removed ones, and
 * finding_events (scan_id, kind) for new, resolved and regressed findings. Nothing extra is stored.
 */
import type { Database } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { ChangedFinding, ChangedResource, ChangeSet } from "./change-set";
import { diffConfiguration } from "./diff-configuration";

export interface ChangeWindow {
  /** Restrict to one account (always set for a scan's change set). */
  accountId: string | null;
  /** Versions and finding events of exactly this scan; otherwise everything in (from, to]. */
  scanId: string | null;
  previousScanId: string | null;
  from: Date | null;
  to: Date;
}

interface VersionRow {
  resource_id: string;
  account_id: string;
  arn: string;
  type: string;
  name: string;
  region: string;
  last_configuration: unknown;
  previous_configuration: unknown;
  has_previous: boolean;
}

interface FindingRow {
  id: string;
  account_id: string;
  check_id: string;
  title: string;
  severity: ChangedFinding["severity"];
  resource_arn: string;
  kind: string;
  at: Date;
  resolution: string | null;
}

const EPOCH = new Date(0);

export async function loadChangeSet(database: Database, window: ChangeWindow): Promise<ChangeSet> {
  const from = window.from ?? EPOCH;
  // Separate SQL per mode (not CASE inside WHERE), so the planner can use whatever index fits each.
  const versionFilter = window.scanId !== null
    ? Prisma.sql`v.scan_id = ${window.scanId}::uuid`
    : Prisma.sql`v.captured_at > ${from} AND v.captured_at <= ${window.to}`;
  const eventFilter = window.scanId !== null
    ? Prisma.sql`e.scan_id = ${window.scanId}::uuid`
    : Prisma.sql`e.created_at > ${from} AND e.created_at <= ${window.to}`;
  const versions = await database.$queryRaw<VersionRow[]>`
    WITH touched AS (
      SELECT v.resource_id, min(v.id) AS first_id, max(v.id) AS last_id
      FROM resource_versions v JOIN resources r ON r.id = v.resource_id
      WHERE (${window.accountId}::text IS NULL OR r.account_id = ${window.accountId})
        AND ${versionFilter}
      GROUP BY v.resource_id
    )
    SELECT r.id AS resource_id, r.account_id, r.arn, r.type, r.name, r.region,
           last.configuration AS last_configuration,
           previous.configuration AS previous_configuration, previous.id IS NOT NULL AS has_previous
    FROM touched t
    JOIN resources r ON r.id = t.resource_id
    JOIN resource_versions last ON last.id = t.last_id
    LEFT JOIN LATERAL (
      SELECT p.id, p.configuration FROM resource_versions p
      WHERE p.resource_id = t.resource_id AND p.id < t.first_id ORDER BY p.id DESC LIMIT 1
    ) previous ON true
    ORDER BY r.arn`;

  const removed = await database.$queryRaw<(Omit<ChangedResource, "accountId"> & { account_id: string })[]>`
    SELECT id, account_id, arn, type, name, region FROM resources
    WHERE (${window.accountId}::text IS NULL OR account_id = ${window.accountId})
      AND deleted_at > ${from} AND deleted_at <= ${window.to}
    ORDER BY arn`;

  const findingRows = await database.$queryRaw<FindingRow[]>`
    SELECT * FROM (
      SELECT DISTINCT ON (e.finding_id) f.id, f.account_id, f.check_id, f.title, f.severity::text AS severity,
             f.resource_arn, e.kind, e.created_at AS at, f.resolution
      FROM finding_events e JOIN findings f ON f.id = e.finding_id
      WHERE e.kind IN ('opened', 'regressed', 'resolved', 'resource_deleted')
        AND (${window.accountId}::text IS NULL OR f.account_id = ${window.accountId})
        AND ${eventFilter}
      ORDER BY e.finding_id, e.id DESC
    ) latest
    ORDER BY check_id, resource_arn`;

  const changes: ChangeSet = {
    from: window.from,
    to: window.to,
    accountId: window.accountId,
    scanId: window.scanId,
    previousScanId: window.previousScanId,
    resources: { added: [], removed: removed.map(toResource), changed: [] },
    findings: { new: [], resolved: [], regressed: [] },
  };
  for (const row of versions) {
    if (!row.has_previous) {
      changes.resources.added.push(toResource({ ...row, id: row.resource_id }));
      continue;
    }
    const fields = diffConfiguration(row.previous_configuration, row.last_configuration);
    if (fields.length > 0) changes.resources.changed.push({ ...toResource({ ...row, id: row.resource_id }), fields });
  }
  for (const row of findingRows) {
    const finding: ChangedFinding = {
      id: row.id, accountId: row.account_id, checkId: row.check_id, title: row.title, severity: row.severity,
      resourceArn: row.resource_arn, at: row.at,
    };
    if (row.kind === "opened") changes.findings.new.push(finding);
    else if (row.kind === "regressed") changes.findings.regressed.push(finding);
    else changes.findings.resolved.push({ ...finding, resolution: row.kind === "resource_deleted" ? "resource_deleted" : "fixed" });
  }
  return changes;
}

function toResource(row: { id: string; account_id: string; arn: string; type: string; name: string; region: string }): ChangedResource {
  return { id: row.id, accountId: row.account_id, arn: row.arn, type: row.type, name: row.name, region: row.region };
}
