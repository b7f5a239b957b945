import "server-only";
import { db, type Database } from "@/lib/db/client";

/** One resource with its configuration, its newest versions and its most severe findings (both capped). Null when absent. */
export async function getResource(id: string, options: { versionLimit?: number; findingLimit?: number; database?: Database } = {}) {
  const database = options.database ?? db();
  const resource = await database.resource.findUnique({
    where: { id },
    include: {
      account: { select: { id: true, name: true, source: true } },
      versions: {
        orderBy: [{ capturedAt: "desc" }, { id: "desc" }],
        take: options.versionLimit ?? 50,
        select: { id: true, hash: true, capturedAt: true, scanId: true },
      },
      findings: {
        orderBy: [{ severity: "asc" }, { lastSeenAt: "desc" }, { id: "asc" }],
        take: options.findingLimit ?? 200,
        select: { id: true, title: true, severity: true, status: true, checkId: true, lastSeenAt: true },
      },
      _count: { select: { versions: true, findings: true } },
    },
  });
  if (!resource) return null;
  const { _count, versions, ...rest } = resource;
  return {
    ...rest,
    versions: versions.map((version) => ({ ...version, id: version.id.toString() })),
    versionCount: _count.versions,
    findingCount: _count.findings,
  };
}

export type ResourceDetail = NonNullable<Awaited<ReturnType<typeof getResource>>>;
