/**
 * Runs bench/dashboard/load-urls.ts in a separate process over a list of URLs and returns its figures, one per
 * URL, as each arrives (`onResult`), so a crash or an overrun loses only the pages not yet measured.
 */
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

export interface LoadRun {
  url: string;
  /** Request headers: the session cookie, or an API token. */
  headers?: Record<string, string>;
  connections: number;
  seconds: number;
}

export interface LoadResult {
  url: string;
  connections: number;
  /** "autocannon", or "closed loop" for a page too slow to answer three times per connection within the run. */
  method: string;
  /** Responses measured; latencies are over these. */
  requests: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  requestsPerSecond: number;
  elapsedSeconds: number;
  non2xx: number;
  errors: number;
  timeouts: number;
}

const ENTRY = fileURLToPath(new URL("./load-urls.ts", import.meta.url));
/** The generator bounds each page (load-urls.ts); this bounds the whole process in case it hangs anyway. */
const PER_RUN_LIMIT_S = 150;

export async function measureLoad(runs: LoadRun[], onResult?: (result: LoadResult, index: number) => void): Promise<(LoadResult | null)[]> {
  const tsx = createRequire(import.meta.url).resolve("tsx");
  const child = spawn(process.execPath, ["--import", tsx, ENTRY, JSON.stringify({ runs })], { stdio: ["ignore", "pipe", "pipe"] });
  const results: (LoadResult | null)[] = runs.map(() => null);
  let received = 0;
  let pending = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => {
    pending += chunk.toString();
    for (let newline = pending.indexOf("\n"); newline >= 0; newline = pending.indexOf("\n")) {
      const line = pending.slice(0, newline).trim();
      pending = pending.slice(newline + 1);
      if (!line || received >= runs.length) continue;
      // JSON has no NaN: a page that never answered comes back with null percentiles.
      const parsed = JSON.parse(line) as Record<string, unknown>;
      const result = Object.fromEntries(Object.entries(parsed).map(([key, value]) => [key, value === null ? Number.NaN : value])) as unknown as LoadResult;
      results[received] = result;
      try {
        onResult?.(result, received);
      } catch (error) {
        console.error(error);
      }
      received++;
    }
  });
  child.stderr.on("data", (chunk: Buffer) => void (stderr = `${stderr}${chunk.toString()}`.slice(-4_000)));
  const limit = setTimeout(() => child.kill("SIGKILL"), runs.length * PER_RUN_LIMIT_S * 1000);
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  clearTimeout(limit);
  if (code !== 0 || received < runs.length) {
    const error = new Error(`load generator stopped after ${received} of ${runs.length} pages (exit ${code}): ${stderr.slice(-2_000)}`);
    if (received === 0) throw error;
    console.error(error.message);
  }
  return results;
}
