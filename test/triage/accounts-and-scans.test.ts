/** Adding accounts, their schedules, connection tests and "scan now", with their authorisation. */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { createAccount } from "@/lib/accounts/create-account";
import { testAccountConnection } from "@/lib/accounts/test-account-connection";
import { updateAccountSchedule } from "@/lib/accounts/update-account-schedule";
import { requestScan } from "@/lib/scans/request-scan";
import { createTestDatabase, type TestDatabase } from "@/test/helpers/test-database";

vi.mock("server-only", () => ({}));

let testDb: TestDatabase;
const admin: Actor = { userId: "00000000-0000-4000-8000-00000000000a", role: "admin", accountScope: null };
const analyst: Actor = { userId: "00000000-0000-4000-8000-0000000000a1", role: "analyst", accountScope: null };
const viewer: Actor = { userId: "00000000-0000-4000-8000-0000000000f1", role: "viewer", accountScope: null };
const input = { id: "210987654321", name: "Production", roleArn: "arn:aws:iam::210987654321:role/VigilReadOnly", externalId: "vigil-abc123", regions: "eu-west-1, us-east-1" };

beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(async () => {
  await testDb?.drop();
});

describe("createAccount", () => {
  it("adds an account with its role, external id and regions, once", async () => {
    await createAccount(testDb.db, admin, input);
    expect(await testDb.db.account.findUniqueOrThrow({ where: { id: input.id } })).toMatchObject({
      name: "Production", source: "aws", roleArn: input.roleArn, externalId: "vigil-abc123", regions: ["eu-west-1", "us-east-1"],
    });
    await expect(createAccount(testDb.db, admin, input)).rejects.toMatchObject({ code: "conflict" });
  });

  it("refuses a role from another account and callers who may not manage accounts", async () => {
    await expect(createAccount(testDb.db, admin, { ...input, id: "111111111111" })).rejects.toThrow(/belongs to account 210987654321/);
    await expect(createAccount(testDb.db, analyst, { ...input, id: "222222222222", roleArn: "arn:aws:iam::222222222222:role/V" }))
      .rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("updateAccountSchedule", () => {
  it("stores a valid cron and rejects an invalid one", async () => {
    await updateAccountSchedule(testDb.db, admin, { accountId: input.id, scanSchedule: "15 2 * * 1" });
    expect((await testDb.db.account.findUniqueOrThrow({ where: { id: input.id } })).scanSchedule).toBe("15 2 * * 1");
    await expect(updateAccountSchedule(testDb.db, admin, { accountId: input.id, scanSchedule: "every day" })).rejects.toThrow(/expected 5 fields/);
  });
});

describe("requestScan", () => {
  it("queues one manual scan and hands it to the workers; a second request returns the same scan", async () => {
    const sent: string[] = [];
    const enqueue = async (scanId: string) => void sent.push(scanId);
    const first = await requestScan(testDb.db, analyst, { accountId: input.id }, enqueue);
    const second = await requestScan(testDb.db, analyst, { accountId: input.id }, enqueue);
    expect(first.created).toBe(true);
    expect(second).toEqual({ id: first.id, created: false });
    expect(sent).toEqual([first.id]);
    expect(await testDb.db.scan.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({ status: "queued", trigger: "manual" });
  });

  it("does not let a viewer start a scan", async () => {
    await expect(requestScan(testDb.db, viewer, { accountId: input.id }, async () => {})).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("testAccountConnection", () => {
  const connection = { accountId: input.id, roleArn: input.roleArn, externalId: input.externalId };

  it("reports the identity the role answers with", async () => {
    const result = await testAccountConnection(admin, connection, async () => ({ accountId: input.id, arn: "arn:aws:sts::210987654321:assumed-role/VigilReadOnly/vigil-scan" }));
    expect(result).toEqual({ ok: true, accountId: input.id, arn: "arn:aws:sts::210987654321:assumed-role/VigilReadOnly/vigil-scan" });
  });

  it("explains an AccessDenied and a role answering from another account", async () => {
    const denied = await testAccountConnection(admin, connection, async () => {
      throw Object.assign(new Error("User is not authorized to perform: sts:AssumeRole"), { name: "AccessDenied" });
    });
    expect(denied).toMatchObject({ ok: false, errorCode: "AccessDenied", message: "User is not authorized to perform: sts:AssumeRole" });
    expect(denied.ok === false && denied.hint).toMatch(/trust policy/);
    const wrong = await testAccountConnection(admin, connection, async () => ({ accountId: "999999999999" }));
    expect(wrong).toMatchObject({ ok: false, errorCode: "WrongAccount" });
  });
});
