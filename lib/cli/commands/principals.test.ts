/**
 * `vigil scan` leaves a complete IAM analysis, and `vigil principals`, `principals show`, `suggestion` and
 * `who-can` answer from it as a person or a pipeline uses them: real processes against a real database.
 */
import { spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/test/helpers/test-database";

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function vigil(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["bin/vigil.mjs", ...args], { env: { ...process.env, DATABASE_URL: testDb.url, VIGIL_SCAN_SOURCE: "sample" } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

const ACCOUNT = "123456789012";
let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
  const scan = await vigil(["scan"]);
  expect(scan.code, scan.stderr).toBe(0);
  expect(scan.stdout).toMatch(/IAM analysis: 13 users and roles\./);
}, 180_000);
afterAll(async () => testDb?.drop());

describe("vigil principals", () => {
  it("lists the latest analysis as JSON, filtered by risk category", async () => {
    const run = await vigil(["principals", "--risk", "full-admin", "--format", "json"]);
    expect(run.code, run.stderr).toBe(0);
    const rows = JSON.parse(run.stdout) as { name: string; fullAdmin: boolean; riskCategories: string[]; accountId: string }[];
    expect(rows.map((row) => row.name).sort()).toEqual(["alice", "bad_role"]);
    for (const row of rows) expect(row).toMatchObject({ fullAdmin: true, accountId: ACCOUNT });
  }, 60_000);

  it("prints a table, most dangerous first", async () => {
    const run = await vigil(["principals", "--kind", "role"]);
    expect(run.code, run.stderr).toBe(0);
    const [header, ...lines] = run.stdout.trim().split("\n");
    expect(header).toMatch(/^NAME\s+KIND\s+ACCOUNT\s+RISK\s+ADMIN\s+ESCALATIONS\s+SUGGESTION\s+CATEGORIES$/);
    expect(lines.length).toBe(8);
    expect(lines[0]).toMatch(/^bad_role\s+role\s+123456789012\s+critical\s+yes\s/);
    expect(lines.every((line) => /\srole\s/.test(line))).toBe(true);
  }, 60_000);

  it("shows one principal: risks with their statements, escalation hops, the suggestion and its proof", async () => {
    const run = await vigil(["principals", "show", `arn:aws:iam::${ACCOUNT}:user/bob`]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("Risks (");
    expect(run.stdout).toMatch(/granted by managed arn:aws:iam::aws:policy\/PowerUserAccess via group developers, statement 0\n\s+\{"Effect":"Allow"/);
    expect(run.stdout).toMatch(/Path 1: bob -> bad_role\n\s+1\. bob --\[sts:AssumeRole\]--> bad_role/);
    expect(run.stdout).toMatch(/Least-privilege suggestion: replace/);
    expect(run.stdout).toMatch(/proof: verified by simulation/);

    const json = await vigil(["principals", "show", `arn:aws:iam::${ACCOUNT}:role/bad_role`, "--format", "json"]);
    expect(json.code, json.stderr).toBe(0);
    const detail = JSON.parse(json.stdout) as { arn: string; fullAdmin: boolean; risks: { category: string }[]; suggestion: { state: string } };
    expect(detail).toMatchObject({ arn: `arn:aws:iam::${ACCOUNT}:role/bad_role`, fullAdmin: true });
    expect(detail.risks.map((risk) => risk.category)).toContain("trust-any-account");
  }, 60_000);

  it("prints the least-privilege policy as JSON and Terraform, and refuses when there is none", async () => {
    const json = await vigil(["suggestion", `arn:aws:iam::${ACCOUNT}:role/partner-audit`, "--format", "json"]);
    expect(json.code, json.stderr).toBe(0);
    const policy = JSON.parse(json.stdout) as { Version: string; Statement: { Action: string[] }[] };
    expect(policy.Version).toBe("2012-10-17");
    expect(policy.Statement.flatMap((statement) => statement.Action)).toEqual(["s3:GetBucketPolicy", "s3:ListAllMyBuckets"]);

    const terraform = await vigil(["suggestion", `arn:aws:iam::${ACCOUNT}:role/partner-audit`, "--format", "terraform"]);
    expect(terraform.stdout).toMatch(/^data "aws_iam_policy_document" "partner_audit_least_privilege" \{/);

    const none = await vigil(["suggestion", `arn:aws:iam::${ACCOUNT}:role/bad_role`]);
    expect(none.code).toBe(1);
    expect(none.stderr.trim()).toBe("vigil: bad_role has no replacement policy to download (suggestion: remove; not used in the last 90 days)");
  }, 60_000);

  it("answers who can do an action on a resource, with the granting statements", async () => {
    const run = await vigil(["who-can", "iam:PassRole", `arn:aws:iam::${ACCOUNT}:role/level3`, "--format", "json"]);
    expect(run.code, run.stderr).toBe(0);
    const answer = JSON.parse(run.stdout) as { accounts: string[]; entries: { arn: string; decision: string; grantedBy: unknown[]; principalId: string | null }[] };
    expect(answer.accounts).toEqual([ACCOUNT]);
    expect(answer.entries.map((entry) => entry.arn.split("/").pop()).sort()).toEqual(["alice", "bad_role", "github-deploy", "legacy-app"]);
    for (const entry of answer.entries) {
      expect(entry.decision).toBe("allowed");
      expect(entry.grantedBy.length).toBeGreaterThan(0);
      expect(entry.principalId).toMatch(/^[0-9a-f-]{36}$/);
    }
  }, 60_000);

  it("rejects bad input with one line and exit code 2", async () => {
    const risk = await vigil(["principals", "--risk", "scary"]);
    expect(risk.code).toBe(2);
    expect(risk.stderr).toMatch(/^vigil: --risk: risk must be one of full-admin, /);
    const action = await vigil(["who-can", "GetObject", "arn:aws:s3:::x"]);
    expect(action.code).toBe(2);
    expect(action.stderr.trim()).toBe("vigil: the action looks like s3:GetObject");
    const unknown = await vigil(["principals", "show", "arn:aws:iam::123456789012:user/nobody"]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/no analysed principal arn:aws:iam::123456789012:user\/nobody/);
  }, 60_000);
});
