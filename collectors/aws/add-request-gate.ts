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
  /**
   * The API's quota family in this account (and region, for regional quotas): AWS's own rate for
   * it, and its priority for a process slot (see ApiRateFamily.priority).
   */
  family?: (api: string) => { rate: RateLimiter | undefined; priority: number };
  /** Requests in flight allowed for this service and region. */
  concurrency: PQueue;
  /** Requests in flight allowed for the whole process (processRequestSlots). */
  slots?: PQueue;
}

/** A limiter of `requestsPerSecond` (none for Infinity). */
export function createRateQueue(requestsPerSecond: number): RateLimiter | undefined {
  if (!Number.isFinite(requestsPerSecond)) return undefined;
  return createTokenBucket(requestsPerSecond);
}

const apiNames = new Map<string, string>();

/** "GetBucketPolicyCommand" -> "GetBucketPolicy": the API name IAM actions and CloudTrail use. */
export function apiNameOf(commandName: string | undefined): string {
  const command = commandName ?? "Unknown";
  let api = apiNames.get(command);
  if (api === undefined) apiNames.set(command, (api = command.replace(/Command$/, "")));
  return api;
}

/**
 * Runs after the retry middleware, so it sees every attempt: waits for the API family's rate slot
 * first (so a throttled API never holds a concurrency slot other APIs could use), then the
 * service's courtesy slot, a concurrency slot of this client and one of the process, and reports
 * the request to `onRequest` as it is sent.
 */
export function addRequestGate(
  client: { middlewareStack: unknown },
  gate: RequestGate,
  onRequest: (api: string) => void,
): void {
  (client.middlewareStack as StackLike).addRelativeTo(
    (next, context) => async (args) => {
      const api = apiNameOf(context.commandName);
      const family = gate.family?.(api);
      if (family?.rate) await family.rate.take();
      if (gate.rate) await gate.rate.take();
      const send = () => {
        onRequest(api);
        return next(args);
      };
      const slots = gate.slots;
      return gate.concurrency.add(slots ? () => slots.add(send, { priority: family?.priority ?? 0 }) : send);
    },
    { relation: "after", toMiddleware: "retryMiddleware", name: "vigilRequestGate", override: true },
  );
}
