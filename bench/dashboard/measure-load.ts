/** Runs bench/dashboard/load-urls.ts in a separate process over a list of URLs and returns its figures. */
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

export interface LoadResult {
  url: string;
  connections: number;
  /** Responses completed within the run; latencies are over these. */
  requests: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  requestsPerSecond: number;
  non2xx: number;
  errors: number;
  timeouts: number;
}

const ENTRY = fileURLToPath(new URL("./load-urls.ts", import.meta.url));

export async function measureLoad(runs: { url: string; connections: number; seconds: number }[], cookie?: string): Promise<LoadResult[]> {
  const tsx = createRequire(import.meta.url).resolve("tsx");
  const child = spawn(process.execPath, ["--import", tsx, ENTRY, JSON.stringify({ cookie, runs })], { stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => void (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => void (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  const lines = stdout.trim().split("\n").filter(Boolean);
  if (code !== 0 || lines.length !== runs.length) throw new Error(`load generator failed (${code}): ${stderr.slice(-2_000)}`);
  return lines.map((line) => JSON.parse(line) as LoadResult);
}
