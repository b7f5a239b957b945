import { z } from "zod";
import { exportFindings, type ExportedFinding } from "@/lib/findings/export-findings";
import { csvRow } from "@/lib/findings/format-csv";
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
  format: z.enum(["json", "csv"]).default("json"),
  severity: list(z.enum(["critical", "high", "medium", "low", "informational"])),
  status: list(z.enum(["open", "in_progress", "resolved", "suppressed", "risk_accepted"])),
  account: list(z.string().regex(/^\d{12}$/, "account ids have 12 digits")),
  service: list(z.enum(["iam", "s3", "lambda", "kms"])),
  check: list(z.string().min(1)),
});

const COLUMNS: (keyof ExportedFinding)[] = [
  "id", "checkId", "title", "severity", "status", "resourceArn", "resourceType", "accountId", "region", "service",
  "firstSeen", "lastSeen", "resolvedAt", "dueAt", "reason",
];

export const findingsCommand: CliCommand = {
  name: "findings",
  usage: "findings [--format json|csv] [--severity s,..] [--status s,..] [--account id,..] [--service s,..] [--check id,..]",
  summary: "Print findings as JSON (an array of objects) or CSV",
  async run(args) {
    const raw = parseOptions(
      args,
      {
        format: { type: "string" }, severity: { type: "string" }, status: { type: "string" },
        account: { type: "string" }, service: { type: "string" }, check: { type: "string" },
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
          severity: options.severity, status: options.status, accountId: options.account,
          service: options.service, checkId: options.check,
        });
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
