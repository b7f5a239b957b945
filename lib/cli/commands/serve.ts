import { ensureDefaultAccount } from "@/lib/accounts/ensure-default-account";
import { authSettings, publicBaseUrl } from "@/lib/auth/auth-settings";
import { ensureFirstAdminLink } from "@/lib/auth/ensure-first-admin-link";
import { trySealingKey } from "@/lib/secrets/resolve-sealing-key";
import { loadEnv } from "@/lib/env";
import { scanAccountJob } from "@/lib/jobs/definitions/scan-account";
import { openJobQueue } from "@/lib/jobs/job-queue";
import { sendJob, startWorker, type RunningWorker } from "@/lib/jobs/start-worker";
import { createScan } from "@/lib/scans/create-scan";
import { type CliCommand, parseOptions } from "../cli-command";
import { assertWebPortFree } from "../assert-web-port-free";
import { startWebServer } from "../start-web-server";
import { spawnWorkerProcess } from "../spawn-worker-process";
import { waitForShutdownSignal } from "../wait-for-shutdown-signal";
import { withDatabase } from "../with-database";

export const serveCommand: CliCommand = {
  name: "serve",
  usage: "serve [--port N] [--workers N] [--no-initial-scan]",
  summary: "Serve the dashboard with job workers (what `npm start` runs)",
  async run(args) {
    const env = loadEnv();
    const options = parseOptions(
      args,
      { port: { type: "string" }, workers: { type: "string" }, "no-initial-scan": { type: "boolean" } },
      this.usage,
    );
    const port = options.port ? Number(options.port) : env.PORT;
    const workers = options.workers ? Number(options.workers) : env.VIGIL_WORKERS;
    await assertWebPortFree(port, env.HOSTNAME);

    return withDatabase(async (database, prepared) => {
      const account = await ensureDefaultAccount(database);
      const running: RunningWorker[] = [];
      if (workers > 0) running.push(await startWorker({ connectionString: prepared.url }));
      const children = Array.from({ length: Math.max(0, workers - 1) }, () => spawnWorkerProcess(prepared.url));

      const scanned = await database.scan.count({ where: { accountId: account.id, status: { in: ["succeeded", "partial"] } } });
      if (scanned === 0 && env.VIGIL_SCAN_ON_START && !options["no-initial-scan"]) {
        const scan = await createScan(database, { accountId: account.id, trigger: "startup" });
        const queue = await openJobQueue(prepared.url, { role: "sender" });
        await sendJob(queue, scanAccountJob, { scanId: scan.id });
        await queue.stop({ graceful: false, wait: true });
        console.log(`First scan of ${account.name} queued (${account.source === "sample" ? "no AWS credentials found: built-in sample account" : "ambient AWS credentials"}).`);
      }

      const web = startWebServer({ port, hostname: env.HOSTNAME, databaseUrl: prepared.url });
      console.log(`Vigil is serving http://${env.HOSTNAME === "0.0.0.0" ? "localhost" : env.HOSTNAME}:${port}`);
      // No default password, ever: while there are no users, each start prints a fresh one-time link.
      const setupLink = await ensureFirstAdminLink(database, authSettings(), publicBaseUrl());
      if (setupLink) console.log(`\nNo users yet. Create the first administrator with this one-time link:\n  ${setupLink}\n`);
      if (!trySealingKey()) {
        console.log("Authenticator apps cannot be enrolled yet (administrators need one): set VIGIL_ENCRYPTION_KEY (`openssl rand -hex 32`) and restart.\n");
      }
      const reason = await Promise.race([waitForShutdownSignal().then((signal) => `received ${signal}`), web.exited]);
      console.log(`Stopping Vigil (${reason})...`);
      web.stop();
      for (const child of children) child.kill("SIGTERM");
      await Promise.all(running.map((worker) => worker.stop()));
      return reason.startsWith("received") ? 0 : 1;
    });
  },
};
