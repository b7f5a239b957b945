import { cliActor } from "@/lib/auth/cli-actor";
import { describePrincipal } from "@/lib/principals/describe-principal";
import { findPrincipals, type PrincipalListItem } from "@/lib/principals/find-principals";
import { getLatestPrincipal } from "@/lib/principals/get-principal";
import { parsePrincipalsQuery } from "@/lib/principals/principals-query";
import { CliError } from "../cli-error";
import { type CliCommand, parseOptions } from "../cli-command";
import { withDatabase } from "../with-database";

const USAGE = "principals [--account ID] [--kind user|role] [--risk CATEGORY] [--format table|json] | principals show ARN [--format text|json]";

function format(value: string | undefined, allowed: readonly string[], fallback: string): string {
  const chosen = value ?? fallback;
  if (!allowed.includes(chosen)) throw new CliError(`--format: expected one of ${allowed.join("|")}`, 2);
  return chosen;
}

function table(rows: PrincipalListItem[]): string {
  const header = ["NAME", "KIND", "ACCOUNT", "RISK", "ADMIN", "ESCALATIONS", "SUGGESTION", "CATEGORIES"];
  const cells = rows.map((row) => [
    row.name, row.kind, row.accountId, row.topSeverity ?? "-", row.fullAdmin ? "yes" : "", String(row.escalationCount),
    row.suggestionState, row.riskCategories.join(","),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((cell) => cell[column]?.length ?? 0)));
  return [header, ...cells].map((cell) => cell.map((text, column) => text.padEnd(widths[column] ?? 0)).join("  ").trimEnd()).join("\n") + "\n";
}

async function list(args: string[]): Promise<number> {
  const raw = parseOptions(args, { account: { type: "string" }, kind: { type: "string" }, risk: { type: "string" }, format: { type: "string" } }, USAGE);
  const output = format(raw.format, ["table", "json"], "table");
  const parsed = parsePrincipalsQuery({ account: raw.account, kind: raw.kind, risk: raw.risk });
  if (!parsed.ok) throw new CliError(`--${parsed.problems[0] ?? "option: invalid"}`, 2);
  return withDatabase(async (database) => {
    const items: PrincipalListItem[] = [];
    let result;
    let page = 1;
    do {
      result = await findPrincipals(database, cliActor(), { ...parsed.query, page }, { pageSize: 1000 });
      items.push(...result.items);
      page++;
    } while (page <= result.pageCount);
    if (result.analyses.length === 0) console.error("No IAM analysis yet: run `vigil scan` first.");
    process.stdout.write(output === "json" ? `${JSON.stringify(items, null, 2)}\n` : items.length > 0 ? table(items) : "");
    return 0;
  }, { quiet: true });
}

async function show(args: string[]): Promise<number> {
  const [arn, ...rest] = args;
  if (!arn || arn.startsWith("-")) throw new CliError(`name the principal's ARN. Usage: vigil ${USAGE}`, 2);
  const output = format(parseOptions(rest, { format: { type: "string" } }, USAGE).format, ["text", "json"], "text");
  return withDatabase(async (database) => {
    const principal = await getLatestPrincipal(database, cliActor(), arn);
    if (!principal) throw new CliError(`no analysed principal ${arn}: is it a user or role ARN of a scanned account?`);
    process.stdout.write(
      output === "json"
        ? `${JSON.stringify({ accountId: principal.accountId, analysedAt: principal.analysis.finishedAt, scanId: principal.analysis.scanId, ...principal.detail }, null, 2)}\n`
        : describePrincipal(principal.detail, { accountId: principal.accountId, analysedAt: principal.analysis.finishedAt }),
    );
    return 0;
  }, { quiet: true });
}

export const principalsCommand: CliCommand = {
  name: "principals",
  usage: USAGE,
  summary: "List users and roles of the latest IAM analysis with their risks, or show one in full",
  run: (args) => (args[0] === "show" ? show(args.slice(1)) : list(args)),
};
