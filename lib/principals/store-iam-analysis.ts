import type { Database } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { PrincipalRow } from "./to-principal-row";

/** Rows per INSERT: each carries a principal's full JSON, so batches stay well below PostgreSQL's limits. */
const BATCH = 200;

/**
 * Replaces an analysis's principals and marks it succeeded, in one transaction: readers see the previous
 * result or the new one, never half of it.
 */
export async function storeIamAnalysis(
  database: Database,
  analysis: { id: string; accountId: string; finishedAt: Date; durationMs: number; problems: unknown[] },
  rows: readonly PrincipalRow[],
) {
  await database.$transaction(
    async (tx) => {
      await tx.iamPrincipal.deleteMany({ where: { analysisId: analysis.id } });
      for (let start = 0; start < rows.length; start += BATCH) {
        await tx.iamPrincipal.createMany({
          data: rows.slice(start, start + BATCH).map((row) => ({
            ...row,
            analysisId: analysis.id,
            accountId: analysis.accountId,
            detail: row.detail as unknown as Prisma.InputJsonValue,
          })),
        });
      }
      await tx.iamAnalysis.update({
        where: { id: analysis.id },
        data: {
          status: "succeeded",
          finishedAt: analysis.finishedAt,
          durationMs: analysis.durationMs,
          principalCount: rows.length,
          problems: analysis.problems as Prisma.InputJsonValue,
          error: null,
        },
      });
    },
    { timeout: 10 * 60_000, maxWait: 30_000 },
  );
}
