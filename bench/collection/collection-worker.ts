/**
 * One worker process of a collection run: asks the parent for accounts from the shared queue (over
 * the IPC channel) while it has room for `--per-worker` at once, and sends back what it measured
 * (see run-collection-in-processes.ts).
 */
import { parseArgs } from "node:util";
import { z } from "zod";
import { runCollectionWorker } from "./run-collection-worker";

const { values } = parseArgs({
  options: { scale: { type: "string" }, "per-worker": { type: "string" }, latency: { type: "string" }, courtesy: { type: "string" } },
});
const options = z
  .object({ scale: z.coerce.number().positive(), perWorker: z.coerce.number().int().positive(), latency: z.coerce.number().nonnegative(), courtesy: z.coerce.number().positive().optional() })
  .parse({ scale: values.scale, perWorker: values["per-worker"], latency: values.latency, courtesy: values.courtesy });
const send = (message: object) => new Promise<void>((resolve, reject) => process.send!(message, (error: Error | null) => (error ? reject(error) : resolve())));

/** The parent answers each "next" in order with { account } or { account: null }. */
const waiting: Array<(account: number | undefined) => void> = [];
process.on("message", (message: { account: number | null }) => waiting.shift()?.(message.account ?? undefined));
const nextAccount = () =>
  new Promise<number | undefined>((resolve) => {
    waiting.push(resolve);
    void send({ type: "next" });
  });

await send({ type: "ready" });
await new Promise((resolve) => process.once("message", resolve)); // "start": every worker has loaded
const result = await runCollectionWorker({
  scale: options.scale,
  perWorker: options.perWorker,
  nextAccount,
  latencyMs: options.latency,
  courtesyRatePerSecond: options.courtesy ?? Number.POSITIVE_INFINITY,
});
await send({ type: "result", result });
process.disconnect();
