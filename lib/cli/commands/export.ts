import { z } from "zod";
import { scopeOf } from "@/lib/auth/account-scope";
import { cliActor } from "@/lib/auth/cli-actor";
import { authorize } from "@/lib/auth/permissions";
import { publicBaseUrl } from "@/lib/auth/auth-settings";
import { EXPORT_FORMATS } from "@/lib/exports/export-format";
import { writeFindingsExport } from "@/lib/exports/write-findings-export";
import { exportFindings } from "@/lib/findings/export-findings";
import { type CliCommand, parseOptions } from "../cli-command";
import { FINDING_FILTER_ARGS, FINDING_FILTER_USAGE, findingFilterShape, toFindingFilter, validateOptions } from "../finding-filter-options";
import { withDatabase } from "../with-database";

const optionsSchema = z.object({
  format: z.enum(EXPORT_FORMATS).default("json"),
  ...findingFilterShape,
  "home-region": z.string().regex(/^[a-z]{2}(-gov)?-[a-z]+-\d$/, "an AWS region such as us-east-1").optional(),
});

/**
 * `vigil export`: findings for SIEMs and Security Hub, to stdout (redirect it to a file for a file drop).
 * ocsf = OCSF 1.3.0 Detection Findings, asff = Security Hub's BatchImportFindings `Findings` list.
 */
export const exportCommand: CliCommand = {
  name: "export",
  usage: `export [--format ocsf|asff|csv|json] ${FINDING_FILTER_USAGE} [--home-region r]`,
  summary: "Export findings as OCSF, ASFF (Security Hub), CSV or JSON",
  async run(args) {
    const raw = parseOptions(
      args,
      { format: { type: "string" }, ...FINDING_FILTER_ARGS, "home-region": { type: "string" } },
      this.usage,
    );
    const options = validateOptions(optionsSchema, raw);
    // The CLI acts as an administrator (cli-actor.ts); its reads still go through the central check and scope.
    const actor = cliActor();
    authorize(actor, "findings:export");
    await withDatabase(
      async (database) => {
        const findings = exportFindings(database, scopeOf(actor), toFindingFilter(options));
        await writeFindingsExport(findings, options.format, (chunk) => void process.stdout.write(chunk), {
          baseUrl: publicBaseUrl(),
          homeRegion: options["home-region"],
        });
      },
      { quiet: true },
    );
    return 0;
  },
};
