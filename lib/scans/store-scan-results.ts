/**
 * Writes what a scan concluded: per-check counts, posture scores, gaps and the scan's summary, in one transaction;
 * then compacts the account's finding counts.
 */
import type { CollectionGap } from "@/collectors/collection-sink";
import type { Database } from "@/lib/db/client";
import { compactFindingCounts } from "@/lib/findings/compact-finding-counts";
import type { CheckTallies } from "@/lib/posture/compute-check-tallies";

export interface PostureScoreRow {
  scope: "overall" | "service" | "framework";
  key: string;
  score: number;
  passed: number;
  failed: number;
  details?: unknown;
}

export interface ScanSummary {
  status: "succeeded" | "partial";
  complete: boolean;
  apiCalls: number;
  resourceCount: number;
  resourcesAdded: number;
  resourcesChanged: number;
  resourcesDeleted: number;
  findingCount: number;
  findingsOpened: number;
  findingsResolved: number;
}


export async function storeScanResults(
  database: Database,
  input: {
    scanId: string;
    accountId: string;
    /** Every verdict of the evaluation per check, reused ones included. */
    tallies: CheckTallies;
    posture: readonly PostureScoreRow[];
    /** What the next scan's evaluation may reuse, compressed (encodeEvaluationMemo). */
    memo: { inputsKey: string; fullEvaluationAt: Date; state: Uint8Array<ArrayBuffer> };
    gaps: readonly CollectionGap[];
    summary: ScanSummary;
  },
) {
  const { scanId, accountId, summary } = input;
  const checks = Object.entries(input.tallies).map(([checkId, t]) => [
    checkId,
    { evaluated: t.pass + t.fail + t.unknown + t.not_applicable, passed: t.pass, failed: t.fail },
  ] as const);
  const memo = { scanId, ...input.memo, updatedAt: new Date() };
  await database.$transaction([
    database.checkResult.deleteMany({ where: { scanId } }),
    database.checkResult.createMany({
      data: checks.map(([checkId, counts]) => ({ scanId, checkId, accountId, ...counts })),
    }),
    database.postureSnapshot.deleteMany({ where: { scanId } }),
    database.postureSnapshot.createMany({
      data: input.posture.map((row) => ({
        scanId, accountId, scope: row.scope, key: row.key, score: row.score, passed: row.passed, failed: row.failed,
        details: row.details === undefined ? undefined : (row.details as object),
      })),
    }),
    database.evaluationMemo.upsert({ where: { accountId }, create: { accountId, ...memo }, update: memo }),
    database.scanGap.deleteMany({ where: { scanId } }),
    database.scanGap.createMany({
      data: input.gaps.map((gap) => ({
        scanId, service: gap.service, region: gap.region, api: gap.api, resourceArn: gap.resourceArn ?? null,
        errorCode: gap.errorCode, message: gap.message,
      })),
    }),
    database.scan.update({
      where: { id: scanId },
      data: { ...summary, gapCount: input.gaps.length, finishedAt: new Date(), heartbeatAt: new Date(), progress: { phase: "done" } },
    }),
  ]);
  // The scan's finding changes left a delta row per changed group in finding_counts: fold the account's
  // together so the dashboard's sums stay small. Only an optimisation: a failure must not fail a finished scan.
  await compactFindingCounts(database, accountId).catch(() => undefined);
}
