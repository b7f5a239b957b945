/**
 * The change set of two real scans of the sample account, the second with known edits to the recorded
 * AWS answers: a bucket added, one removed, versioning switched on one bucket and off another.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findChangesSince } from "@/lib/changes/find-changes-since";
import { findScanChanges } from "@/lib/changes/find-scan-changes";
import { createTestDatabase, type TestDatabase } from "@/test/helpers/test-database";
import { editRecording, ensureSampleAccount, sampleRecordings, scanSample } from "./sample-scans";

let testDb: TestDatabase;
let firstScanId: string;
let secondScanId: string;
let betweenScans: Date;

beforeAll(async () => {
  testDb = await createTestDatabase();
  await ensureSampleAccount(testDb.db);
  firstScanId = (await scanSample(testDb.db)).scanId;
  betweenScans = new Date();

  const edited = sampleRecordings();
  editRecording(edited, "s3", "GetBucketVersioning", { Bucket: "demo-ci-artifacts" }, () => ({ Status: "Enabled" }));
  editRecording(edited, "s3", "GetBucketVersioning", { Bucket: "demo-logs-eu" }, () => ({ Status: "Suspended" }));
  editRecording(edited, "s3", "ListBuckets", { ContinuationToken: "page-2" }, (output) => ({
    ...output,
    Buckets: [
      ...(output.Buckets as { Name: string }[]).filter((bucket) => bucket.Name !== "demo-backups-eu"),
      { Name: "demo-new-bucket", CreationDate: "2026-11-20T10:00:00Z" },
    ],
  }));
  edited.s3.push({ command: "GetBucketLocation", input: { Bucket: "demo-new-bucket" }, output: { LocationConstraint: null } });
  secondScanId = (await scanSample(testDb.db, edited)).scanId;
});
afterAll(async () => testDb.drop());

const NEW_BUCKET = "arn:aws:s3:::demo-new-bucket";
const summary = (changes: Awaited<ReturnType<typeof findScanChanges>>) => ({
  added: changes.resources.added.map((r) => r.arn),
  removed: changes.resources.removed.map((r) => r.arn),
  changed: changes.resources.changed.map((r) => ({ arn: r.arn, fields: r.fields })),
  new: changes.findings.new.map((f) => `${f.checkId} ${f.resourceArn}`),
  resolved: changes.findings.resolved.map((f) => `${f.checkId} ${f.resourceArn} ${f.resolution}`),
  regressed: changes.findings.regressed.map((f) => `${f.checkId} ${f.resourceArn}`),
});

describe("the change set of a scan", () => {
  it("is exactly the edits between the two scans, with field-level diffs", async () => {
    const changes = await findScanChanges(testDb.db, secondScanId);
    expect(changes.previousScanId).toBe(firstScanId);
    expect(summary(changes)).toEqual({
      added: [NEW_BUCKET],
      removed: ["arn:aws:s3:::demo-backups-eu"],
      changed: [
        { arn: "arn:aws:s3:::demo-ci-artifacts", fields: [{ path: "Versioning.Status", kind: "changed", before: "Suspended", after: "Enabled" }] },
        {
          arn: "arn:aws:s3:::demo-logs-eu",
          fields: [
            { path: "Versioning.MFADelete", kind: "removed", before: "Disabled" },
            { path: "Versioning.Status", kind: "changed", before: "Enabled", after: "Suspended" },
          ],
        },
      ],
      new: [
        ...["acls_disabled", "default_encryption", "kms_encryption", "lifecycle_configured", "mfa_delete", "object_lock",
          "public_access_block", "replication_enabled", "server_access_logging", "tls_only"].map((check) => `s3_bucket_${check} ${NEW_BUCKET}`),
        "s3_bucket_versioning_enabled arn:aws:s3:::demo-logs-eu",
        `s3_bucket_versioning_enabled ${NEW_BUCKET}`,
      ],
      resolved: [
        "s3_bucket_lifecycle_configured arn:aws:s3:::demo-backups-eu resource_deleted",
        "s3_bucket_mfa_delete arn:aws:s3:::demo-backups-eu resource_deleted",
        "s3_bucket_tls_only arn:aws:s3:::demo-backups-eu resource_deleted",
        "s3_bucket_versioning_enabled arn:aws:s3:::demo-ci-artifacts fixed",
      ],
      regressed: [],
    });
  });

  it("treats the account's first scan as everything added and new", async () => {
    const first = await findScanChanges(testDb.db, firstScanId);
    expect(first.previousScanId).toBeNull();
    expect(first.resources.added.length).toBe(await testDb.db.resource.count({ where: { NOT: { arn: NEW_BUCKET } } }));
    expect(first.resources.removed).toEqual([]);
    expect(first.findings.new.length).toBeGreaterThan(0);
    expect(first.findings.resolved).toEqual([]);
  });

  it("reports regressions when the edits are undone", async () => {
    const third = await scanSample(testDb.db);
    const changes = summary(await findScanChanges(testDb.db, third.scanId));
    expect(changes.regressed).toEqual([
      "s3_bucket_lifecycle_configured arn:aws:s3:::demo-backups-eu",
      "s3_bucket_mfa_delete arn:aws:s3:::demo-backups-eu",
      "s3_bucket_tls_only arn:aws:s3:::demo-backups-eu",
      "s3_bucket_versioning_enabled arn:aws:s3:::demo-ci-artifacts",
    ]);
    expect(changes.removed).toEqual([NEW_BUCKET]);
    expect(changes.resolved).toContain("s3_bucket_versioning_enabled arn:aws:s3:::demo-logs-eu fixed");
  });

  it("answers 'since a date' with the same changes when one scan happened since", async () => {
    const since = summary(await findChangesSince(testDb.db, { since: betweenScans, until: (await testDb.db.scan.findUniqueOrThrow({ where: { id: secondScanId } })).finishedAt! }));
    expect(since).toEqual(summary(await findScanChanges(testDb.db, secondScanId)));
  });
});
