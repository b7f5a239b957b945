/**
 * One page of findings for the REST API, ordered by when each last changed (modified_at = the later of
 * last_seen_at and status_changed_at, then id), so a SIEM that keeps the cursor receives every finding
 * again after it changes, and never misses one between pages.
 */
import type { Database } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { ExportedFinding } from "@/lib/findings/export-findings";
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
  scope: { accountIds: readonly string[] | null },
): Promise<{ items: (ExportedFinding & { modifiedAt: string })[]; nextCursor: string | null; hasMore: boolean }> {
  const after = decodeCursor(query.cursor, cursorShape);
  const accounts = intersect(query.account, scope.accountIds);
  const conditions: Prisma.Sql[] = [Prisma.sql`true`];
  if (accounts) conditions.push(Prisma.sql`account_id = ANY(${accounts}::text[])`);
  if (query.severity) conditions.push(Prisma.sql`severity::text = ANY(${query.severity}::text[])`);
  if (query.status) conditions.push(Prisma.sql`status::text = ANY(${query.status}::text[])`);
  if (query.service) conditions.push(Prisma.sql`service = ANY(${query.service}::text[])`);
  if (query.check) conditions.push(Prisma.sql`check_id = ANY(${query.check}::text[])`);
  if (query.updated_since) conditions.push(Prisma.sql`GREATEST(last_seen_at, status_changed_at) >= ${new Date(query.updated_since)}`);
  // A running scan stamps everything it writes with its start time, chunk by chunk: hold those rows back until it
  // finishes, or a poller could save a cursor past rows still to be written with the same time.
  const [running] = await database.$queryRaw<{ started: Date | null }[]>`
    SELECT min(started_at) AS started FROM scans WHERE status = 'running' AND (${accounts}::text[] IS NULL OR account_id = ANY(${accounts}::text[]))`;
  if (running?.started) conditions.push(Prisma.sql`GREATEST(last_seen_at, status_changed_at) < ${running.started}`);
  if (after) conditions.push(Prisma.sql`(GREATEST(last_seen_at, status_changed_at), id) > (${new Date(after.m)}, ${after.id}::uuid)`);
  const rows = await database.$queryRaw<Row[]>`
    SELECT id, check_id, title, severity::text AS severity, status::text AS status, resource_arn, resource_type, account_id,
           region, service, first_seen_at, last_seen_at, resolved_at, due_at, evidence->>'reason' AS reason,
           GREATEST(last_seen_at, status_changed_at) AS modified_at
    FROM findings WHERE ${Prisma.join(conditions, " AND ")}
    ORDER BY GREATEST(last_seen_at, status_changed_at), id
    LIMIT ${query.limit + 1}`;
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    items: page.map((row) => ({
      id: row.id, checkId: row.check_id, title: row.title, severity: row.severity, status: row.status, resourceArn: row.resource_arn,
      resourceType: row.resource_type, accountId: row.account_id, region: row.region, service: row.service,
      firstSeen: row.first_seen_at.toISOString(), lastSeen: row.last_seen_at.toISOString(),
      resolvedAt: row.resolved_at?.toISOString() ?? null, dueAt: row.due_at?.toISOString() ?? null, reason: row.reason,
      modifiedAt: row.modified_at.toISOString(),
    })),
    // Always the position after the last row (or the same position when nothing is new), so a poller never loses its place.
    nextCursor: last ? encodeCursor({ m: last.modified_at.toISOString(), id: last.id }) : (query.cursor ?? null),
    hasMore: rows.length > query.limit,
  };
}

/** The accounts a request may read: what it asked for, within what its token allows (null = no filter). */
export function intersect(requested: readonly string[] | undefined, allowed: readonly string[] | null): string[] | null {
  if (!requested) return allowed ? [...allowed] : null;
  return allowed ? requested.filter((account) => allowed.includes(account)) : [...requested];
}
