import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

/** An extra worker process sharing the same database (and so the same job queue). */
export function spawnWorkerProcess(databaseUrl: string) {
  const bin = fileURLToPath(new URL("../../bin/vigil.mjs", import.meta.url));
  return spawn(process.execPath, [bin, "worker"], { stdio: "inherit", env: { ...process.env, DATABASE_URL: databaseUrl } });
}
