/**
 * The dashboard benchmark's database and production server, shared by the "growth" and "dashboard"
 * sections of one run: data is seeded in account ranges, so growing from 10% to 100% only adds rows.
 */
import { createDatabase, type Database } from "@/lib/db/client";
import type { BenchContext } from "../report/bench-context";
import { createApiTokenHeader } from "./create-api-token-header";
import { createSessionCookie, createSessionUser } from "./create-session-cookie";
import { accountId, seedDashboardAccounts, TOTAL_ACCOUNTS } from "./seed-dashboard-data";
import { buildDashboardIfNeeded, type RunningServer, startProductionServer } from "./start-production-server";

export const FULL_RESOURCES_PER_ACCOUNT = 2_000; // x 50 accounts = 100k resources, 1M findings
/** Open findings of the first account assigned to the benchmark's user, for "My work". */
const ASSIGNED_FINDINGS = 150;

/** One page or API of the load test: what the figures call it, its path, and the headers that sign it in. */
export interface DashboardPage {
  label: string;
  path: string;
  headers: Record<string, string>;
}

export interface DashboardFixture {
  database: Database;
  server: RunningServer;
  /** Seeds up to `fraction` of the 50 accounts; returns how long seeding took and the row counts. */
  seedTo(fraction: number): Promise<{ seconds: number; accounts: number; resources: number; findings: number }>;
  /** Every main page and the REST API's findings list, with a new session (call it again for each stage of a run). */
  pages(): Promise<DashboardPage[]>;
}

let shared: Promise<DashboardFixture> | undefined;

export function dashboardFixture(context: BenchContext): Promise<DashboardFixture> {
  shared ??= createFixture(context);
  return shared;
}

async function createFixture(context: BenchContext): Promise<DashboardFixture> {
  context.log("dashboard: building the app if needed");
  const warning = buildDashboardIfNeeded();
  if (warning) context.log(`dashboard: ${warning}`);
  const url = await context.server.createDatabase("dashboard");
  const database = createDatabase(url);
  let session: { userId: string; cookie: string } | undefined;
  let apiHeaders: Record<string, string> = {};
  try {
    session = await createSessionUser(database);
    apiHeaders = await createApiTokenHeader(database);
  } catch (error) {
    context.log(`dashboard: no session or API token (${error instanceof Error ? error.message : String(error)}); loading pages signed out`);
  }
  const server = await startProductionServer(url);
  context.defer(async () => {
    await server.stop();
    await database.$disconnect();
    shared = undefined;
  });
  const resourcesPerAccount = Math.max(20, Math.round(FULL_RESOURCES_PER_ACCOUNT * context.scale));
  let seeded = 0;
  return {
    database,
    server,
    async seedTo(fraction) {
      const target = Math.max(1, Math.round(TOTAL_ACCOUNTS * fraction));
      const start = performance.now();
      if (target > seeded) {
        context.log(`dashboard: seeding accounts ${seeded}..${target - 1} (${resourcesPerAccount} resources each)`);
        await seedDashboardAccounts(database, { from: seeded, to: target, resourcesPerAccount });
        if (seeded === 0 && session) await assignFindings(database, session.userId);
        seeded = target;
      }
      const [resources, findings] = await Promise.all([database.resource.count(), database.finding.count()]);
      return { seconds: (performance.now() - start) / 1000, accounts: seeded, resources, findings };
    },
    async pages() {
      const finding = await database.finding.findFirst({ where: { accountId: accountId(0), status: "open" }, select: { id: true } });
      const resource = await database.resource.findFirst({ where: { accountId: accountId(0) }, select: { id: true } });
      // A fresh session each time: a run longer than the rotation interval would otherwise be signed out part-way.
      const signedIn: Record<string, string> = session ? { cookie: await createSessionCookie(database, session.userId) } : {};
      const page = (label: string, path: string): DashboardPage => ({ label, path, headers: signedIn });
      return [
        page("overview", "/"),
        page("findings", "/findings"),
        page("findings filtered", "/findings?severity=critical&status=open"),
        page("findings grouped", "/findings?group=check"),
        page("finding", `/findings/${finding?.id}`),
        page("resources", "/resources"),
        page("resource", `/resources/${resource?.id}`),
        page("compliance framework", "/compliance/cis-aws-7.0"),
        page("my work", "/my-work"),
        page("principals", "/principals"),
        page("scans", "/scans"),
        page("posture", "/posture"),
        { label: "api v1 findings", path: "/api/v1/findings", headers: apiHeaders },
      ];
    },
  };
}

/** Gives the benchmark's user some open findings, each with the timeline event an assignment writes. */
async function assignFindings(database: Database, userId: string) {
  await database.$executeRaw`
    WITH picked AS (
      SELECT id FROM findings WHERE account_id = ${accountId(0)} AND status = 'open' ORDER BY id LIMIT ${ASSIGNED_FINDINGS}
    ), assigned AS (
      UPDATE findings f SET assignee_id = ${userId}::uuid FROM picked WHERE f.id = picked.id RETURNING f.id
    )
    INSERT INTO finding_events (finding_id, kind, actor, data, created_at)
    SELECT id, 'assigned', ${userId}, jsonb_build_object('assigneeId', ${userId}::text), now() FROM assigned`;
}
