/** The triage domain functions against a real Postgres: what they write, and who may call them. */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { assignFindings } from "@/lib/findings/assign-findings";
import { commentOnFinding } from "@/lib/findings/comment-on-finding";
import { reopenExpiredSuppressions } from "@/lib/findings/reopen-expired-suppressions";
import { setFindingDueDate } from "@/lib/findings/set-finding-due-date";
import { suppressFindings } from "@/lib/findings/suppress-findings";
import { updateFindingStatus } from "@/lib/findings/update-finding-status";
import { seedDashboard } from "@/test/dashboard/seed-dashboard";
import { createTestDatabase, type TestDatabase } from "@/test/helpers/test-database";

vi.mock("server-only", () => ({}));

let testDb: TestDatabase;
let openIds: string[];
const NOW = new Date("2026-11-23T12:00:00Z");
const users = {
  admin: "00000000-0000-4000-8000-00000000000a",
  analyst: "00000000-0000-4000-8000-0000000000a1",
  engineer: "00000000-0000-4000-8000-0000000000e1",
  otherEngineer: "00000000-0000-4000-8000-0000000000e2",
  viewer: "00000000-0000-4000-8000-0000000000f1",
} as const;
const actor = (name: keyof typeof users): Actor => ({
  userId: users[name],
  role: name === "otherEngineer" ? "engineer" : name,
  accountScope: null,
});

beforeAll(async () => {
  testDb = await createTestDatabase();
  await seedDashboard(testDb.db, NOW);
  await testDb.db.user.createMany({
    data: Object.entries(users).map(([name, id]) => ({
      id, email: `${name}@example.com`, name, role: name === "otherEngineer" ? "engineer" : (name as Actor["role"]),
    })),
  });
  const rows = await testDb.db.finding.findMany({ where: { status: "open" }, orderBy: { id: "asc" }, select: { id: true } });
  openIds = rows.map((row) => row.id);
  expect(openIds.length).toBeGreaterThanOrEqual(8);
});

afterAll(async () => {
  await testDb?.drop();
});

const finding = (id: string) => testDb.db.finding.findUniqueOrThrow({ where: { id }, include: { events: { orderBy: { id: "asc" } } } });
const id = (index: number) => openIds[index]!;

describe("the status workflow", () => {
  it("takes a finding open -> in progress -> resolved, recording each step with its actor", async () => {
    await updateFindingStatus(testDb.db, actor("analyst"), { findingIds: [id(0)], status: "in_progress", comment: "Looking into it" }, NOW);
    await updateFindingStatus(testDb.db, actor("analyst"), { findingIds: [id(0)], status: "resolved" }, NOW);
    const row = await finding(id(0));
    expect(row).toMatchObject({ status: "resolved", resolution: "manual", resolvedAt: NOW });
    const steps = row.events.filter((event) => event.kind === "status_changed");
    expect(steps.map((event) => [event.fromStatus, event.toStatus, event.actor])).toEqual([
      ["open", "in_progress", users.analyst],
      ["in_progress", "resolved", users.analyst],
    ]);
    expect(steps[0]?.comment).toBe("Looking into it");
  });

  it("refuses a status a finding cannot move to, and changes nothing", async () => {
    await expect(updateFindingStatus(testDb.db, actor("analyst"), { findingIds: [id(0), id(1)], status: "in_progress" }, NOW))
      .rejects.toMatchObject({ code: "conflict" });
    expect((await finding(id(1))).status).toBe("open");
  });
});

describe("authorisation", () => {
  it("lets a viewer triage nothing", async () => {
    await expect(updateFindingStatus(testDb.db, actor("viewer"), { findingIds: [id(2)], status: "in_progress" }, NOW))
      .rejects.toMatchObject({ code: "forbidden" });
    await expect(commentOnFinding(testDb.db, actor("viewer"), { findingId: id(2), comment: "hi" }, NOW)).rejects.toMatchObject({ code: "forbidden" });
    expect((await finding(id(2))).events.some((event) => event.kind === "commented")).toBe(false);
  });

  it("lets an engineer change only the findings assigned to them", async () => {
    await assignFindings(testDb.db, actor("analyst"), { findingIds: [id(3)], assigneeId: users.otherEngineer }, NOW);
    await assignFindings(testDb.db, actor("analyst"), { findingIds: [id(4)], assigneeId: users.engineer }, NOW);
    await expect(updateFindingStatus(testDb.db, actor("engineer"), { findingIds: [id(3)], status: "in_progress" }, NOW))
      .rejects.toMatchObject({ code: "forbidden" });
    // All or nothing: one foreign finding in a bulk action refuses the whole action.
    await expect(updateFindingStatus(testDb.db, actor("engineer"), { findingIds: [id(4), id(3)], status: "in_progress" }, NOW))
      .rejects.toMatchObject({ code: "forbidden" });
    expect((await finding(id(4))).status).toBe("open");
    await updateFindingStatus(testDb.db, actor("engineer"), { findingIds: [id(4)], status: "in_progress" }, NOW);
    expect((await finding(id(4))).status).toBe("in_progress");
  });

  it("does not let an engineer suppress, even their own finding", async () => {
    await expect(
      suppressFindings(testDb.db, actor("engineer"), { findingIds: [id(4)], kind: "suppressed", reason: "false positive for sure", until: new Date(NOW.getTime() + 86_400_000) }, NOW),
    ).rejects.toMatchObject({ code: "forbidden" });
  });

  it("refuses to assign work to a viewer", async () => {
    await expect(assignFindings(testDb.db, actor("analyst"), { findingIds: [id(5)], assigneeId: users.viewer }, NOW))
      .rejects.toMatchObject({ code: "invalid_input" });
  });
});

describe("assignment, comments and due dates", () => {
  it("records who assigned the finding to whom", async () => {
    await assignFindings(testDb.db, actor("admin"), { findingIds: [id(5), id(6)], assigneeId: users.engineer }, NOW);
    const row = await finding(id(6));
    expect(row.assigneeId).toBe(users.engineer);
    expect(row.events.at(-1)).toMatchObject({ kind: "assigned", actor: users.admin, data: { from: null, to: users.engineer, toName: "engineer" } });
  });

  it("adds comments to the timeline and keeps a hand-set due date", async () => {
    await commentOnFinding(testDb.db, actor("engineer"), { findingId: id(5), comment: "Fix ships Friday" }, NOW);
    const due = new Date("2026-12-01T00:00:00Z");
    await setFindingDueDate(testDb.db, actor("engineer"), { findingIds: [id(5)], dueAt: due }, NOW);
    const row = await finding(id(5));
    expect(row.dueAt).toEqual(due);
    expect(row.events.map((event) => event.kind).slice(-2)).toEqual(["commented", "due_date_changed"]);
  });
});

describe("suppression and its expiry", () => {
  it("rejects a suppression without a future expiry or with a short justification", async () => {
    await expect(suppressFindings(testDb.db, actor("analyst"), { findingIds: [id(7)], kind: "suppressed", reason: "accepted for now", until: NOW }, NOW))
      .rejects.toMatchObject({ code: "invalid_input" });
    await expect(suppressFindings(testDb.db, actor("analyst"), { findingIds: [id(7)], kind: "suppressed", reason: "short", until: new Date(NOW.getTime() + 1000) }, NOW))
      .rejects.toThrow(/at least 10 characters/);
  });

  it("reopens an expired suppression without a scan, once, recording a system event", async () => {
    const until = new Date(NOW.getTime() + 60 * 60_000);
    await suppressFindings(testDb.db, actor("analyst"), { findingIds: [id(7)], kind: "risk_accepted", reason: "Compensating control: WAF in front", until }, NOW);
    expect(await finding(id(7))).toMatchObject({ status: "risk_accepted", suppressedUntil: until, suppressionReason: "Compensating control: WAF in front" });

    expect((await reopenExpiredSuppressions(testDb.db, new Date(until.getTime() - 1))).reopened).not.toContain(id(7));
    const later = new Date(until.getTime() + 1);
    expect((await reopenExpiredSuppressions(testDb.db, later)).reopened).toContain(id(7));
    expect((await reopenExpiredSuppressions(testDb.db, later)).reopened).not.toContain(id(7));

    const row = await finding(id(7));
    expect(row).toMatchObject({ status: "open", suppressedUntil: null, suppressionReason: null });
    expect(row.events.at(-1)).toMatchObject({ kind: "suppression_expired", actor: "system", fromStatus: "risk_accepted", toStatus: "open", data: { until: until.toISOString() } });
  });
});
