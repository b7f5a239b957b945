import { z } from "zod";
import { scopeOf } from "@/lib/auth/account-scope";
import { cliActor } from "@/lib/auth/cli-actor";
import { authorize } from "@/lib/auth/permissions";
import { exportFindings, type ExportedFinding } from "@/lib/findings/export-findings";
import { csvRow } from "@/lib/findings/format-csv";
import { type CliCommand, parseOptions } from "../cli-command";
import { FINDING_FILTER_ARGS, FINDING_FILTER_USAGE, findingFilterShape, toFindingFilter, validateOptions } from "../finding-filter-options";
import { withDatabase } from "../with-database";

const optionsSchema = z.object({
  format: z.enum(["json", "csv"]).default("json"),
  ...findingFilterShape,
});

const COLUMNS: (keyof ExportedFinding)[] = [
  "id", "checkId", "title", "severity", "status", "resourceArn", "resourceType", "accountId", "region", "service",
  "firstSeen", "lastSeen", "resolvedAt", "dueAt", "reason",
];

export const findingsCommand: CliCommand = {
  name: "findings",
  usage: `findings [--format json|csv] ${FINDING_FILTER_USAGE}`,
  summary: "Print findings as JSON (an array of objects) or CSV",
  async run(args) {
    const raw = parseOptions(
      args,
      { format: { type: "string" }, ...FINDING_FILTER_ARGS },
      this.usage,
    );
    const options = validateOptions(optionsSchema, raw);
    // The CLI acts as an administrator (cli-actor.ts); its reads still go through the central check and scope.
    const actor = cliActor();
    authorize(actor, "findings:read");
    await withDatabase(
      async (database) => {
        const findings = exportFindings(database, scopeOf(actor), toFindingFilter(options));
        if (options.format === "csv") {
          process.stdout.write(csvRow(COLUMNS));
          for await (const finding of findings) process.stdout.write(csvRow(COLUMNS.map((column) => finding[column])));
          return;
        }
        process.stdout.write("[");
        let first = true;
        for await (const finding of findings) {
          process.stdout.write(`${first ? "\n" : ",\n"}${JSON.stringify(finding)}`);
          first = false;
        }
        process.stdout.write(first ? "]\n" : "\n]\n");
      },
      { quiet: true },
    );
    return 0;
  },
};
