/**
 * The Postgres-backed job queue (pg-boss). Workers on any number of machines share it; Postgres is
 * the only coordination. Web processes use it only to send jobs.
 */
import PgBoss from "pg-boss";
import type { JobDefinition } from "./job-definition";

export type JobQueue = PgBoss;

export async function openJobQueue(connectionString: string, options: { role: "worker" | "sender" }): Promise<JobQueue> {
  const boss = new PgBoss({
    connectionString,
    schema: "pgboss",
    max: options.role === "worker" ? 4 : 2,
    application_name: `vigil-${options.role}`,
    // Only workers run cron and maintenance; senders just insert jobs.
    schedule: options.role === "worker",
    supervise: options.role === "worker",
  });
  boss.on("error", (error: Error) => console.error(`[jobs] ${error.message}`));
  await boss.start();
  return boss;
}

export async function ensureQueue(boss: JobQueue, job: JobDefinition): Promise<void> {
  const options = {
    name: job.id,
    retryLimit: job.queue.retryLimit,
    retryDelay: job.queue.retryDelaySeconds,
    retryBackoff: true,
    expireInSeconds: job.queue.expireInSeconds,
  };
  if (await boss.getQueue(job.id)) await boss.updateQueue(job.id, options);
  else await boss.createQueue(job.id, options);
}
