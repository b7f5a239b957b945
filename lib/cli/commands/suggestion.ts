import { cliActor } from "@/lib/auth/cli-actor";
import { exportSuggestion } from "@/lib/principals/export-suggestion";
import { getLatestPrincipal } from "@/lib/principals/get-principal";
import { CliError } from "../cli-error";
import { type CliCommand, parseOptions } from "../cli-command";
import { withDatabase } from "../with-database";

export const suggestionCommand: CliCommand = {
  name: "suggestion",
  usage: "suggestion ARN [--format json|terraform]",
  summary: "Print a principal's least-privilege policy (JSON policy document or Terraform)",
  async run(args) {
    const [arn, ...rest] = args;
    if (!arn || arn.startsWith("-")) throw new CliError(`name the principal's ARN. Usage: vigil ${this.usage}`, 2);
    const chosen = parseOptions(rest, { format: { type: "string" } }, this.usage).format ?? "json";
    if (chosen !== "json" && chosen !== "terraform") throw new CliError("--format: expected one of json|terraform", 2);
    return withDatabase(async (database) => {
      const principal = await getLatestPrincipal(database, cliActor(), arn);
      if (!principal) throw new CliError(`no analysed principal ${arn}: is it a user or role ARN of a scanned account?`);
      process.stdout.write(exportSuggestion(principal.detail, chosen).body);
      return 0;
    }, { quiet: true });
  },
};
