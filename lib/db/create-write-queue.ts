/**
 * Bulk writes of a scan, a few at a time. Postgres runs each statement on one core, so two statements in
 * flight keep a small machine's cores busy while the scan prepares the next batch; more only queue up.
 */

/** Statements a scan keeps in flight at once. */
export const WRITE_CONCURRENCY = 2;

export interface WriteQueue {
  /**
   * Starts `write` once fewer than the queue's limit are running (and, when `ordered`, once every earlier
   * write has finished: it depends on them). Resolves when it has started; throws the first failure so far.
   */
  push(write: () => Promise<unknown>, options?: { ordered?: boolean }): Promise<void>;
  /** Waits for every write; throws the first failure. */
  drain(): Promise<void>;
}

export function createWriteQueue(concurrency = WRITE_CONCURRENCY): WriteQueue {
  const running = new Set<Promise<unknown>>();
  let failed = false;
  let failure: unknown;

  function check() {
    if (failed) throw failure;
  }

  return {
    async push(write, options = {}) {
      check();
      while (running.size >= concurrency) await Promise.race(running).catch(() => undefined);
      if (options.ordered) await Promise.allSettled(running);
      check();
      const started = write().then(
        () => void running.delete(started),
        (error: unknown) => {
          running.delete(started);
          if (!failed) [failed, failure] = [true, error];
        },
      );
      running.add(started);
    },
    async drain() {
      await Promise.allSettled(running);
      check();
    },
  };
}
