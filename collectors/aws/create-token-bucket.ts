/** Something that admits one request at a time at a bounded rate. */
export interface RateLimiter {
  /** Resolves when the caller may send one request. */
  take(): Promise<void>;
}

/**
 * A token bucket, the model AWS throttles by: `requestsPerSecond` tokens accrue continuously up to
 * `burst`, and each request spends one. Unlike fixed or sliding windows, time the event loop spent
 * busy is not lost: tokens accrued meanwhile are spent as soon as it frees. Waiters are served FIFO.
 */
export function createTokenBucket(requestsPerSecond: number, burst = Math.max(1, Math.floor(requestsPerSecond * 0.9))): RateLimiter {
  let tokens = burst;
  let at = performance.now();
  const waiters: Array<() => void> = [];
  let timer: NodeJS.Timeout | undefined;

  const refill = () => {
    const now = performance.now();
    tokens = Math.min(burst, tokens + ((now - at) / 1000) * requestsPerSecond);
    at = now;
  };
  const drain = () => {
    timer = undefined;
    refill();
    while (waiters.length > 0 && tokens >= 1) {
      tokens -= 1;
      waiters.shift()!();
    }
    if (waiters.length > 0) timer = setTimeout(drain, Math.ceil(((1 - tokens) / requestsPerSecond) * 1000));
  };

  return {
    take() {
      return new Promise<void>((resolve) => {
        waiters.push(resolve);
        if (!timer) drain();
      });
    },
  };
}
