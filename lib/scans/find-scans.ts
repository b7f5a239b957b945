import "server-only";
import { accountWhere, type AccountScope } from "@/lib/auth/account-scope";
import { db, type Database } from "@/lib/db/client";

export const SCAN_LIST_SELECT = {
  id: true,
  accountId: true,
  status: true,
  trigger: true,
  queuedAt: true,
  startedAt: true,
  finishedAt: true,
  complete: true,
  error: true,
  progress: true,
  apiCalls: true,
  resourceCount: true,
  resourcesAdded: true,
  resourcesChanged: true,
  resourcesDeleted: true,
  findingCount: true,
  findingsOpened: true,
  findingsResolved: true,
  gapCount: true,
} as const;

/** An account's scans, newest first, with the gaps and the IAM analysis of each (the scans page shows them inline). */
export async function findScans(options: { scope: AccountScope; accountId?: string; limit?: number; database?: Database }) {
  const database = options.database ?? db();
  const scans = await database.scan.findMany({
    where: accountWhere(options.scope, options.accountId),
    orderBy: [{ queuedAt: "desc" }, { id: "asc" }],
    take: options.limit ?? 30,
    select: {
      ...SCAN_LIST_SELECT,
      iamAnalysis: { select: { status: true, startedAt: true, finishedAt: true, principalCount: true, error: true } },
      gaps: {
        orderBy: [{ service: "asc" }, { region: "asc" }, { id: "asc" }],
        take: 200,
        select: { id: true, service: true, region: true, api: true, resourceArn: true, errorCode: true, message: true },
      },
    },
  });
  return scans.map((scan) => ({ ...scan, gaps: scan.gaps.map((gap) => ({ ...gap, id: gap.id.toString() })) }));
}

export type ScanListItem = Awaited<ReturnType<typeof findScans>>[number];
