/**
 * One worker process of a multi-process collection run: collects its range of simulated accounts
 * and prints the result as one JSON line (see run-collection-in-processes.ts).
 */
import { parseArgs } from "node:util";
import { runCollectionBenchmark } from "./run-collection-benchmark";

const { values } = parseArgs({ options: { scale: { type: "string" }, accounts: { type: "string" }, first: { type: "string" }, latency: { type: "string" }, courtesy: { type: "string" } } });
const result = await runCollectionBenchmark({
  scale: Number(values.scale),
  accounts: Number(values.accounts),
  firstAccount: Number(values.first ?? 0),
  latencyMs: Number(values.latency ?? 50),
  courtesyRatePerSecond: values.courtesy ? Number(values.courtesy) : Number.POSITIVE_INFINITY,
});
process.stdout.write(`${JSON.stringify(result)}\n`);
