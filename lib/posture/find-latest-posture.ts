import "server-only";
import { db, type Database } from "@/lib/db/client";

/**
 * Per account, every posture snapshot (overall, per service, per framework) of the newest scan that stored any.
 */
export async function findLatestPosture(options: { accountId?: string; database?: Database } = {}) {
  const database = options.database ?? db();
  const overall = await database.postureSnapshot.findMany({
    where: { scope: "overall", key: "all", ...(options.accountId ? { accountId: options.accountId } : {}) },
    orderBy: [{ accountId: "asc" }, { createdAt: "desc" }, { id: "desc" }],
    distinct: ["accountId"],
    select: { scanId: true, accountId: true },
  });
  if (overall.length === 0) return [];
  const snapshots = await database.postureSnapshot.findMany({
    where: { scanId: { in: overall.map((row) => row.scanId) } },
    orderBy: [{ accountId: "asc" }, { scope: "asc" }, { key: "asc" }],
  });
  return overall.map(({ accountId, scanId }) => {
    const rows = snapshots
      .filter((row) => row.scanId === scanId)
      .map((row) => ({ ...row, id: row.id.toString() }));
    return {
      accountId,
      scanId,
      overall: rows.find((row) => row.scope === "overall") ?? null,
      services: rows.filter((row) => row.scope === "service"),
      frameworks: rows.filter((row) => row.scope === "framework"),
    };
  });
}

export type AccountPosture = Awaited<ReturnType<typeof findLatestPosture>>[number];
