#!/usr/bin/env node
// The server the Playwright suite runs against: a fresh database (a new database on DATABASE_URL's
// server, or a throw-away embedded one), the built-in sample account scanned through the real
// pipeline, then the production build on port 3100.
import { spawn, spawnSync } from "node:child_process";
import { rmSync } from "node:fs";

const env = { ...process.env, VIGIL_SCAN_SOURCE: "sample", NEXT_TELEMETRY_DISABLED: "1", PORT: "3100", HOSTNAME: "127.0.0.1" };
if (process.env.DATABASE_URL) {
  const url = new URL(process.env.DATABASE_URL);
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const pg = await import("pg");
  const client = new pg.default.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query("DROP DATABASE IF EXISTS vigil_e2e WITH (FORCE)");
  await client.query("CREATE DATABASE vigil_e2e");
  await client.end();
  url.pathname = "/vigil_e2e";
  env.DATABASE_URL = url.toString();
} else {
  env.VIGIL_DATA_DIR = ".data/e2e";
  env.VIGIL_EMBEDDED_PG_PORT = process.env.VIGIL_E2E_PG_PORT ?? "54339";
  rmSync(env.VIGIL_DATA_DIR, { recursive: true, force: true });
}

const vigil = (args) => ["bin/vigil.mjs", ...args];
const scan = spawnSync(process.execPath, vigil(["scan"]), { stdio: "inherit", env });
if (scan.status !== 0) process.exit(scan.status ?? 1);
const server = spawn(process.execPath, vigil(["serve", "--no-initial-scan"]), { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
