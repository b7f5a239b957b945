/**
 * Streams findings for exports and the CLI in a stable shape, page by page on the primary key, so
 * exporting a million findings never holds them all in memory.
 */
import { accountWhere, type AccountScope } from "@/lib/auth/account-scope";
import type { Database } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { FindingStatus, Severity } from "@/lib/db/generated/enums";
import { lastSeenOf, readLatestSightings } from "@/lib/scans/resolve-last-seen";

export interface ExportedFinding {
  id: string;
  checkId: string;
  title: string;
  severity: Severity;
  status: FindingStatus;
  resourceArn: string;
  resourceType: string;
  accountId: string;
  region: string;
  service: string;
  firstSeen: string;
  lastSeen: string;
  resolvedAt: string | null;
  dueAt: string | null;
  reason: string | null;
}

export interface FindingExportFilter {
  severity?: Severity[];
  status?: FindingStatus[];
  accountId?: string[];
  service?: string[];
  checkId?: string[];
}

/** Every finding matching the filter within the reader's accounts (`scope`), in id order. */
export async function* exportFindings(database: Database, scope: AccountScope, filter: FindingExportFilter, pageSize = 1_000): AsyncGenerator<ExportedFinding> {
  const where: Prisma.FindingWhereInput = {
    ...accountWhere(scope, filter.accountId),
    severity: filter.severity?.length ? { in: filter.severity } : undefined,
    status: filter.status?.length ? { in: filter.status } : undefined,
    service: filter.service?.length ? { in: filter.service } : undefined,
    checkId: filter.checkId?.length ? { in: filter.checkId } : undefined,
  };
  let cursor: string | undefined;
  for (;;) {
    const page = await database.finding.findMany({
      where: cursor ? { AND: [where, { id: { gt: cursor } }] } : where,
      orderBy: { id: "asc" },
      take: pageSize,
    });
    const latest = await readLatestSightings(database, "findings", page.map((row) => row.accountId));
    for (const row of page) {
      const evidence = row.evidence as { reason?: unknown } | null;
      yield {
        id: row.id,
        checkId: row.checkId,
        title: row.title,
        severity: row.severity,
        status: row.status,
        resourceArn: row.resourceArn,
        resourceType: row.resourceType,
        accountId: row.accountId,
        region: row.region,
        service: row.service,
        firstSeen: row.firstSeenAt.toISOString(),
        lastSeen: lastSeenOf(row, latest.get(row.accountId)).toISOString(),
        resolvedAt: row.resolvedAt?.toISOString() ?? null,
        dueAt: row.dueAt?.toISOString() ?? null,
        reason: typeof evidence?.reason === "string" ? evidence.reason : null,
      };
    }
    if (page.length < pageSize) return;
    cursor = page[page.length - 1]?.id;
  }
}
