/**
 * Wraps scan dependencies with clocks. runScan calls collect (which streams into the store), then flushes,
 * infers deletions and loads the live inventory, then evaluate, then applies the findings lifecycle, then
 * score and stores results; the gaps between the wrapped calls are those stages.
 */
import type { ScanDependencies } from "@/lib/scans/run-scan";

export interface StageTimes {
  "collect + store": number;
  "flush + deletions + load inventory": number;
  evaluate: number;
  "findings lifecycle": number;
  "scores + results": number;
  total: number;
}

export function timeScanStages(dependencies: ScanDependencies) {
  const marks: Record<string, number> = {};
  const mark = (name: string) => void (marks[name] = performance.now());
  const timed: ScanDependencies = {
    async collect(account, sink) {
      mark("collectStart");
      try {
        return await dependencies.collect(account, sink);
      } finally {
        mark("collectEnd");
      }
    },
    evaluate(resources, context) {
      mark("evaluateStart");
      const outcomes = dependencies.evaluate(resources, context);
      mark("evaluateEnd");
      return outcomes;
    },
    score(outcomes) {
      mark("scoreStart");
      return dependencies.score(outcomes);
    },
  };
  return {
    dependencies: timed,
    /** Call when runScan has returned. */
    stages(): StageTimes {
      const end = performance.now();
      const at = (name: string) => marks[name] ?? end;
      return {
        "collect + store": at("collectEnd") - at("collectStart"),
        "flush + deletions + load inventory": at("evaluateStart") - at("collectEnd"),
        evaluate: at("evaluateEnd") - at("evaluateStart"),
        "findings lifecycle": at("scoreStart") - at("evaluateEnd"),
        "scores + results": end - at("scoreStart"),
        total: end - at("collectStart"),
      };
    },
  };
}
