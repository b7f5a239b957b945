import "server-only";
import type { Database } from "@/lib/db/client";

/** Row ids of principals of one analysis by ARN, to link the principals an escalation path passes through. */
export async function findPrincipalIds(database: Database, analysisId: string, arns: readonly string[]): Promise<Map<string, string>> {
  if (arns.length === 0) return new Map();
  const rows = await database.iamPrincipal.findMany({ where: { analysisId, arn: { in: [...new Set(arns)] } }, select: { id: true, arn: true } });
  return new Map(rows.map((row) => [row.arn, row.id]));
}
