/** `vigil export` as a SIEM file drop uses it: a real process, OCSF and ASFF on stdout, one-line errors. */
import { spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/test/helpers/test-database";
import { schemaValidator } from "./json-schema";
import { ensureSampleAccount, scanSample } from "./sample-scans";

function vigil(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["bin/vigil.mjs", ...args], { env: { ...process.env, ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

let testDb: TestDatabase;
let env: Record<string, string>;
beforeAll(async () => {
  testDb = await createTestDatabase();
  await ensureSampleAccount(testDb.db);
  await scanSample(testDb.db);
  env = { DATABASE_URL: testDb.url, VIGIL_PUBLIC_URL: "https://vigil.example.test" };
});
afterAll(async () => testDb.drop());

describe("vigil export", () => {
  it("writes valid OCSF and ASFF for the selected findings", async () => {
    const critical = await testDb.db.finding.count({ where: { severity: "critical" } });
    const ocsf = await vigil(["export", "--format", "ocsf", "--severity", "critical"], env);
    expect(ocsf.code).toBe(0);
    const events = JSON.parse(ocsf.stdout) as { finding_info: { src_url: string } }[];
    expect(events).toHaveLength(critical);
    const validateOcsf = schemaValidator("ocsf-1.3.0-detection-finding.schema.json");
    for (const event of events) expect(validateOcsf(event)).toEqual([]);
    expect(events[0]?.finding_info.src_url).toMatch(/^https:\/\/vigil\.example\.test\/findings\//);

    const asff = await vigil(["export", "--format", "asff", "--service", "iam", "--home-region", "eu-west-1"], env);
    expect(asff.code).toBe(0);
    const findings = JSON.parse(asff.stdout) as { Region: string }[];
    expect(findings.length).toBe(await testDb.db.finding.count({ where: { service: "iam" } }));
    const validateAsff = schemaValidator("asff-2018-10-08.schema.json");
    for (const finding of findings) expect(validateAsff(finding)).toEqual([]);
    // Global resources (users, roles, policies) take the home region; regional IAM resources (Access Analyzer) keep theirs.
    const rows = await testDb.db.finding.findMany({ where: { service: "iam" }, select: { region: true } });
    const expected = new Set(rows.map((row) => (row.region === "global" ? "eu-west-1" : row.region)));
    expect(expected.has("eu-west-1")).toBe(true);
    expect(new Set(findings.map((finding) => finding.Region))).toEqual(expected);
  }, 120_000);

  it("rejects an unknown format in one line with exit code 2", async () => {
    const run = await vigil(["export", "--format", "xml"], env);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split("\n").filter((line) => line.startsWith("vigil: "))).toEqual([
      expect.stringContaining("--format"),
    ]);
  }, 60_000);
});
