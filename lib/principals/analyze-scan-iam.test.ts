/**
 * analyzeScanIam against real Postgres after a real scan of the built-in sample account: every user and
 * role stored with its list columns and full result, the sample's risky roles classified, re-runs idempotent,
 * and a failing engine recorded on the analysis row.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SAMPLE_ACCOUNT_ID } from "@/collectors/sample/sample-recordings";
import { createScan } from "@/lib/scans/create-scan";
import { createScanDependencies } from "@/lib/scans/create-scan-dependencies";
import { runScan } from "@/lib/scans/run-scan";
import { createTestDatabase, type TestDatabase } from "@/test/helpers/test-database";
import { analyzeScanIam } from "./analyze-scan-iam";
import type { PrincipalDetail } from "./principal-detail";

let testDb: TestDatabase;
let scanId: string;

beforeAll(async () => {
  testDb = await createTestDatabase();
  await testDb.db.account.create({ data: { id: SAMPLE_ACCOUNT_ID, name: "Sample", source: "sample" } });
  const scan = await createScan(testDb.db, { accountId: SAMPLE_ACCOUNT_ID, trigger: "cli" });
  const outcome = await runScan(testDb.db, scan.id, createScanDependencies(testDb.db), { workerId: "test" });
  expect(["succeeded", "partial"]).toContain(outcome.status);
  scanId = scan.id;
});
afterAll(() => testDb?.drop());

describe("analyzeScanIam", () => {
  it("stores every user and role of the sample account with its risks, paths and suggestion", async () => {
    const outcome = await analyzeScanIam(testDb.db, scanId);
    expect(outcome).toMatchObject({ status: "succeeded" });
    const analysis = await testDb.db.iamAnalysis.findUniqueOrThrow({ where: { scanId } });
    expect(analysis).toMatchObject({ status: "succeeded", accountId: SAMPLE_ACCOUNT_ID, error: null, windowDays: 90 });
    expect(analysis.finishedAt).not.toBeNull();

    const rows = await testDb.db.iamPrincipal.findMany({ where: { analysisId: analysis.id } });
    expect(analysis.principalCount).toBe(rows.length);
    const names = rows.map((row) => row.name);
    expect(names).toEqual(expect.arrayContaining(["bad_role", "alice", "bob", "ci-deployer", "legacy-app"]));
    const users = await testDb.db.resource.count({ where: { accountId: SAMPLE_ACCOUNT_ID, type: { in: ["AWS::IAM::User", "AWS::IAM::Role"] }, deletedAt: null } });
    expect(rows.length).toBe(users);

    for (const row of rows) {
      const detail = row.detail as unknown as PrincipalDetail;
      expect(detail.arn).toBe(row.arn);
      expect(row.riskCategories).toEqual([...new Set(detail.risks.map((risk) => risk.category))].sort());
      expect(row.escalationCount).toBe(detail.escalationPaths.length);
      expect(row.suggestionState).toBe(detail.suggestion.state);
    }
  });

  it("classifies the admin role any AWS account may assume (Principal AWS \"*\"), with the trust statement", async () => {
    const row = await testDb.db.iamPrincipal.findFirstOrThrow({ where: { name: "bad_role", analysis: { scanId } } });
    expect(row).toMatchObject({ kind: "role", fullAdmin: true, topSeverity: "critical" });
    expect(row.riskCategories).toEqual(expect.arrayContaining(["trust-any-account", "full-admin"]));
    const detail = row.detail as unknown as PrincipalDetail;
    const trust = detail.risks.find((risk) => risk.category === "trust-any-account");
    expect(trust?.statements[0]?.source.kind).toBe("trust");
    // The document the reference points into is stored with it.
    expect(detail.policies.some((policy) => policy.source.kind === "trust" && policy.document)).toBe(true);
  });

  it("finds escalation paths and full administrators in the sample", async () => {
    const rows = await testDb.db.iamPrincipal.findMany({ where: { analysis: { scanId } } });
    expect(rows.some((row) => row.fullAdmin && row.riskCategories.includes("full-admin"))).toBe(true);
    const escalating = rows.filter((row) => row.escalationCount > 0);
    expect(escalating.length).toBeGreaterThan(0);
    for (const row of escalating) expect(row.riskCategories).toContain("privilege-escalation");
  });

  it("replaces the scan's analysis when run again instead of adding a second one", async () => {
    const before = await testDb.db.iamPrincipal.count();
    const first = await testDb.db.iamAnalysis.findUniqueOrThrow({ where: { scanId } });
    const again = await analyzeScanIam(testDb.db, scanId);
    expect(again).toMatchObject({ status: "succeeded", analysisId: first.id });
    expect(await testDb.db.iamAnalysis.count({ where: { scanId } })).toBe(1);
    expect(await testDb.db.iamPrincipal.count()).toBe(before);
  });

  it("records a failure on the analysis row and leaves the scan as it was", async () => {
    const scan = await testDb.db.scan.findUniqueOrThrow({ where: { id: scanId } });
    // The inventory cannot be read: the analysis fails, its row says why, nothing is thrown.
    const failing = new Proxy(testDb.db, {
      get: (target, key, receiver) =>
        key === "resource" ? { findMany: () => Promise.reject(new Error("inventory unavailable")) } : Reflect.get(target, key, receiver),
    });
    const outcome = await analyzeScanIam(failing, scanId);
    expect(outcome).toMatchObject({ status: "failed", error: "inventory unavailable" });
    const analysis = await testDb.db.iamAnalysis.findUniqueOrThrow({ where: { scanId } });
    expect(analysis).toMatchObject({ status: "failed", error: "inventory unavailable" });
    expect(analysis.finishedAt).not.toBeNull();
    expect(await testDb.db.scan.findUniqueOrThrow({ where: { id: scanId } })).toEqual(scan);
  });
});
