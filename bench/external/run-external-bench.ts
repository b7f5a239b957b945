/**
 * Benchmarks other parts of Vigil keep beside this runner (bench/collection/collection.bench.ts,
 * bench/iam-engine.bench.ts): each runs as its own process with its own output; the runner records its
 * wall time and exit status, and its JSON results when it writes them.
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import type { BenchContext } from "../report/bench-context";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

export function externalBench(script: string, args: (context: BenchContext) => { args: string[]; out?: string }) {
  return {
    available: () => existsSync(new URL(`../../${script}`, import.meta.url)),
    async run(context: BenchContext): Promise<void> {
      if (!existsSync(new URL(`../../${script}`, import.meta.url))) {
        context.log(`${script} is not there; skipped`);
        return;
      }
      const { args: scriptArgs, out } = args(context);
      const tsx = createRequire(import.meta.url).resolve("tsx");
      const start = performance.now();
      const child = spawn(process.execPath, ["--conditions=react-server", "--import", tsx, script, ...scriptArgs], {
        cwd: ROOT,
        stdio: "inherit",
        env: { ...process.env, BENCH_SCALE: String(context.scale) },
      });
      const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
      const results = out && existsSync(`${ROOT}/${out}`) ? (JSON.parse(readFileSync(`${ROOT}/${out}`, "utf8")) as object) : undefined;
      context.record({ name: `${script}: wall time`, value: (performance.now() - start) / 1000, unit: "s", details: { exitCode: code, output: out, results } });
      if (code !== 0) throw new Error(`${script} exited with ${code}`);
    },
  };
}
