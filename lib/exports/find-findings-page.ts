/**
 * One page of findings for the REST API, ordered by when each last changed (modified_at = the later of
 * last_seen_at and status_changed_at, then id), so a SIEM that keeps the cursor receives every finding
 * again after it changes, and never misses one between pages.
 */
import { accountSql, scopedAccountIds, type AccountScope } from "@/lib/auth/account-scope";
import type { Database } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { ExportedFinding } from "@/lib/findings/export-findings";
import { readLastSeen } from "@/lib/scans/resolve-last-seen";
import { z } from "zod";
import type { FindingsQuery } from "./api-queries.schemas";
import { decodeCursor, encodeCursor } from "./page-cursor";

interface Row {
  id: string;
  check_id: string;
  title: string;
  severity: ExportedFinding["severity"];
  status: ExportedFinding["status"];
  resource_arn: string;
  resource_type: string;
  account_id: string;
  region: string;
  service: string;
  first_seen_at: Date;
  last_seen_at: Date;
  resolved_at: Date | null;
  due_at: Date | null;
  reason: string | null;
  modified_at: Date;
}

const cursorShape = z.object({ m: z.iso.datetime(), id: z.string().uuid() });

export async function findFindingsPage(
  database: Database,
  query: FindingsQuery,
  scope: AccountScope,
): Promise<{ items: (ExportedFinding & { modifiedAt: string })[]; nextCursor: string | null; hasMore: boolean }> {
  const after = decodeCursor(query.cursor, cursorShape);
  const accounts = scopedAccountIds(scope, query.account);
  const conditions: Prisma.Sql[] = [accountSql(scope, Prisma.sql`account_id`, query.account)];
  if (query.severity) conditions.push(Prisma.sql`severity::text = ANY(${query.severity}::text[])`);
  if (query.status) conditions.push(Prisma.sql`status::text = ANY(${query.status}::text[])`);
  if (query.service) conditions.push(Prisma.sql`service = ANY(${query.service}::text[])`);
  if (query.check) conditions.push(Prisma.sql`check_id = ANY(${query.check}::text[])`);
  // A running scan stamps everything it writes with its start time, chunk by chunk: hold those rows back until it
  // finishes, or a poller could save a cursor past rows still to be written with the same time.
  const [running] = await database.$queryRaw<{ started: Date | null }[]>`
    SELECT min(started_at) AS started FROM scans WHERE status = 'running' AND (${accounts}::text[] IS NULL OR account_id = ANY(${accounts}::text[]))`;
  // modified_at is whichever of last_seen_at and status_changed_at is later. Each half of the findings, split by which
  // one that is, is read in order from its own (column, id) index, and the two halves merged: ordering by the
  // GREATEST(...) expression itself would sort every matching finding for each page.
  const half = (column: Prisma.Sql, isLater: Prisma.Sql) => {
    const bounds = [...conditions, isLater];
    if (query.updated_since) bounds.push(Prisma.sql`${column} >= ${new Date(query.updated_since)}`);
    if (running?.started) bounds.push(Prisma.sql`${column} < ${running.started}`);
    if (after) bounds.push(Prisma.sql`(${column}, id) > (${new Date(after.m)}, ${after.id}::uuid)`);
    return Prisma.sql`(
      SELECT id, check_id, title, severity::text AS severity, status::text AS status, resource_arn, resource_type, account_id,
             region, service, first_seen_at, last_seen_at, resolved_at, due_at, evidence->>'reason' AS reason, ${column} AS modified_at
      FROM findings WHERE ${Prisma.join(bounds, " AND ")}
      ORDER BY ${column}, id LIMIT ${query.limit + 1})`;
  };
  const rows = await database.$queryRaw<Row[]>`
    ${half(Prisma.sql`last_seen_at`, Prisma.sql`last_seen_at >= status_changed_at`)}
    UNION ALL
    ${half(Prisma.sql`status_changed_at`, Prisma.sql`status_changed_at > last_seen_at`)}
    ORDER BY modified_at, id
    LIMIT ${query.limit + 1}`;
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  // Paging follows the stored times (when each finding last changed); what a finding says is its real last sighting.
  const lastSeen = await readLastSeen(database, "findings", page.map((row) => row.id));
  return {
    items: page.map((row) => ({
      id: row.id, checkId: row.check_id, title: row.title, severity: row.severity, status: row.status, resourceArn: row.resource_arn,
      resourceType: row.resource_type, accountId: row.account_id, region: row.region, service: row.service,
      firstSeen: row.first_seen_at.toISOString(), lastSeen: (lastSeen.get(row.id) ?? row.last_seen_at).toISOString(),
      resolvedAt: row.resolved_at?.toISOString() ?? null, dueAt: row.due_at?.toISOString() ?? null, reason: row.reason,
      modifiedAt: row.modified_at.toISOString(),
    })),
    // Always the position after the last row (or the same position when nothing is new), so a poller never loses its place.
    nextCursor: last ? encodeCursor({ m: last.modified_at.toISOString(), id: last.id }) : (query.cursor ?? null),
    hasMore: rows.length > query.limit,
  };
}
