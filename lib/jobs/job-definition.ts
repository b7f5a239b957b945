/**
 * A job is a definition (id, optional cron schedule, input schema, queue options) plus a handler that
 * is imported lazily, so a process that only enqueues never loads collectors or checks.
 */
import type { z } from "zod";

export interface JobContext {
  workerId: string;
  jobId: string;
  log(message: string): void;
  /** Sends another job from inside a handler (e.g. the scheduler queuing scans). */
  send(job: JobDefinition, input: unknown, options?: { singletonKey?: string }): Promise<void>;
}

export interface JobDefinition<Input extends z.ZodType = z.ZodType> {
  id: string;
  description: string;
  /** Cron (UTC); pg-boss fires each slot once across every worker process. */
  schedule?: string;
  input: Input;
  queue: { retryLimit: number; retryDelaySeconds: number; expireInSeconds: number };
  /** How many of these jobs one worker process runs at once (default 1); read when the worker starts. */
  concurrency?: () => number;
  handler(): Promise<{ default: (input: z.infer<Input>, context: JobContext) => Promise<void> }>;
}

export function defineJob<Input extends z.ZodType>(definition: JobDefinition<Input>): JobDefinition<Input> {
  return definition;
}
