/**
 * Two accounts with real data for the account-scope suite: A (the built-in sample) and B (the same
 * recordings with the account id rewritten, so B's ARNs are its own), each scanned twice through the real pipeline and analysed by
 * the IAM engine. B's check results and scores are then made much worse, so a figure computed over both
 * accounts differs from one computed over A alone. `markersOf` lists the strings that identify an
 * account's rows (its id and the uuids of its findings, resources, scans, analyses and principals).
 */
import { createHash } from "node:crypto";
import { collectAccount } from "@/collectors/collect-account";
import { createSampleClientFactory } from "@/collectors/sample/create-sample-client-factory";
import { SAMPLE_ACCOUNT_ID, SAMPLE_RECORDINGS } from "@/collectors/sample/sample-recordings";
import { evaluateAccount } from "@/lib/checks/evaluate-account";
import type { Database } from "@/lib/db/client";
import { computeScanPosture } from "@/lib/posture/compute-scan-posture";
import { analyzeScanIam } from "@/lib/principals/analyze-scan-iam";
import { createScan } from "@/lib/scans/create-scan";
import { runScan, type ScanDependencies } from "@/lib/scans/run-scan";

export const ACCOUNT_A = SAMPLE_ACCOUNT_ID;
export const ACCOUNT_B = "210987654321";

async function scanAs(database: Database, accountId: string): Promise<string> {
  const recordings = JSON.parse(JSON.stringify(SAMPLE_RECORDINGS).replaceAll(SAMPLE_ACCOUNT_ID, accountId)) as typeof SAMPLE_RECORDINGS;
  const dependencies: ScanDependencies = {
    collect: (_account, sink) =>
      collectAccount({ account: { accountId }, sink, clients: createSampleClientFactory(sink, recordings), credentialReportPollMs: 0 }),
    evaluate: (resources, context) => evaluateAccount(resources, { ...context, settings: {}, disabledChecks: {}, exclusions: [] }),
    score: (tallies) => computeScanPosture(tallies),
  };
  const scan = await createScan(database, { accountId, trigger: "cli" });
  const outcome = await runScan(database, scan.id, dependencies, { workerId: "test" });
  if (outcome.status !== "succeeded" && outcome.status !== "partial") throw new Error(`scan of ${accountId}: ${outcome.status}`);
  return scan.id;
}

export interface TwoAccounts {
  /** Per account: a finding, a resource with two versions, the latest scan and an analysed principal. */
  rows: Record<"A" | "B", { findingId: string; resourceId: string; scanId: string; principalId: string }>;
}

export async function seedTwoAccounts(database: Database): Promise<TwoAccounts> {
  await database.account.createMany({
    data: [
      { id: ACCOUNT_A, name: "Alpha sample", source: "sample" },
      { id: ACCOUNT_B, name: "Bravo production", source: "aws" },
    ],
  });
  const rows = {} as TwoAccounts["rows"];
  for (const [key, accountId] of [["A", ACCOUNT_A], ["B", ACCOUNT_B]] as const) {
    await scanAs(database, accountId);
    const scanId = await scanAs(database, accountId);
    const analysis = await analyzeScanIam(database, scanId);
    if (analysis.status !== "succeeded") throw new Error(`IAM analysis of ${accountId}: ${analysis.error}`);
    const finding = await database.finding.findFirstOrThrow({ where: { accountId, status: "open" }, orderBy: { id: "asc" } });
    // A second stored version, so the version diff has a pair to show.
    const configuration = { edited: accountId };
    await database.resourceVersion.create({
      data: {
        resourceId: finding.resourceId, scanId, configuration, capturedAt: new Date(),
        hash: createHash("sha256").update(JSON.stringify(configuration)).digest("hex"),
      },
    });
    const principal = await database.iamPrincipal.findFirstOrThrow({ where: { analysisId: analysis.analysisId }, orderBy: { id: "asc" } });
    rows[key] = { findingId: finding.id, resourceId: finding.resourceId, scanId, principalId: principal.id };
  }
  // B fails every check it evaluated: any figure that mixes B in is visibly lower than A's alone.
  await database.$executeRaw`UPDATE check_results SET passed = 0, failed = evaluated WHERE account_id = ${ACCOUNT_B}`;
  await database.$executeRaw`UPDATE posture_snapshots SET score = 7, passed = 0 WHERE account_id = ${ACCOUNT_B}`;
  return { rows };
}

/** The strings that give an account's rows away: its id and the ids of everything stored for it. */
export async function markersOf(database: Database, accountId: string): Promise<string[]> {
  const where = { where: { accountId }, select: { id: true } } as const;
  const groups = await Promise.all([
    database.finding.findMany(where),
    database.resource.findMany(where),
    database.scan.findMany(where),
    database.iamAnalysis.findMany(where),
    database.iamPrincipal.findMany(where),
  ]);
  return [accountId, ...groups.flat().map((row) => row.id)];
}
