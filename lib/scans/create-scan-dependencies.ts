/**
 * Wires the real scan dependencies: the collectors (AWS, or the built-in sample account's recordings),
 * the check catalogue and the posture score.
 */
import { collectAccount } from "@/collectors/collect-account";
import { collectSampleAccount } from "@/collectors/sample/collect-sample-account";
import { evaluateInventory } from "@/lib/checks/evaluate-inventory";
import { loadEnv } from "@/lib/env";
import { computeScanPosture } from "@/lib/posture/compute-scan-posture";
import type { ScanDependencies } from "./run-scan";

export function createScanDependencies(): ScanDependencies {
  const env = loadEnv();
  return {
    collect: (account, sink) =>
      account.source === "sample"
        ? collectSampleAccount(sink)
        : collectAccount({
            account: { accountId: account.id, roleArn: account.roleArn, externalId: account.externalId, regions: account.regions },
            sink,
            rateLimitPerSecond: env.VIGIL_API_RATE_LIMIT,
          }),
    evaluate: (resources, context) => evaluateInventory(resources, context),
    score: (outcomes) => computeScanPosture(outcomes),
  };
}
