/**
 * The dashboard benchmark's database and production server, shared by the "growth" and "dashboard"
 * sections of one run: data is seeded in account ranges, so growing from 10% to 100% only adds rows.
 */
import { createDatabase, type Database } from "@/lib/db/client";
import type { BenchContext } from "../report/bench-context";
import { createSessionCookie } from "./create-session-cookie";
import { accountId, seedDashboardAccounts, TOTAL_ACCOUNTS } from "./seed-dashboard-data";
import { buildDashboardIfNeeded, type RunningServer, startProductionServer } from "./start-production-server";

export const FULL_RESOURCES_PER_ACCOUNT = 2_000; // x 50 accounts = 100k resources, 1M findings

export interface DashboardFixture {
  database: Database;
  server: RunningServer;
  cookie?: string;
  /** Seeds up to `fraction` of the 50 accounts; returns how long seeding took and the row counts. */
  seedTo(fraction: number): Promise<{ seconds: number; accounts: number; resources: number; findings: number }>;
  pages(): Promise<string[]>;
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
  let cookie: string | undefined;
  try {
    cookie = await createSessionCookie(database);
  } catch (error) {
    context.log(`dashboard: no session cookie (${error instanceof Error ? error.message : String(error)}); loading pages signed out`);
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
    cookie,
    async seedTo(fraction) {
      const target = Math.max(1, Math.round(TOTAL_ACCOUNTS * fraction));
      const start = performance.now();
      if (target > seeded) {
        context.log(`dashboard: seeding accounts ${seeded}..${target - 1} (${resourcesPerAccount} resources each)`);
        await seedDashboardAccounts(database, { from: seeded, to: target, resourcesPerAccount });
        seeded = target;
      }
      const [resources, findings] = await Promise.all([database.resource.count(), database.finding.count()]);
      return { seconds: (performance.now() - start) / 1000, accounts: seeded, resources, findings };
    },
    async pages() {
      const finding = await database.finding.findFirst({ where: { accountId: accountId(0), status: "open" }, select: { id: true } });
      const resource = await database.resource.findFirst({ where: { accountId: accountId(0) }, select: { id: true } });
      const scan = await database.scan.findFirst({ orderBy: { finishedAt: "desc" }, select: { id: true } });
      return [
        "/",
        "/findings",
        "/findings?severity=critical&status=open",
        `/findings/${finding?.id}`,
        "/resources",
        `/resources/${resource?.id}`,
        "/posture",
        "/scans",
        `/api/scans/${scan?.id}`,
        "/api/health",
      ];
    },
  };
}
