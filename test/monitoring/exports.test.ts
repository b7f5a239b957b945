/**
 * Every finding of a real sample scan, exported as OCSF and ASFF, validated against the JSON schemas
 * written from the public specifications (test/fixtures/schemas), plus the stable JSON and CSV shapes.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scopeOf } from "@/lib/auth/account-scope";
import { writeFindingsExport } from "@/lib/exports/write-findings-export";
import { exportFindings } from "@/lib/findings/export-findings";
import { createTestDatabase, type TestDatabase } from "@/test/helpers/test-database";
import { schemaValidator } from "./json-schema";
import { ensureSampleAccount, scanSample } from "./sample-scans";

let testDb: TestDatabase;
let total: number;
const BASE = "https://vigil.example.test";

beforeAll(async () => {
  testDb = await createTestDatabase();
  await ensureSampleAccount(testDb.db);
  await scanSample(testDb.db);
  // One resolved finding, so closing states are exported too.
  const first = await testDb.db.finding.findFirstOrThrow({ orderBy: { id: "asc" } });
  await testDb.db.finding.update({ where: { id: first.id }, data: { status: "resolved", resolvedAt: new Date(), resolution: "manual" } });
  total = await testDb.db.finding.count();
});
afterAll(async () => testDb.drop());

async function exportAs(format: "json" | "csv" | "ocsf" | "asff", filter = {}) {
  let text = "";
  const count = await writeFindingsExport(exportFindings(testDb.db, scopeOf({ accountScope: null }), filter, 50), format, (chunk) => void (text += chunk), { baseUrl: BASE });
  return { text, count };
}

describe("finding exports", () => {
  it("OCSF: every finding is a valid OCSF 1.3.0 Detection Finding", async () => {
    const { text, count } = await exportAs("ocsf");
    const validate = schemaValidator("ocsf-1.3.0-detection-finding.schema.json");
    const findings = JSON.parse(text) as Record<string, unknown>[];
    expect(count).toBe(total);
    expect(findings.length).toBe(total);
    for (const finding of findings) expect(validate(finding)).toEqual([]);
    const closed = findings.find((finding) => finding.status === "Resolved");
    expect(closed).toMatchObject({ activity_id: 3, type_uid: 200403, status_id: 4 });
    const bucket = findings.find((f) => (f.finding_info as { analytic: { uid: string } }).analytic.uid === "s3_bucket_versioning_enabled");
    expect(bucket).toMatchObject({ class_uid: 2004, category_uid: 2, cloud: { provider: "AWS", account: { uid: "123456789012" } } });
    // Remediation commands come filled in with the resource's own identifiers.
    const references = (bucket?.remediation as { references: string[] }).references;
    expect(references[0]).toMatch(/^aws s3api put-bucket-versioning --bucket demo-/);
    expect(validate({ ...findings[0], class_uid: 2001 })).not.toEqual([]);
    expect(validate({ ...findings[0], finding_info: { title: "no uid" } })).not.toEqual([]);
  });

  it("ASFF: every finding is a valid Security Hub finding, global resources in the home region", async () => {
    const { text } = await exportAs("asff");
    const validate = schemaValidator("asff-2018-10-08.schema.json");
    const findings = JSON.parse(text) as Record<string, unknown>[];
    expect(findings.length).toBe(total);
    for (const finding of findings) expect(validate(finding)).toEqual([]);
    const iam = findings.find((finding) => String((finding.Resources as { Id: string }[])[0]?.Id).startsWith("arn:aws:iam::"));
    expect(iam).toMatchObject({ Region: "us-east-1", ProductArn: "arn:aws:securityhub:us-east-1:123456789012:product/123456789012/default" });
    expect(new Set(findings.map((finding) => finding.Id)).size).toBe(total);
    expect(findings.filter((finding) => finding.RecordState === "ARCHIVED")).toHaveLength(1);
    expect(validate({ ...findings[0], Severity: { Label: "SEVERE" } })).not.toEqual([]);
  });

  it("JSON and CSV: the stable shape, filtered, with a header row", async () => {
    const { text, count } = await exportAs("json", { severity: ["critical"] });
    const rows = JSON.parse(text) as { severity: string; id: string }[];
    expect(count).toBe(await testDb.db.finding.count({ where: { severity: "critical" } }));
    expect(rows.every((row) => row.severity === "critical")).toBe(true);
    const csv = await exportAs("csv", { severity: ["critical"] });
    const lines = csv.text.trimEnd().split("\r\n");
    expect(lines[0]).toBe("id,checkId,title,severity,status,resourceArn,resourceType,accountId,region,service,firstSeen,lastSeen,resolvedAt,dueAt,reason");
    expect(lines).toHaveLength(count + 1);
    expect((await exportAs("ocsf", { severity: ["critical"], accountId: ["999999999999"] })).text).toBe("[]\n");
  });
});
