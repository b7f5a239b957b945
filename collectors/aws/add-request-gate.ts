import PQueue from "p-queue";
import { createTokenBucket, type RateLimiter } from "@/collectors/aws/create-token-bucket";

/** Loosely typed view of a client's middleware stack: each SDK client has its own generics. */
interface StackLike {
  addRelativeTo(
    middleware: (next: (args: unknown) => Promise<unknown>, context: { commandName?: string }) => (args: unknown) => Promise<unknown>,
    options: { relation: "after"; toMiddleware: string; name: string; override?: boolean },
  ): void;
}

export interface RequestGate {
  /** Requests per second allowed for this account and service (courtesy ceiling). */
  rate: RateLimiter | undefined;
  /** AWS's own quota for the API's family in this account (and region, for regional quotas). */
  familyRate?: (api: string) => RateLimiter | undefined;
  /** Requests in flight allowed for this service and region. */
  concurrency: PQueue;
}

/** A limiter of `requestsPerSecond` (none for Infinity). */
export function createRateQueue(requestsPerSecond: number): RateLimiter | undefined {
  if (!Number.isFinite(requestsPerSecond)) return undefined;
  return createTokenBucket(requestsPerSecond);
}

/** "GetBucketPolicyCommand" -> "GetBucketPolicy": the API name IAM actions and CloudTrail use. */
export function apiNameOf(commandName: string | undefined): string {
  return (commandName ?? "Unknown").replace(/Command$/, "");
}

/**
 * Runs after the retry middleware, so it sees every attempt: waits for the API family's rate slot
 * first (so a throttled API never holds a concurrency slot other APIs could use), then the
 * service's courtesy slot and a concurrency slot, and reports the request to `onRequest` as it is sent.
 */
export function addRequestGate(
  client: { middlewareStack: unknown },
  gate: RequestGate,
  onRequest: (api: string) => void,
): void {
  (client.middlewareStack as StackLike).addRelativeTo(
    (next, context) => async (args) => {
      const api = apiNameOf(context.commandName);
      const family = gate.familyRate?.(api);
      if (family) await family.take();
      if (gate.rate) await gate.rate.take();
      return gate.concurrency.add(() => {
        onRequest(api);
        return next(args);
      });
    },
    { relation: "after", toMiddleware: "retryMiddleware", name: "vigilRequestGate", override: true },
  );
}
