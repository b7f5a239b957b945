import { userInfo } from "node:os";
import { z } from "zod";
import { createClientFactory } from "@/collectors/aws/create-client-factory";
import { createAccountInput, externalId as externalIdSchema } from "@/lib/accounts/accounts.schemas";
import { createAccount } from "@/lib/accounts/create-account";
import {
  addDiscoveredAccounts,
  DEFAULT_ROLE_TEMPLATE,
  discoverOrganizationAccounts,
  roleTemplateSchema,
} from "@/lib/accounts/discover-organization-accounts";
import { CliError } from "../cli-error";
import { type CliCommand, parseOptions } from "../cli-command";
import { withDatabase } from "../with-database";

const USAGE = [
  "accounts list [--format table|json]",
  "accounts add --id ID --name NAME --role-arn ARN [--external-id X] [--regions r1,r2]",
  `accounts discover [--from ID] [--role-template ${DEFAULT_ROLE_TEMPLATE}] [--add --external-id X] [--regions r1,r2]`,
].join(" | ");

/** The person at the terminal manages accounts as an administrator would. */
const cliActor = () => ({ userId: "cli", role: "admin" as const, accountScope: null, label: `cli:${userInfo().username}` });

const accountId = z.string().regex(/^\d{12}$/, "account ids have 12 digits");
const regions = z
  .string()
  .optional()
  .transform((value) => (value ? value.split(",").map((part) => part.trim()).filter(Boolean) : []))
  .pipe(z.array(z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/, "regions look like eu-west-1")));

const discoverSchema = z
  .object({
    from: accountId.optional(),
    "role-template": roleTemplateSchema.default(DEFAULT_ROLE_TEMPLATE),
    add: z.boolean().default(false),
    "external-id": externalIdSchema.optional(),
    regions,
  })
  .refine((value) => !value.add || value["external-id"], { message: "--add needs --external-id (the one the member roles require)", path: ["external-id"] });

const FLAG: Record<string, string> = { roleArn: "role-arn", externalId: "external-id" };

function parse<T>(schema: z.ZodType<T>, raw: unknown): T {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const key = String(issue?.path[0] ?? "option");
  throw new CliError(`--${FLAG[key] ?? key}: ${issue?.message ?? "invalid value"}`, 2);
}

export const accountsCommand: CliCommand = {
  name: "accounts",
  usage: USAGE,
  summary: "List, add, or discover (AWS Organizations) the accounts Vigil scans",
  async run(args) {
    const [action, ...rest] = args;
    if (action === "list") {
      const options = parse(z.object({ format: z.enum(["table", "json"]).default("table") }), parseOptions(rest, { format: { type: "string" } }, this.usage));
      return withDatabase(
        async (database) => {
          const accounts = await database.account.findMany({
            select: { id: true, name: true, source: true, enabled: true, roleArn: true, regions: true },
            orderBy: [{ name: "asc" }, { id: "asc" }],
          });
          if (options.format === "json") console.log(JSON.stringify(accounts, null, 2));
          else for (const a of accounts) console.log([a.id, a.name, a.source, a.enabled ? "enabled" : "disabled", a.roleArn ?? "(ambient credentials)", a.regions.join(",") || "all regions"].join("\t"));
          return 0;
        },
        { quiet: true },
      );
    }
    if (action === "add") {
      const raw = parseOptions(rest, { id: { type: "string" }, name: { type: "string" }, "role-arn": { type: "string" }, "external-id": { type: "string" }, regions: { type: "string" } }, this.usage);
      const options = parse(createAccountInput, { id: raw.id, name: raw.name, roleArn: raw["role-arn"], externalId: raw["external-id"], regions: raw.regions });
      return withDatabase(
        async (database) => {
          const account = await createAccount(database, cliActor(), options);
          console.log(`Added ${account.name} (${account.id}).`);
          return 0;
        },
        { quiet: true },
      );
    }
    if (action === "discover") {
      const raw = parseOptions(
        rest,
        { from: { type: "string" }, "role-template": { type: "string" }, add: { type: "boolean" }, "external-id": { type: "string" }, regions: { type: "string" } },
        this.usage,
      );
      const options = parse(discoverSchema, raw);
      return withDatabase(
        async (database) => {
          const from = options.from ? await database.account.findUnique({ where: { id: options.from } }) : null;
          if (options.from && !from) throw new CliError(`account ${options.from} is not configured in Vigil (add it first)`);
          const clients = createClientFactory({
            account: { accountId: from?.id ?? "", roleArn: from?.roleArn, externalId: from?.externalId },
            sink: { apiCall: () => undefined },
          });
          const discovered = await discoverOrganizationAccounts({ clients, roleTemplate: options["role-template"] }).catch((error: unknown) => {
            throw new CliError(`organizations:ListAccounts failed (${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}); run it from the management or a delegated-administrator account`);
          });
          for (const account of discovered) console.log([account.id, account.name, account.email ?? "", account.roleArn].join("\t"));
          if (!options.add) {
            console.error(`${discovered.length} active accounts. Add them with: vigil accounts discover${options.from ? ` --from ${options.from}` : ""} --add --external-id <id>`);
            return 0;
          }
          const result = await addDiscoveredAccounts(database, discovered, { externalId: options["external-id"]!, regions: options.regions });
          console.error(`Added ${result.added.length} accounts; ${result.existing.length} were already configured.`);
          return 0;
        },
        { quiet: true },
      );
    }
    throw new CliError(`unknown accounts action ${JSON.stringify(action ?? "")}. Usage: vigil ${this.usage}`, 2);
  },
};
