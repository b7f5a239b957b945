import { z } from "zod";
import { publicBaseUrl } from "@/lib/auth/auth-settings";
import { EXPORT_FORMATS } from "@/lib/exports/export-format";
import { writeFindingsExport } from "@/lib/exports/write-findings-export";
import { exportFindings } from "@/lib/findings/export-findings";
import { CliError } from "../cli-error";
import { type CliCommand, parseOptions } from "../cli-command";
import { withDatabase } from "../with-database";

/** A comma-separated option, validated item by item. */
const list = <T extends string>(item: z.ZodType<T, string>) =>
  z.preprocess(
    (value) => (typeof value === "string" ? value.split(",").map((part) => part.trim()).filter(Boolean) : undefined),
    z.array(item).optional(),
  );

const optionsSchema = z.object({
  format: z.enum(EXPORT_FORMATS).default("json"),
  severity: list(z.enum(["critical", "high", "medium", "low", "informational"])),
  status: list(z.enum(["open", "in_progress", "resolved", "suppressed", "risk_accepted"])),
  account: list(z.string().regex(/^\d{12}$/, "account ids have 12 digits")),
  service: list(z.enum(["iam", "s3", "lambda", "kms"])),
  check: list(z.string().min(1)),
  "home-region": z.string().regex(/^[a-z]{2}(-gov)?-[a-z]+-\d$/, "an AWS region such as us-east-1").optional(),
});

/**
 * `vigil export`: findings for SIEMs and Security Hub, to stdout (redirect it to a file for a file drop).
 * ocsf = OCSF 1.3.0 Detection Findings, asff = Security Hub's BatchImportFindings `Findings` list.
 */
export const exportCommand: CliCommand = {
  name: "export",
  usage:
    "export [--format ocsf|asff|csv|json] [--severity s,..] [--status s,..] [--account id,..] [--service s,..] [--check id,..] [--home-region r]",
  summary: "Export findings as OCSF, ASFF (Security Hub), CSV or JSON",
  async run(args) {
    const raw = parseOptions(
      args,
      {
        format: { type: "string" }, severity: { type: "string" }, status: { type: "string" }, account: { type: "string" },
        service: { type: "string" }, check: { type: "string" }, "home-region": { type: "string" },
      },
      this.usage,
    );
    const parsed = optionsSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new CliError(`--${String(issue?.path[0] ?? "option")}: ${issue?.message ?? "invalid value"}`, 2);
    }
    const options = parsed.data;
    await withDatabase(
      async (database) => {
        const findings = exportFindings(database, {
          severity: options.severity, status: options.status, accountId: options.account, service: options.service, checkId: options.check,
        });
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
