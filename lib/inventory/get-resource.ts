import "server-only";
import { accountWhere, type AccountScope } from "@/lib/auth/account-scope";
import { db, type Database } from "@/lib/db/client";
import { lastSeenOf } from "@/lib/scans/resolve-last-seen";

/**
 * One resource with its configuration, its newest versions and its most severe findings (both capped).
 * Null when absent or outside the reader's accounts.
 */
export async function getResource(id: string, options: { scope: AccountScope; versionLimit?: number; findingLimit?: number; database?: Database }) {
  const database = options.database ?? db();
  const resource = await database.resource.findUnique({
    where: { id, ...accountWhere(options.scope) },
    include: {
      account: { select: { id: true, name: true, source: true, inventorySeenAt: true, findingsSeenAt: true } },
      versions: {
        orderBy: [{ capturedAt: "desc" }, { id: "desc" }],
        take: options.versionLimit ?? 50,
        select: { id: true, hash: true, capturedAt: true, scanId: true },
      },
      findings: {
        orderBy: [{ severity: "asc" }, { lastSeenAt: "desc" }, { id: "asc" }],
        take: options.findingLimit ?? 200,
        select: { id: true, title: true, severity: true, status: true, checkId: true, lastSeenAt: true, seenInLatestScan: true },
      },
      _count: { select: { versions: true, findings: true } },
    },
  });
  if (!resource) return null;
  const { _count, versions, findings, ...rest } = resource;
  return {
    ...rest,
    // Real "last seen" times: rows the latest scan saw unchanged are not rewritten (lib/scans/resolve-last-seen.ts).
    lastSeenAt: lastSeenOf(resource, resource.account.inventorySeenAt),
    findings: findings.map(({ seenInLatestScan, ...finding }) => ({
      ...finding,
      lastSeenAt: lastSeenOf({ lastSeenAt: finding.lastSeenAt, seenInLatestScan }, resource.account.findingsSeenAt),
    })),
    versions: versions.map((version) => ({ ...version, id: version.id.toString() })),
    versionCount: _count.versions,
    findingCount: _count.findings,
  };
}

export type ResourceDetail = NonNullable<Awaited<ReturnType<typeof getResource>>>;
