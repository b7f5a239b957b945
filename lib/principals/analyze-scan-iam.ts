/**
 * Runs the IAM engine over an account's inventory after a scan and stores the result per principal.
 * Idempotent per scan (a re-run replaces the scan's analysis); a failure is recorded on the analysis row
 * and returned, never thrown, so the scan itself always stands.
 */
import type { Database } from "@/lib/db/client";
import { VigilError } from "@/lib/errors/vigil-error";
import { analyzeAccountIam } from "@/lib/iam/analyze-account-iam";
import { buildIamModel } from "@/lib/iam/model/build-iam-model";
import { loadLiveResources } from "@/lib/scans/load-live-resources";
import { collectPolicyDocuments } from "./collect-policy-documents";
import { storeIamAnalysis } from "./store-iam-analysis";
import { toPrincipalRow } from "./to-principal-row";

export type IamAnalysisOutcome =
  | { status: "succeeded"; analysisId: string; principals: number; problems: number; durationMs: number }
  | { status: "failed"; analysisId: string; error: string };

export async function analyzeScanIam(
  database: Database,
  scanId: string,
  options: { now?: Date; windowDays?: number } = {},
): Promise<IamAnalysisOutcome> {
  const scan = await database.scan.findUnique({ where: { id: scanId }, select: { accountId: true } });
  if (!scan) throw new VigilError("not_found", `scan ${scanId} does not exist`);
  const startedAt = new Date();
  const windowDays = options.windowDays ?? 90;
  const fresh = { status: "running", startedAt, finishedAt: null, durationMs: null, windowDays, error: null, problems: [] };
  const analysis = await database.iamAnalysis.upsert({
    where: { scanId },
    create: { scanId, accountId: scan.accountId, ...fresh },
    update: fresh,
    select: { id: true },
  });
  try {
    const { records } = await loadLiveResources(database, scan.accountId);
    const now = options.now ?? startedAt;
    const result = analyzeAccountIam(records, { now, window: windowDays });
    const documents = collectPolicyDocuments(buildIamModel(records));
    const rows = result.principals.map((principal) => toPrincipalRow(principal, documents.get(principal.arn) ?? []));
    const finishedAt = new Date();
    const durationMs = finishedAt.getTime() - startedAt.getTime();
    await storeIamAnalysis(database, { id: analysis.id, accountId: scan.accountId, finishedAt, durationMs, problems: result.problems }, rows);
    return { status: "succeeded", analysisId: analysis.id, principals: rows.length, problems: result.problems.length, durationMs };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const finishedAt = new Date();
    await database.iamAnalysis.update({
      where: { id: analysis.id },
      data: { status: "failed", error: message, finishedAt, durationMs: finishedAt.getTime() - startedAt.getTime() },
    });
    return { status: "failed", analysisId: analysis.id, error: message };
  }
}
