import { cliActor } from "@/lib/auth/cli-actor";
import { VigilError } from "@/lib/errors/vigil-error";
import { describeSource } from "@/lib/policy/parsed-policy";
import { answerWhoCan } from "@/lib/principals/answer-who-can";
import { CliError } from "../cli-error";
import { type CliCommand, parseOptions } from "../cli-command";
import { withDatabase } from "../with-database";

export const whoCanCommand: CliCommand = {
  name: "who-can",
  usage: "who-can ACTION RESOURCE_ARN [--account ID] [--format text|json]",
  summary: "Who may do ACTION on RESOURCE, from the current inventory (allowed, or conditional and on what)",
  async run(args) {
    const [action, resource, ...rest] = args;
    if (!action || !resource || action.startsWith("-") || resource.startsWith("-")) throw new CliError(`name an action and a resource ARN. Usage: vigil ${this.usage}`, 2);
    const options = parseOptions(rest, { account: { type: "string" }, format: { type: "string" } }, this.usage);
    const output = options.format ?? "text";
    if (output !== "text" && output !== "json") throw new CliError("--format: expected one of text|json", 2);
    return withDatabase(async (database) => {
      const answer = await answerWhoCan(database, cliActor(), { action, resource, account: options.account }).catch((error: unknown) => {
        throw error instanceof VigilError && error.code === "invalid_input" ? new CliError(error.message, 2) : error;
      });
      if (output === "json") {
        process.stdout.write(`${JSON.stringify(answer, null, 2)}\n`);
        return 0;
      }
      const lines = [`Who can ${answer.action} on ${answer.resource} (accounts ${answer.accounts.join(", ") || "none"}): ${answer.entries.length}`];
      for (const entry of answer.entries) {
        lines.push(`  ${entry.decision.toUpperCase().padEnd(11)} ${entry.kind.padEnd(4)} ${entry.arn}`);
        for (const ref of entry.grantedBy) lines.push(`      granted by ${describeSource(ref.source)}, statement ${ref.statementIndex}`);
        for (const condition of entry.undecided) lines.push(`      if ${condition.key} ${condition.operator} ${JSON.stringify(condition.values)}`);
      }
      process.stdout.write(`${lines.join("\n")}\n`);
      return 0;
    }, { quiet: true });
  },
};
