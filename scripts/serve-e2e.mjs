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
  // With DATABASE_URL Vigil keeps no sealing key of its own (the admin's TOTP secret is sealed): a test-only one.
  env.VIGIL_ENCRYPTION_KEY ??= "e2e0".repeat(16);
} else {
  env.VIGIL_DATA_DIR = ".data/e2e";
  env.VIGIL_EMBEDDED_PG_PORT = process.env.VIGIL_E2E_PG_PORT ?? "54339";
  rmSync(env.VIGIL_DATA_DIR, { recursive: true, force: true });
}

const vigil = (args) => ["bin/vigil.mjs", ...args];
const scan = spawnSync(process.execPath, vigil(["scan"]), { stdio: "inherit", env });
if (scan.status !== 0) process.exit(scan.status ?? 1);

// One user per role for e2e/auth.setup.ts (credentials in e2e/auth-users.ts; test-only, loopback database).
// Sessions outlive the suite without rotating, so the saved browser states stay valid throughout.
const usersEnv = {
  ...env,
  VIGIL_E2E_PASSWORD: "e2e-only password, not a secret",
  VIGIL_E2E_ADMIN_TOTP: "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP",
};
for (const role of ["admin", "analyst", "engineer", "viewer"]) {
  const args = ["users", "create", "--email", `${role}@e2e.vigil.test`, "--role", role, "--password-env", "VIGIL_E2E_PASSWORD"];
  if (role === "admin") args.push("--totp-secret-env", "VIGIL_E2E_ADMIN_TOTP");
  const created = spawnSync(process.execPath, vigil(args), { stdio: "inherit", env: usersEnv });
  if (created.status !== 0) process.exit(created.status ?? 1);
}
env.VIGIL_SESSION_ROTATE_MINUTES = "240";
env.VIGIL_SESSION_IDLE_MINUTES = "240";
const server = spawn(process.execPath, vigil(["serve", "--no-initial-scan"]), { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
