/** The benchmark sections, in the order a full run executes them. */
import { runDashboardBench } from "./dashboard/run-dashboard-bench";
import { runEvaluationBench } from "./evaluation/run-evaluation-bench";
import { externalBench } from "./external/run-external-bench";
import { runGrowthBench } from "./growth/run-growth-bench";
import type { BenchContext } from "./report/bench-context";
import { runWorkersBench } from "./workers/run-workers-bench";

export interface BenchSection {
  name: string;
  description: string;
  run(context: BenchContext): Promise<void>;
}

export const SECTIONS: readonly BenchSection[] = [
  { name: "evaluation", description: "100k resources through checks and the findings lifecycle; 1%-changed rescan", run: runEvaluationBench },
  { name: "growth", description: "evaluation and dashboard figures at 10%, 30% and 100% of the data", run: runGrowthBench },
  { name: "dashboard", description: "pages and APIs under 1, 10 and 50 users with 1M findings; JavaScript per page", run: runDashboardBench },
  { name: "workers", description: "a 20-account run on one worker process, then on two", run: runWorkersBench },
  {
    name: "collection",
    description: "bench/collection: the real collectors against a simulated AWS organisation (skipped when absent)",
    run: externalBench("bench/collection/collection.bench.ts", (context) => ({
      args: ["--scale", String(context.scale), "--out", "bench/results/collection.json"],
      out: "bench/results/collection.json",
    })).run,
  },
  {
    name: "iam-engine",
    description: "bench/iam-engine.bench.ts: the IAM policy engine (skipped when absent)",
    run: externalBench("bench/iam-engine.bench.ts", () => ({ args: [] })).run,
  },
];
