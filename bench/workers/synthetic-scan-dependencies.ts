/**
 * Stands in for lib/scans/create-scan-dependencies.ts inside synthetic worker processes (see
 * redirect-scan-dependencies.mjs): the synthetic collector, with the real checks and posture score.
 * Settings (environment): SYNTHETIC_RESOURCES (per account, default 500), SYNTHETIC_PAGE_SIZE (default 50),
 * SYNTHETIC_PAGE_LATENCY_MS (default 100).
 */
import { evaluateAccount } from "@/lib/checks/evaluate-account";
import { computeScanPosture } from "@/lib/posture/compute-scan-posture";
import type { ScanDependencies } from "@/lib/scans/run-scan";
import { createSyntheticCollector } from "../synthetic/create-synthetic-collector";

const setting = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

export function createScanDependencies(): ScanDependencies {
  return {
    collect: createSyntheticCollector({
      resourcesPerAccount: setting("SYNTHETIC_RESOURCES", 500),
      pageSize: setting("SYNTHETIC_PAGE_SIZE", 50),
      pageLatencyMs: setting("SYNTHETIC_PAGE_LATENCY_MS", 100),
    }),
    evaluate: (resources, context) => evaluateAccount(resources, context),
    score: (tallies) => computeScanPosture(tallies),
  };
}
