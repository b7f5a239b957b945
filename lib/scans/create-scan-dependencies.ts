/**
 * Wires the real scan dependencies: the collectors (AWS, or the built-in sample account's recordings),
 * the check catalogue with the account's own check configuration, and the posture score.
 */
import { collectAccount } from "@/collectors/collect-account";
import { collectSampleAccount } from "@/collectors/sample/collect-sample-account";
import { evaluateAccount } from "@/lib/checks/evaluate-account";
import { type Database, db } from "@/lib/db/client";
import { loadEnv } from "@/lib/env";
import { computeScanPosture } from "@/lib/posture/compute-scan-posture";
import { type AccountCheckConfiguration, EMPTY_CHECK_CONFIGURATION } from "@/lib/settings/check-settings";
import { loadAccountCheckConfiguration } from "@/lib/settings/check-settings-store";
import type { ScanDependencies } from "./run-scan";

/**
 * `database` defaults to the process-wide client. The account's check configuration is loaded when collection
 * starts (the collectors need its secret patterns) and reused by the synchronous evaluate step of the same scan.
 */
export function createScanDependencies(database?: Database): ScanDependencies {
  const env = loadEnv();
  const configurations = new Map<string, AccountCheckConfiguration>();
  return {
    async collect(account, sink) {
      const configuration = await loadAccountCheckConfiguration(database ?? db(), account.id);
      configurations.set(account.id, configuration);
      const secretPatterns = configuration.settings.secretPatterns ?? [];
      return account.source === "sample"
        ? collectSampleAccount(sink, { secretPatterns })
        : collectAccount({
            account: { accountId: account.id, roleArn: account.roleArn, externalId: account.externalId, regions: account.regions },
            sink,
            rateLimitPerSecond: env.VIGIL_API_RATE_LIMIT,
            secretPatterns,
          });
    },
    evaluate(resources, context) {
      const { settings, disabledChecks, exclusions } = configurations.get(context.accountId) ?? EMPTY_CHECK_CONFIGURATION;
      return evaluateAccount(resources, { ...context, settings, disabledChecks, exclusions });
    },
    score: (tallies) => computeScanPosture(tallies),
  };
}
