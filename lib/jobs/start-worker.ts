/**
 * A worker process: registers every job of the registry, runs their handlers through one wrapper
 * (validation, logging, timing, errors) and sets up cron schedules. Stateless: start as many as you like.
 */
import { hostname } from "node:os";
import type { JobContext, JobDefinition } from "./job-definition";
import { ensureQueue, openJobQueue, type JobQueue } from "./job-queue";
import { JOBS } from "./registry";

export interface RunningWorker {
  id: string;
  stop(): Promise<void>;
}

export async function startWorker(options: { connectionString: string }): Promise<RunningWorker> {
  const workerId = `${hostname()}:${process.pid}`;
  const boss = await openJobQueue(options.connectionString, { role: "worker" });
  for (const job of JOBS) {
    await ensureQueue(boss, job);
    // pg-boss 10 runs one job at a time per work() registration: register as many as the job's concurrency.
    for (let slot = 0; slot < Math.max(1, job.concurrency?.() ?? 1); slot++) {
      await boss.work(job.id, { batchSize: 1, pollingIntervalSeconds: 2 }, async (jobs) => {
        for (const queued of jobs) {
          await runJob(job, queued.data, {
            workerId,
            jobId: queued.id,
            send: async (next, input, sendOptions) => void (await sendJob(boss, next, input, sendOptions)),
          });
        }
      });
    }
    if (job.schedule) await boss.schedule(job.id, job.schedule, {}, { tz: "UTC" });
  }
  log(workerId, `worker started (${JOBS.map((job) => job.id).join(", ")})`);
  return {
    id: workerId,
    async stop() {
      await boss.stop({ graceful: true, timeout: 15_000, wait: true });
    },
  };
}

/** The one wrapper every job runs through. A thrown error fails the job so pg-boss retries it. */
export async function runJob(job: JobDefinition, data: unknown, meta: Omit<JobContext, "log">) {
  const started = Date.now();
  const context: JobContext = { ...meta, log: (message) => log(meta.workerId, `${job.id} ${message}`) };
  const input = job.input.safeParse(data ?? {});
  if (!input.success) {
    context.log(`rejected: invalid input (${input.error.issues.map((issue) => issue.message).join("; ")})`);
    return; // Retrying a malformed job cannot help.
  }
  try {
    const { default: handler } = await job.handler();
    await handler(input.data, context);
    if (!job.schedule) context.log(`done in ${Date.now() - started} ms`);
  } catch (error) {
    context.log(`failed after ${Date.now() - started} ms: ${error instanceof Error ? error.message : String(error)}`);
    throw error;
  }
}

export async function sendJob(boss: JobQueue, job: JobDefinition, input: unknown, options: { singletonKey?: string } = {}) {
  await ensureQueue(boss, job);
  return boss.send(job.id, job.input.parse(input) as object, options);
}

function log(workerId: string, message: string) {
  console.log(`[worker ${workerId}] ${message}`);
}
