/**
 * Deletes rows in small batches, each its own short statement (and so its own transaction), walking the
 * table by primary key so every batch starts where the last one ended instead of rescanning dead rows.
 * Row locks are held for one batch only, so dashboard reads and scans never wait behind a long prune.
 */

export interface BatchDeleteOptions {
  batchSize: number;
  /** Pause between batches, leaving room for other work on a busy database. */
  pauseMs: number;
}

export interface BatchResult<Key> {
  /** Rows that matched the batch's filter, in key order (deleted unless changed meanwhile). */
  examined: number;
  deleted: number;
  /** Largest key examined: the next batch starts after it. */
  lastKey: Key | null;
}

/** Runs `deleteBatch(afterKey, limit)` from `firstKey` until a batch finds fewer than `limit` rows; returns rows deleted. */
export async function deleteInBatches<Key>(
  firstKey: Key,
  deleteBatch: (afterKey: Key, limit: number) => Promise<BatchResult<Key>>,
  options: BatchDeleteOptions,
): Promise<number> {
  let afterKey = firstKey;
  let total = 0;
  for (;;) {
    const batch = await deleteBatch(afterKey, options.batchSize);
    total += batch.deleted;
    if (batch.examined < options.batchSize || batch.lastKey === null) return total;
    afterKey = batch.lastKey;
    if (options.pauseMs > 0) await new Promise((resolve) => setTimeout(resolve, options.pauseMs));
  }
}
