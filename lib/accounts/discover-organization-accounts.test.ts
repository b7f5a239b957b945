import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSampleClientFactory } from "@/collectors/sample/create-sample-client-factory";
import { createMemorySink } from "@/collectors/testing/create-memory-sink";
import { addDiscoveredAccounts, discoverOrganizationAccounts, roleTemplateSchema } from "@/lib/accounts/discover-organization-accounts";
import { createTestDatabase, type TestDatabase } from "@/test/helpers/test-database";

describe("discoverOrganizationAccounts", () => {
  it("pages ListAccounts, keeps ACTIVE accounts and fills the role template", async () => {
    const { sink, apiCalls } = createMemorySink();
    const accounts = await discoverOrganizationAccounts({
      clients: createSampleClientFactory(sink),
      roleTemplate: "arn:aws:iam::{accountId}:role/security/VigilReadOnly",
    });
    expect(apiCalls).toEqual([{ service: "organizations", api: "ListAccounts" }, { service: "organizations", api: "ListAccounts" }]);
    // 333344445555 is SUSPENDED: left out.
    expect(accounts).toEqual([
      { id: "444455556666", name: "log-archive", email: "logging@example.com", joinedAt: "2021-03-01T10:05:00.000Z", roleArn: "arn:aws:iam::444455556666:role/security/VigilReadOnly" },
      { id: "123456789012", name: "sample-management", email: "management@example.com", joinedAt: "2019-05-07T15:30:00.000Z", roleArn: "arn:aws:iam::123456789012:role/security/VigilReadOnly" },
      { id: "222233334444", name: "workloads-prod", email: "workloads-prod@example.com", joinedAt: "2021-03-01T10:00:00.000Z", roleArn: "arn:aws:iam::222233334444:role/security/VigilReadOnly" },
    ]);
  });

  it("rejects templates without the placeholder or that are not role ARNs", () => {
    expect(roleTemplateSchema.safeParse("arn:aws:iam::123456789012:role/VigilReadOnly").success).toBe(false);
    expect(roleTemplateSchema.safeParse("arn:aws:iam::{accountId}:user/vigil").success).toBe(false);
    expect(roleTemplateSchema.safeParse("arn:aws-us-gov:iam::{accountId}:role/VigilReadOnly").success).toBe(true);
  });
});

describe("addDiscoveredAccounts", () => {
  let testDb: TestDatabase;
  beforeAll(async () => {
    testDb = await createTestDatabase();
  });
  afterAll(async () => {
    await testDb.drop();
  });

  it("adds new accounts with their role and external id and leaves configured ones alone", async () => {
    await testDb.db.account.create({ data: { id: "222233334444", name: "prod (by hand)", source: "aws", roleArn: "arn:aws:iam::222233334444:role/Custom" } });
    const discovered = await discoverOrganizationAccounts({ clients: createSampleClientFactory(createMemorySink().sink) });
    const result = await addDiscoveredAccounts(testDb.db, discovered, { externalId: "vigil-ext-1234", regions: ["eu-west-1"] });
    expect(result).toEqual({ added: ["444455556666", "123456789012"], existing: ["222233334444"] });
    const stored = await testDb.db.account.findMany({ orderBy: { id: "asc" }, select: { id: true, roleArn: true, externalId: true, regions: true } });
    expect(stored).toEqual([
      { id: "123456789012", roleArn: "arn:aws:iam::123456789012:role/VigilReadOnly", externalId: "vigil-ext-1234", regions: ["eu-west-1"] },
      { id: "222233334444", roleArn: "arn:aws:iam::222233334444:role/Custom", externalId: null, regions: [] },
      { id: "444455556666", roleArn: "arn:aws:iam::444455556666:role/VigilReadOnly", externalId: "vigil-ext-1234", regions: ["eu-west-1"] },
    ]);
    await expect(addDiscoveredAccounts(testDb.db, discovered, { externalId: "x" })).rejects.toThrow();
  });
});
