import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMemorySink } from "@/collectors/testing/create-memory-sink";
import { createScanDependencies } from "@/lib/scans/create-scan-dependencies";
import {
  addCheckExclusion,
  disableCheck,
  enableCheck,
  loadAccountCheckConfiguration,
  removeCheckExclusion,
  saveCheckSettings,
} from "@/lib/settings/check-settings-store";
import { createTestDatabase, type TestDatabase } from "@/test/helpers/test-database";

let testDb: TestDatabase;
const ACCOUNT = "123456789012";

beforeAll(async () => {
  testDb = await createTestDatabase();
  await testDb.db.account.create({ data: { id: ACCOUNT, name: "Sample", source: "sample" } });
});
afterAll(() => testDb?.drop());

describe("account check configuration", () => {
  it("is empty for an account nobody configured", async () => {
    expect(await loadAccountCheckConfiguration(testDb.db, ACCOUNT)).toEqual({ settings: {}, disabledChecks: {}, exclusions: [] });
  });

  it("stores settings, returns only the values set, and resets a value given as null", async () => {
    await saveCheckSettings(testDb.db, ACCOUNT, { unusedCredentialDays: 90, deprecatedRuntimes: ["nodejs20.x"], secretPatterns: ["^sk_live_"] }, "alice");
    await saveCheckSettings(testDb.db, ACCOUNT, { accessKeyRotationDays: 180 }, "alice");
    expect((await loadAccountCheckConfiguration(testDb.db, ACCOUNT)).settings).toEqual({
      unusedCredentialDays: 90, accessKeyRotationDays: 180, deprecatedRuntimes: ["nodejs20.x"], secretPatterns: ["^sk_live_"],
    });
    await saveCheckSettings(testDb.db, ACCOUNT, { unusedCredentialDays: null, secretPatterns: [] }, "bob");
    expect((await loadAccountCheckConfiguration(testDb.db, ACCOUNT)).settings).toEqual({ accessKeyRotationDays: 180, deprecatedRuntimes: ["nodejs20.x"] });
  });

  it("rejects values that would break or silently weaken a scan", async () => {
    await expect(saveCheckSettings(testDb.db, ACCOUNT, { secretPatterns: ["(unclosed"] }, "a")).rejects.toMatchObject({ code: "invalid_input" });
    await expect(saveCheckSettings(testDb.db, ACCOUNT, { unusedCredentialDays: 0 }, "a")).rejects.toMatchObject({ code: "invalid_input" });
    await expect(disableCheck(testDb.db, ACCOUNT, { checkId: "iam_no_such_check", reason: "because" }, "a")).rejects.toMatchObject({ code: "invalid_input" });
    await expect(disableCheck(testDb.db, ACCOUNT, { checkId: "iam_root_mfa_enabled", reason: "" }, "a")).rejects.toMatchObject({ code: "invalid_input" });
    await expect(addCheckExclusion(testDb.db, ACCOUNT, { checkId: null, resourcePattern: "my-bucket", reason: "sandbox" }, "a")).rejects.toMatchObject({ code: "invalid_input" });
    await expect(removeCheckExclusion(testDb.db, ACCOUNT, "00000000-0000-4000-8000-000000000000")).rejects.toMatchObject({ code: "not_found" });
  });

  it("disables and re-enables checks, adds and removes exclusions", async () => {
    await disableCheck(testDb.db, ACCOUNT, { checkId: "s3_bucket_mfa_delete", reason: "MFA delete is impractical for us" }, "alice");
    const id = await addCheckExclusion(testDb.db, ACCOUNT, { checkId: null, resourcePattern: "arn:aws:s3:::sandbox-*", reason: "sandbox buckets" }, "alice");
    let configuration = await loadAccountCheckConfiguration(testDb.db, ACCOUNT);
    expect(configuration.disabledChecks).toEqual({ s3_bucket_mfa_delete: "MFA delete is impractical for us" });
    expect(configuration.exclusions).toEqual([{ checkId: null, resourcePattern: "arn:aws:s3:::sandbox-*", reason: "sandbox buckets" }]);
    await enableCheck(testDb.db, ACCOUNT, "s3_bucket_mfa_delete");
    await removeCheckExclusion(testDb.db, ACCOUNT, id);
    configuration = await loadAccountCheckConfiguration(testDb.db, ACCOUNT);
    expect(configuration.disabledChecks).toEqual({});
    expect(configuration.exclusions).toEqual([]);
  });

  it("is applied by the scan dependencies to the account being scanned", async () => {
    await disableCheck(testDb.db, ACCOUNT, { checkId: "s3_bucket_versioning_enabled", reason: "Versioning handled by backups" }, "alice");
    const dependencies = createScanDependencies(testDb.db);
    const memory = createMemorySink();
    await dependencies.collect({ id: ACCOUNT, name: "Sample", source: "sample", roleArn: null, externalId: null, regions: [] }, memory.sink);
    const { outcomes } = dependencies.evaluate(memory.records, { accountId: ACCOUNT, now: new Date("2026-06-01T00:00:00Z") });
    const versioning = outcomes.filter((o) => o.checkId === "s3_bucket_versioning_enabled");
    expect(versioning.length).toBeGreaterThan(0);
    expect(versioning.every((o) => o.status === "not_applicable" && o.reason === "Disabled for this account: Versioning handled by backups")).toBe(true);
    expect(outcomes.some((o) => o.checkId === "s3_bucket_tls_only" && o.status === "fail")).toBe(true);
    await enableCheck(testDb.db, ACCOUNT, "s3_bucket_versioning_enabled");
  });
});
