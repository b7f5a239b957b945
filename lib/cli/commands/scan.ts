import { ensureDefaultAccount } from "@/lib/accounts/ensure-default-account";
import { analyzeScanIam } from "@/lib/principals/analyze-scan-iam";
import { createScan } from "@/lib/scans/create-scan";
import { createScanDependencies } from "@/lib/scans/create-scan-dependencies";
import { runScan } from "@/lib/scans/run-scan";
import { CliError } from "../cli-error";
import { type CliCommand, parseOptions } from "../cli-command";
import { withDatabase } from "../with-database";

export const scanCommand: CliCommand = {
  name: "scan",
  usage: "scan [--account ID]",
  summary: "Scan one account now (with none configured: the ambient credentials' account, or the sample)",
  async run(args) {
    const options = parseOptions(args, { account: { type: "string" } }, this.usage);
    return withDatabase(async (database) => {
      const accountId = options.account ?? (await ensureDefaultAccount(database)).id;
      const account = await database.account.findUnique({ where: { id: accountId } });
      if (!account) throw new CliError(`account ${accountId} is not configured in Vigil`);
      const scan = await createScan(database, { accountId, trigger: "cli" });
      console.error(`Scanning ${account.name} (${account.id})${account.source === "sample" ? " — the built-in sample account" : ""}...`);
      const outcome = await runScan(database, scan.id, createScanDependencies(), { workerId: `cli:${process.pid}` });
      if (outcome.status === "skipped") throw new CliError(`scan ${outcome.scanId} not run: ${outcome.reason}`);
      if (outcome.status === "failed") throw new CliError(`scan ${outcome.scanId} failed: ${outcome.error}`);
      const gaps = outcome.gaps > 0 ? `, ${outcome.gaps} gaps (see the scans page or scan_gaps)` : "";
      console.log(`Scan ${outcome.status}: ${outcome.resources} resources, ${outcome.openFindings} open findings${gaps}.`);
      // The worker queues this as a job; the CLI runs it inline so `vigil scan` leaves complete results.
      const iam = await analyzeScanIam(database, outcome.scanId);
      if (iam.status === "succeeded") console.log(`IAM analysis: ${iam.principals} users and roles.`);
      else console.error(`IAM analysis failed (the scan is kept): ${iam.error}`);
      return 0;
    });
  },
};
