/** Liveness checks for pids found in postmaster.pid and postgres.owner. */
import { readFile } from "node:fs/promises";

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** True when `pid` is a running postgres. Where /proc is unavailable, any live pid is assumed to be one. */
export async function isPostgresProcess(pid: number): Promise<boolean> {
  if (!isProcessAlive(pid)) return false;
  const cmdline = await readFile(`/proc/${pid}/cmdline`, "utf8").catch(() => undefined);
  return cmdline === undefined ? true : cmdline.includes("postgres");
}

export async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!(await isPostgresProcess(pid))) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}
