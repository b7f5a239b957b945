/**
 * Loads the configuration history the detectors need (principals, buckets, keys) and runs them for one
 * window. Only resources that changed in the window, or that carry the baseline, are read: every version
 * of the relevant types in the account.
 */
import type { Database } from "@/lib/db/client";
import type { AnomalySignal, AnomalyWindow, ResourceHistory } from "./anomaly-signal";
import { detectAnomalies } from "./detect-anomalies";

const TYPES = ["AWS::IAM::User", "AWS::IAM::Role", "AWS::IAM::Group", "AWS::S3::Bucket", "AWS::KMS::Key"];

export async function findAnomalies(
  database: Database,
  options: { accountId: string | null; window: AnomalyWindow },
): Promise<AnomalySignal[]> {
  const rows = await database.$queryRaw<
    { resource_id: string; account_id: string; arn: string; type: string; name: string; captured_at: Date; configuration: Record<string, unknown> }[]
  >`
    SELECT r.id AS resource_id, r.account_id, r.arn, r.type, r.name, v.captured_at, v.configuration
    FROM resource_versions v JOIN resources r ON r.id = v.resource_id
    WHERE r.type = ANY(${TYPES}::text[]) AND v.captured_at <= ${options.window.until}
      AND (${options.accountId}::text IS NULL OR r.account_id = ${options.accountId})
    ORDER BY r.id, v.id`;
  const byAccount = new Map<string, Map<string, ResourceHistory>>();
  for (const row of rows) {
    const histories = byAccount.get(row.account_id) ?? new Map<string, ResourceHistory>();
    byAccount.set(row.account_id, histories);
    const history = histories.get(row.resource_id) ?? { arn: row.arn, accountId: row.account_id, type: row.type, name: row.name, versions: [] };
    histories.set(row.resource_id, history);
    history.versions.push({ at: row.captured_at, configuration: row.configuration });
  }
  // Baselines are per account: one account's habits say nothing about another's.
  return [...byAccount.values()]
    .flatMap((histories) => detectAnomalies([...histories.values()], options.window))
    .sort((a, b) => b.at.getTime() - a.at.getTime());
}
