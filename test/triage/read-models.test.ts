/** The dashboard's new read functions and the SLA setting, against a real Postgres. */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { scopeOf } from "@/lib/auth/account-scope";
import type { Actor } from "@/lib/auth/permissions";
import { getComplianceReport } from "@/lib/compliance/get-compliance-report";
import { findFindingGroups } from "@/lib/findings/find-finding-groups";
import { findFindings } from "@/lib/findings/find-findings";
import { findMyWork } from "@/lib/findings/find-my-work";
import { parseFindingsQuery } from "@/lib/findings/findings.schemas";
import { setFindingDueDate } from "@/lib/findings/set-finding-due-date";
import { getSeveritySlas } from "@/lib/settings/get-severity-slas";
import { updateSeveritySlas } from "@/lib/settings/update-severity-slas";
import { createTestDatabase, type TestDatabase } from "@/test/helpers/test-database";

vi.mock("server-only", () => ({}));

const ACCOUNT = "123456789012";
const NOW = new Date("2026-11-23T12:00:00Z");
const DAY = 86_400_000;
const engineer = { id: "00000000-0000-4000-8000-0000000000e1", actor: { userId: "00000000-0000-4000-8000-0000000000e1", role: "engineer", accountScope: null } satisfies Actor };
const admin: Actor = { userId: "00000000-0000-4000-8000-00000000000a", role: "admin", accountScope: null };
const ALL = scopeOf(admin);

let testDb: TestDatabase;
const ids = { rootKey: randomUUID(), bucketOld: randomUUID(), bucketNew: randomUUID(), scan: randomUUID() };

const query = (params: Record<string, string>) => {
  const parsed = parseFindingsQuery(params);
  if (!parsed.ok) throw new Error(parsed.problems.join("; "));
  return parsed.query;
};

beforeAll(async () => {
  testDb = await createTestDatabase();
  const db = testDb.db;
  await db.account.create({ data: { id: ACCOUNT, name: "Prod" } });
  await db.user.create({ data: { id: engineer.id, email: "e@example.com", name: "Eve", role: "engineer" } });
  await db.scan.create({ data: { id: ids.scan, accountId: ACCOUNT, status: "succeeded", trigger: "manual", queuedAt: new Date(NOW.getTime() - DAY), finishedAt: NOW } });
  const resource = (arn: string, type: string, service: string) =>
    db.resource.create({ data: { accountId: ACCOUNT, region: "global", service, type, arn, name: arn, configuration: {}, hash: "0".repeat(64), firstSeenAt: NOW, lastSeenAt: NOW } });
  const root = await resource(`arn:aws:iam::${ACCOUNT}:root`, "AWS::IAM::RootAccount", "iam");
  const bucket = await resource("arn:aws:s3:::logs", "AWS::S3::Bucket", "s3");
  const finding = (id: string, checkId: string, resourceId: string, arn: string, severity: "critical" | "low", firstSeenAt: Date, dueAt: Date | null) =>
    db.finding.create({
      data: {
        id, checkId, accountId: ACCOUNT, resourceId, resourceArn: arn, resourceType: "t", region: "global", service: "iam", severity,
        title: checkId, evidence: {}, firstSeenAt, lastSeenAt: NOW, statusChangedAt: firstSeenAt, assigneeId: engineer.id, dueAt,
      },
    });
  await finding(ids.rootKey, "iam_root_access_key_absent", root.id, root.arn, "critical", new Date(NOW.getTime() - 2 * DAY), new Date(NOW.getTime() + 5 * DAY));
  await finding(ids.bucketOld, "s3_bucket_versioning_enabled", bucket.id, bucket.arn, "low", new Date(NOW.getTime() - 60 * DAY), new Date(NOW.getTime() + 120 * DAY));
  await finding(ids.bucketNew, "s3_bucket_server_access_logging", bucket.id, bucket.arn, "low", new Date(NOW.getTime() - 3 * DAY), null);
  await db.findingEvent.createMany({
    data: [
      { findingId: ids.rootKey, kind: "regressed", actor: "system", scanId: ids.scan, createdAt: NOW },
      { findingId: ids.bucketNew, kind: "opened", actor: "system", scanId: ids.scan, createdAt: NOW },
    ],
  });
  await db.checkResult.createMany({
    data: [
      { scanId: ids.scan, checkId: "iam_root_access_key_absent", accountId: ACCOUNT, evaluated: 1, passed: 0, failed: 1 },
      { scanId: ids.scan, checkId: "s3_bucket_versioning_enabled", accountId: ACCOUNT, evaluated: 1, passed: 0, failed: 1 },
    ],
  });
});

afterAll(async () => {
  await testDb?.drop();
});

describe("findMyWork", () => {
  it("lists a person's active findings soonest due first, with what the latest scan changed", async () => {
    const work = await findMyWork(engineer.id, { scope: ALL, database: testDb.db });
    expect(work.findings.map((f) => f.id)).toEqual([ids.rootKey, ids.bucketOld, ids.bucketNew]);
    expect(work.changes.regressed.map((f) => f.id)).toEqual([ids.rootKey]);
    expect(work.changes.opened.map((f) => f.id)).toEqual([ids.bucketNew]);
    expect(work.changes.resolved).toEqual([]);
  });
});

describe("findings list filters and groups", () => {
  it("filters by compliance framework, assignee and first seen", async () => {
    const cis = await findFindings(query({ framework: "cis-aws-7.0", status: "any" }), testDb.db, { scope: ALL });
    expect(cis.items.map((f) => f.checkId)).toContain("iam_root_access_key_absent");
    expect(cis.items.map((f) => f.checkId)).not.toContain("s3_bucket_server_access_logging");
    expect((await findFindings(query({ assignee: "me" }), testDb.db, { scope: ALL, userId: engineer.id })).total.count).toBe(3);
    expect((await findFindings(query({ assignee: "none" }), testDb.db, { scope: ALL, userId: engineer.id })).total.count).toBe(0);
    const recent = await findFindings(query({ first_seen: "7d" }), testDb.db, { scope: ALL, now: NOW });
    expect(recent.items.map((f) => f.id).sort()).toEqual([ids.rootKey, ids.bucketNew].sort());
  });

  it("groups by resource, worst severity first, each group carrying the filter that lists it", async () => {
    const groups = await findFindingGroups(query({}), "resource", { database: testDb.db, context: { scope: ALL } });
    expect(groups.map((g) => [g.label, g.count, g.worst])).toEqual([
      [`arn:aws:iam::${ACCOUNT}:root`, 1, "critical"],
      ["arn:aws:s3:::logs", 2, "low"],
    ]);
    expect(groups[1]?.filter.resource).toHaveLength(1);
  });
});

describe("getComplianceReport", () => {
  it("fails the control whose check failed in the latest scan and lists the resource behind it", async () => {
    const report = await getComplianceReport("cis-aws-7.0", { scope: ALL, database: testDb.db });
    const control = report!.summary.sections.flatMap((s) => s.requirements).find((r) => r.id === "2.4");
    expect(control).toMatchObject({ status: "fail", counts: { fail: 1 } });
    expect(report!.failingResources.get("2.4")?.map((r) => r.resourceArn)).toEqual([`arn:aws:iam::${ACCOUNT}:root`]);
    expect(report!.summary.totals.fail).toBeGreaterThanOrEqual(1);
    expect(await getComplianceReport("no-such-framework", { scope: ALL, database: testDb.db })).toBeNull();
  });

  it("reports nothing for accounts out of scope", async () => {
    const report = await getComplianceReport("cis-aws-7.0", { scope: ALL, accountIds: ["999999999999"], database: testDb.db });
    expect(report!.scans).toEqual([]);
    expect(report!.summary.totals.fail).toBe(0);
  });
});

describe("severity SLAs", () => {
  it("moves derived due dates to the new SLA, keeps hand-set ones, and only admins may change them", async () => {
    const handSet = new Date("2027-01-01T00:00:00Z");
    await setFindingDueDate(testDb.db, engineer.actor, { findingIds: [ids.bucketOld], dueAt: handSet }, NOW);
    await expect(updateSeveritySlas(testDb.db, engineer.actor, { critical: 3, high: 14, medium: 60, low: 90, informational: null }))
      .rejects.toMatchObject({ code: "forbidden" });
    const { findingsUpdated } = await updateSeveritySlas(testDb.db, admin, { critical: 3, high: 14, medium: 60, low: 90, informational: null });
    expect(findingsUpdated).toBe(2);
    const due = async (id: string) => (await testDb.db.finding.findUniqueOrThrow({ where: { id } })).dueAt;
    expect(await due(ids.rootKey)).toEqual(new Date(NOW.getTime() - 2 * DAY + 3 * DAY));
    expect(await due(ids.bucketNew)).toEqual(new Date(NOW.getTime() - 3 * DAY + 90 * DAY));
    expect(await due(ids.bucketOld)).toEqual(handSet);
    expect((await getSeveritySlas(testDb.db)).slas).toMatchObject({ critical: 3, informational: null });
  });
});
