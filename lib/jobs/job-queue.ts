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

/**
 * Creates or updates a job's queue. Several workers starting together on a fresh database race in
 * pg-boss's createQueue (deadlock 40P01 or duplicate 23505): the loser simply tries again.
 */
export async function ensureQueue(boss: JobQueue, job: JobDefinition, attempt = 1): Promise<void> {
  try {
    await createOrUpdateQueue(boss, job);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if ((code !== "40P01" && code !== "23505") || attempt >= 5) throw error;
    await new Promise((resolve) => setTimeout(resolve, 100 * attempt + Math.random() * 100));
    await ensureQueue(boss, job, attempt + 1);
  }
}

async function createOrUpdateQueue(boss: JobQueue, job: JobDefinition): Promise<void> {
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
