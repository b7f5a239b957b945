/**
 * The `vigil` command as a person or a CI pipeline uses it: real processes against a real database,
 * exit codes, the findings JSON shape, and one-line errors without stack traces.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findFreePort } from "@/test/helpers/free-port";
import { createTestDatabase, type TestDatabase } from "@/test/helpers/test-database";

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function vigil(args: string[], env: Record<string, string>): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["bin/vigil.mjs", ...args], { env: { ...process.env, ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

const oneLineError = (run: Run) => run.stderr.trim().split("\n").filter((line) => line.startsWith("vigil: "));

let testDb: TestDatabase;
let env: Record<string, string>;
beforeAll(async () => {
  testDb = await createTestDatabase();
  env = { DATABASE_URL: testDb.url, VIGIL_SCAN_SOURCE: "sample" };
});
afterAll(async () => testDb.drop());

describe("vigil", () => {
  it("scans the sample account when no account is configured, then prints its findings as JSON", async () => {
    const scan = await vigil(["scan"], env);
    expect(scan.code).toBe(0);
    expect(scan.stdout).toMatch(/Scan partial: \d+ resources, \d+ open findings, 1 gaps/);

    const json = await vigil(["findings", "--format", "json", "--severity", "critical", "--status", "open"], env);
    expect(json.code).toBe(0);
    const findings = JSON.parse(json.stdout) as Record<string, unknown>[];
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) {
      expect(finding).toMatchObject({ severity: "critical", status: "open", accountId: "123456789012" });
      for (const key of ["checkId", "title", "resourceArn", "region", "firstSeen", "lastSeen"]) expect(finding[key]).toBeTruthy();
    }
  }, 120_000);

  it("prints CSV with a header row", async () => {
    const csv = await vigil(["findings", "--format", "csv", "--service", "s3"], env);
    expect(csv.code).toBe(0);
    const [header, ...rows] = csv.stdout.trim().split("\r\n");
    expect(header).toBe("id,checkId,title,severity,status,resourceArn,resourceType,accountId,region,service,firstSeen,lastSeen,resolvedAt,dueAt,reason");
    expect(rows.length).toBeGreaterThan(0);
  }, 60_000);

  it("rejects bad options with one clear line and exit code 2", async () => {
    const run = await vigil(["findings", "--format", "xml"], env);
    expect(run.code).toBe(2);
    expect(oneLineError(run)).toEqual([expect.stringMatching(/--format: Invalid option: expected one of "json"\|"csv"/)]);
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace

    const unknown = await vigil(["findings", "--colour"], env);
    expect(unknown.code).toBe(2);
    expect(oneLineError(unknown)[0]).toMatch(/Unknown option '--colour'/);
  }, 60_000);

  it("fails a scan of an account Vigil does not know, without a stack trace", async () => {
    const run = await vigil(["scan", "--account", "999999999999"], env);
    expect(run.code).toBe(1);
    expect(oneLineError(run)).toEqual(["vigil: account 999999999999 is not configured in Vigil"]);
  }, 60_000);

  it("keeps a failing exit code with its own embedded database, and stops that database on the way out", async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), "vigil-cli-embedded-"));
    await chmod(dataDir, 0o755); // the server runs as `postgres` when tests run as root
    try {
      const run = await vigil(["scan", "--account", "999999999999"], {
        DATABASE_URL: "", VIGIL_DATA_DIR: dataDir, VIGIL_EMBEDDED_PG_PORT: String(await findFreePort()),
      });
      expect(oneLineError(run)).toEqual(["vigil: account 999999999999 is not configured in Vigil"]);
      expect(run.code).toBe(1);
      expect(existsSync(path.join(dataDir, "postgres", "PG_VERSION"))).toBe(true);
      expect(existsSync(path.join(dataDir, "postgres", "postmaster.pid"))).toBe(false);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 120_000);

  it("says in one line when the database cannot be reached", async () => {
    const run = await vigil(["migrate"], { DATABASE_URL: "postgresql://vigil:secret-pw@127.0.0.1:1/vigil" });
    expect(run.code).toBe(1);
    expect(oneLineError(run)).toEqual([expect.stringMatching(/^vigil: Cannot reach PostgreSQL at 127\.0\.0\.1:1\/vigil/)]);
    expect(run.stderr).not.toContain("secret-pw");
  }, 60_000);

  it("refuses to serve on a port that is already taken (e.g. a second npm start)", async () => {
    const server = net.createServer().listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    const port = (server.address() as net.AddressInfo).port;
    try {
      const run = await vigil(["serve", "--port", String(port)], env);
      expect(run.code).toBe(1);
      expect(oneLineError(run)).toEqual([expect.stringMatching(new RegExp(`port ${port} .* already in use \\(is Vigil already running\\?\\)`))]);
    } finally {
      server.close();
    }
  }, 60_000);
});
