/** Temporary data folders and child processes for the embedded PostgreSQL fault tests. */
import { spawn, type ChildProcess } from "node:child_process";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

export async function createDataDir(): Promise<{ dir: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), "vigil-embedded-test-"));
  await chmod(dir, 0o755); // the server runs as `postgres` when tests run as root
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** Starts test/helpers/embedded-child.ts; resolves with the child and the postmaster's pid once ready. */
export async function startEmbeddedChild(dataDir: string, port: number): Promise<{ child: ChildProcess; postmasterPid: number }> {
  const child = spawn(process.execPath, ["--import", "tsx", "test/helpers/embedded-child.ts", dataDir, String(port)], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  return new Promise((resolve, reject) => {
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /ready (\d+)/.exec(output);
      if (match) resolve({ child, postmasterPid: Number(match[1]) });
    });
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("exit", (code) => reject(new Error(`embedded child exited (${code}): ${output}`)));
  });
}

export function waitForChildExit(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once("exit", () => resolve()));
}
