import "server-only";
import { db, type Database } from "@/lib/db/client";
import { SCAN_LIST_SELECT } from "@/lib/scans/find-scans";

/**
 * Per account: the newest scan (whatever its state) and the newest finished one, with its gaps.
 * The overview uses them for freshness ("last scanned 2 h ago") and coverage ("3 APIs could not be read").
 */
export async function findLatestScans(database: Database = db()) {
  const accounts = await database.account.findMany({ select: { id: true, name: true, source: true }, orderBy: { name: "asc" } });
  return Promise.all(
    accounts.map(async (account) => {
      const [latest, finished] = await Promise.all([
        database.scan.findFirst({ where: { accountId: account.id }, orderBy: { queuedAt: "desc" }, select: SCAN_LIST_SELECT }),
        database.scan.findFirst({
          where: { accountId: account.id, status: { in: ["succeeded", "partial", "failed"] } },
          orderBy: { queuedAt: "desc" },
          select: {
            ...SCAN_LIST_SELECT,
            gaps: {
              orderBy: [{ service: "asc" }, { region: "asc" }, { id: "asc" }],
              take: 50,
              select: { id: true, service: true, region: true, api: true, resourceArn: true, errorCode: true, message: true },
            },
          },
        }),
      ]);
      return {
        account,
        latest,
        finished: finished ? { ...finished, gaps: finished.gaps.map((gap) => ({ ...gap, id: gap.id.toString() })) } : null,
      };
    }),
  );
}

export type LatestScans = Awaited<ReturnType<typeof findLatestScans>>[number];
