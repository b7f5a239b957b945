/**
 * `npm run bench [-- --only evaluation,workers] [--scale 0.1] [--name baseline]`
 * Runs the benchmark sections against real PostgreSQL (DATABASE_URL's server, or an embedded one), prints a
 * table of figures and writes it with the machine's description to bench/results/<name>.json (git-ignored).
 */
import { mkdir, writeFile } from "node:fs/promises";
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { startBenchServer } from "./postgres/bench-server";
import type { BenchContext } from "./report/bench-context";
import { describeMachine } from "./report/describe-machine";
import type { Figure } from "./report/figure";
import { formatFigures } from "./report/print-figures";
import { SECTIONS } from "./sections";

const { values } = parseArgs({
  options: {
    only: { type: "string" },
    scale: { type: "string", default: "1" },
    name: { type: "string" },
  },
});
const scale = Number(values.scale);
if (!(scale > 0)) throw new Error(`--scale must be a positive number, got ${values.scale}`);
const selected = values.only ? values.only.split(",").map((name) => name.trim()) : SECTIONS.map((section) => section.name);
for (const name of selected) {
  if (!SECTIONS.some((section) => section.name === name)) {
    throw new Error(`Unknown section "${name}"; sections: ${SECTIONS.map((section) => section.name).join(", ")}`);
  }
}

const started = new Date();
const server = await startBenchServer({ databaseUrl: process.env.DATABASE_URL });
const figures: Figure[] = [];
const cleanups: (() => Promise<void>)[] = [];
const failures: { section: string; error: string }[] = [];
const runStart = performance.now();
const machine = await describeMachine(server.url).catch(async (error: unknown) => {
  await server.stop();
  throw error;
});
const name = values.name ?? `bench-${started.toISOString().replace(/[:.]/g, "-")}`;
async function writeResults(): Promise<URL> {
  const file = new URL(`./results/${name}.json`, import.meta.url);
  await mkdir(new URL("./results/", import.meta.url), { recursive: true });
  const results = { name, startedAt: started.toISOString(), scale, sections: selected, machine, loadAverageAtEnd: loadavg(), embeddedPostgres: server.embedded, figures, failures };
  await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
  return file;
}
try {
  console.log(`Vigil benchmark, scale ${scale}: ${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGb} GB, Node ${machine.node}, PostgreSQL ${machine.postgres}${server.embedded ? " (embedded)" : ""}`);
  if ((machine.loadAverage[0] ?? 0) > machine.cores) {
    console.log(`Warning: load average ${machine.loadAverage.join(", ")} on ${machine.cores} cores; other work will slow every figure.`);
  }
  for (const section of SECTIONS.filter((candidate) => selected.includes(candidate.name))) {
    const sectionStart = performance.now();
    const context: BenchContext = {
      server,
      scale,
      record: (figure) => {
        const full = { section: section.name, ...figure };
        figures.push(full);
        console.log(`  ${section.name}: ${figure.name} = ${Number(figure.value).toFixed(3)} ${figure.unit}`);
      },
      log: (message) => console.log(`[${((performance.now() - runStart) / 1000).toFixed(0)}s] ${message}`),
      defer: (cleanup) => void cleanups.push(cleanup),
    };
    try {
      await section.run(context);
    } catch (error) {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      failures.push({ section: section.name, error: message });
      console.error(`Section ${section.name} failed: ${message}`);
    }
    context.record({ name: "section wall time", value: (performance.now() - sectionStart) / 1000, unit: "s" });
    await writeResults(); // after every section, so an interrupted run keeps what it measured
  }
  console.log(`\n${formatFigures(figures)}\n`);
  const file = await writeResults();
  console.log(`Wrote ${file.pathname}`);
} finally {
  for (const cleanup of cleanups.reverse()) await cleanup().catch((error: unknown) => console.error(error));
  await server.stop();
}
if (failures.length > 0) process.exitCode = 1;
