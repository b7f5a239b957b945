import type { Database } from "@/lib/db/client";
import { decodeEvaluationMemo, type EvaluationMemo, encodeEvaluationMemo } from "@/lib/checks/evaluation-memo";

/** The memo the account's latest evaluation left (storeScanResults writes it), or null: then every check runs. */
export async function loadEvaluationMemo(database: Database, accountId: string): Promise<EvaluationMemo | null> {
  const row = await database.evaluationMemo.findUnique({ where: { accountId }, select: { state: true } });
  return row ? await decodeEvaluationMemo(row.state) : null;
}

/** The memo as storeScanResults writes it. */
export async function compressEvaluationMemo(memo: EvaluationMemo) {
  return { inputsKey: memo.inputsKey, fullEvaluationAt: memo.fullEvaluationAt, state: new Uint8Array(await encodeEvaluationMemo(memo)) };
}
