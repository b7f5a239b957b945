/**
 * Ticketing against a local HTTP server pretending to be Jira Cloud's REST API v3: the create-issue body
 * must match the documented shape (ADF description) with basic auth; closing the issue in "Jira" resolves
 * the linked findings on the next sync. Plus the generic webhook tracker.
 */
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { verifyWebhook } from "@/lib/notifications/sign-webhook";
import { createTicket } from "@/lib/tickets/create-ticket";
import { createTicketIntegration } from "@/lib/tickets/create-ticket-integration";
import { syncTicketStatuses } from "@/lib/tickets/sync-ticket-statuses";
import { createTestDatabase, type TestDatabase } from "@/test/helpers/test-database";
import { schemaValidator } from "./json-schema";
import { type LocalReceiver, startLocalReceiver } from "./local-receiver";
import { ensureSampleAccount, scanSample } from "./sample-scans";

const KEY = randomBytes(32);
const admin: Actor = { userId: "cli:test", role: "admin", accountScope: null };
const BASE = "https://vigil.example.test";
let testDb: TestDatabase;
let jira: LocalReceiver;
/** Issue key -> [status name, status category], as the fake Jira reports it. */
const issueStatus = new Map<string, [string, string]>();

beforeAll(async () => {
  testDb = await createTestDatabase();
  await ensureSampleAccount(testDb.db);
  await scanSample(testDb.db);
  let next = 41;
  jira = await startLocalReceiver((request) => {
    if (request.headers.authorization !== `Basic ${Buffer.from("sec@example.test:jira-api-token").toString("base64")}`) return { status: 401, body: { errorMessages: ["Unauthorized"] } };
    if (request.method === "POST" && request.path === "/rest/api/3/issue") {
      const key = `SEC-${++next}`;
      issueStatus.set(key, ["To Do", "new"]);
      return { status: 201, body: { id: String(10000 + next), key, self: `http://jira/rest/api/3/issue/${10000 + next}` } };
    }
    if (request.method === "POST" && request.path === "/rest/api/3/search/jql") {
      const { jql } = JSON.parse(request.body) as { jql: string };
      const keys = /^key in \(([^)]*)\)$/.exec(jql)?.[1]?.split(",") ?? [];
      return {
        status: 200,
        body: { issues: keys.map((key) => ({ key, fields: { status: { name: issueStatus.get(key)?.[0], statusCategory: { key: issueStatus.get(key)?.[1] } } } })) },
      };
    }
    return { status: 404, body: { errorMessages: ["not found"] } };
  });
});
afterAll(async () => {
  await jira.close();
  await testDb.drop();
});

describe("Jira tickets", () => {
  it("create one issue for a group of findings, in Jira's documented shape, linked both ways", async () => {
    const integration = await createTicketIntegration(
      testDb.db, admin,
      { kind: "jira", name: "Jira", baseUrl: `${jira.url}/`, email: "sec@example.test", apiToken: "jira-api-token", projectKey: "SEC" },
      { key: KEY },
    );
    expect(JSON.stringify(await testDb.db.ticketIntegration.findUniqueOrThrow({ where: { id: integration.id } }))).not.toContain("jira-api-token");
    const findings = await testDb.db.finding.findMany({ where: { checkId: "s3_bucket_versioning_enabled" }, orderBy: { resourceArn: "asc" } });
    expect(findings.length).toBeGreaterThan(1);

    const ticket = await createTicket(testDb.db, admin, { integrationId: integration.id, findingIds: findings.map((f) => f.id) }, { key: KEY, baseUrl: BASE });
    expect(ticket).toMatchObject({ key: "SEC-42", url: `${jira.url}/browse/SEC-42` });

    const request = jira.requests.at(-1)!;
    const body = JSON.parse(request.body) as { fields: { summary: string; labels: string[]; project: unknown; description: unknown } };
    expect(schemaValidator("jira-create-issue.schema.json")(body)).toEqual([]);
    expect(body.fields).toMatchObject({ project: { key: "SEC" }, issuetype: { name: "Task" }, labels: ["vigil", "severity-low"] });
    expect(body.fields.summary).toBe(`[Vigil] ${findings.length} findings: S3 buckets have versioning enabled`);
    const description = JSON.stringify(body.fields.description);
    for (const finding of findings) expect(description).toContain(`${BASE}/findings/${finding.id}`);
    expect(description).toContain("aws s3api put-bucket-versioning --bucket demo-ci-artifacts --versioning-configuration Status=Enabled");

    const links = await testDb.db.findingTicket.findMany({ where: { issueKey: "SEC-42" } });
    expect(links).toHaveLength(findings.length);
    expect(await testDb.db.findingEvent.count({ where: { kind: "ticket_linked", findingId: { in: findings.map((f) => f.id) } } })).toBe(findings.length);
  });

  it("resolve the linked findings manually when the issue is closed, and only then", async () => {
    expect(await syncTicketStatuses(testDb.db, { key: KEY })).toMatchObject({ checked: 1, closed: 0 });
    expect((await testDb.db.findingTicket.findFirstOrThrow({ where: { issueKey: "SEC-42" } })).issueStatus).toBe("To Do");

    issueStatus.set("SEC-42", ["Done", "done"]);
    const counts = await syncTicketStatuses(testDb.db, { key: KEY });
    const linked = await testDb.db.findingTicket.findMany({ where: { issueKey: "SEC-42" }, include: { finding: { include: { events: true } } } });
    expect(counts).toMatchObject({ checked: 1, closed: 1, resolvedFindings: linked.length });
    for (const link of linked) {
      expect(link.closedAt).not.toBeNull();
      expect(link.finding).toMatchObject({ status: "resolved", resolution: "manual" });
      expect(link.finding.events.at(-1)).toMatchObject({ kind: "status_changed", toStatus: "resolved", comment: "Resolved because SEC-42 was closed in Jira (Done)." });
    }
    // Closed links are not polled again.
    expect(await syncTicketStatuses(testDb.db, { key: KEY })).toMatchObject({ checked: 0 });
  });

  it("report Jira's refusal as an error, not a silent success", async () => {
    const wrong = await createTicketIntegration(
      testDb.db, admin,
      { kind: "jira", name: "Wrong", baseUrl: jira.url, email: "sec@example.test", apiToken: "bad", projectKey: "SEC" },
      { key: KEY },
    );
    const finding = await testDb.db.finding.findFirstOrThrow({ where: { status: "open" } });
    await expect(createTicket(testDb.db, admin, { integrationId: wrong.id, findingIds: [finding.id] }, { key: KEY })).rejects.toThrow(/HTTP 401/);
    expect(await testDb.db.findingTicket.count({ where: { integrationId: wrong.id } })).toBe(0);
  });

  it("need findings:triage", async () => {
    const viewer: Actor = { userId: "v", role: "viewer", accountScope: null };
    const integration = await testDb.db.ticketIntegration.findFirstOrThrow();
    const finding = await testDb.db.finding.findFirstOrThrow({ where: { status: "open" } });
    await expect(createTicket(testDb.db, viewer, { integrationId: integration.id, findingIds: [finding.id] }, { key: KEY })).rejects.toThrow(/findings:triage/);
  });

  it("answer 'not found' for a finding of an account outside the analyst's scope", async () => {
    const integration = await testDb.db.ticketIntegration.findFirstOrThrow();
    const finding = await testDb.db.finding.findFirstOrThrow({ where: { status: "open" } });
    const elsewhere: Actor = { userId: "a", role: "analyst", accountScope: ["999999999999"] };
    await expect(createTicket(testDb.db, elsewhere, { integrationId: integration.id, findingIds: [finding.id] }, { key: KEY })).rejects.toMatchObject({ code: "not_found" });
    expect(await testDb.db.findingTicket.count({ where: { findingId: finding.id, createdBy: "a" } })).toBe(0);
  });
});

describe("generic webhook tracker", () => {
  it("posts signed findings and links the key and URL it answers", async () => {
    const tracker = await startLocalReceiver(() => ({ status: 200, body: { key: "OPS-7", url: "https://tracker.example.test/OPS-7" } }));
    const integration = await createTicketIntegration(testDb.db, admin, { kind: "webhook", name: "Ops", url: tracker.url, secret: "tracker-secret-0123" }, { key: KEY });
    const finding = await testDb.db.finding.findFirstOrThrow({ where: { status: "open", severity: "critical" } });
    expect(await createTicket(testDb.db, admin, { integrationId: integration.id, findingIds: [finding.id] }, { key: KEY, baseUrl: BASE })).toMatchObject({ key: "OPS-7" });
    const request = tracker.requests[0]!;
    expect(verifyWebhook(request.body, { signature: String(request.headers["vigil-signature"]), timestamp: String(request.headers["vigil-timestamp"]) }, "tracker-secret-0123", Math.floor(Date.now() / 1000))).toBe(true);
    expect(JSON.parse(request.body)).toMatchObject({ type: "ticket.requested", findings: [{ id: finding.id, url: `${BASE}/findings/${finding.id}` }] });
    expect(await testDb.db.findingTicket.findFirstOrThrow({ where: { findingId: finding.id, integrationId: integration.id } })).toMatchObject({ issueKey: "OPS-7" });
    await tracker.close();
  });
});
