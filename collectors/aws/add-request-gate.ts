import PQueue from "p-queue";

/** Loosely typed view of a client's middleware stack: each SDK client has its own generics. */
interface StackLike {
  addRelativeTo(
    middleware: (next: (args: unknown) => Promise<unknown>, context: { commandName?: string }) => (args: unknown) => Promise<unknown>,
    options: { relation: "after"; toMiddleware: string; name: string; override?: boolean },
  ): void;
}

export interface RequestGate {
  /** Requests per second allowed for this account and service (courtesy ceiling). */
  rate: PQueue | undefined;
  /** Requests in flight allowed for this service and region. */
  concurrency: PQueue;
}

export function createRateQueue(requestsPerSecond: number): PQueue | undefined {
  if (!Number.isFinite(requestsPerSecond)) return undefined;
  return new PQueue({ intervalCap: Math.max(1, Math.floor(requestsPerSecond)), interval: 1000 });
}

/** "GetBucketPolicyCommand" -> "GetBucketPolicy": the API name IAM actions and CloudTrail use. */
export function apiNameOf(commandName: string | undefined): string {
  return (commandName ?? "Unknown").replace(/Command$/, "");
}

/**
 * Runs after the retry middleware, so it sees every attempt: waits for a rate slot and a
 * concurrency slot, then reports the request to `onRequest` as it is sent.
 */
export function addRequestGate(
  client: { middlewareStack: unknown },
  gate: RequestGate,
  onRequest: (api: string) => void,
): void {
  (client.middlewareStack as StackLike).addRelativeTo(
    (next, context) => (args) =>
      gate.concurrency.add(async () => {
        if (gate.rate) await gate.rate.add(() => undefined);
        onRequest(apiNameOf(context.commandName));
        return next(args);
      }),
    { relation: "after", toMiddleware: "retryMiddleware", name: "vigilRequestGate", override: true },
  );
}
