import { startWorker } from "@/lib/jobs/start-worker";
import { type CliCommand, parseOptions } from "../cli-command";
import { waitForShutdownSignal } from "../wait-for-shutdown-signal";
import { withDatabase } from "../with-database";

export const workerCommand: CliCommand = {
  name: "worker",
  usage: "worker",
  summary: "Run a job worker (scans, schedules) until stopped",
  async run(args) {
    parseOptions(args, {}, this.usage);
    await withDatabase(async (_database, prepared) => {
      const worker = await startWorker({ connectionString: prepared.url });
      await waitForShutdownSignal();
      await worker.stop();
    });
    return 0;
  },
};
