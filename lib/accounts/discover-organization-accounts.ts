/**
 * AWS Organizations discovery: from a management or delegated-administrator account, the member
 * accounts Vigil could scan, each with the role it would assume there (from a name template).
 */
import { paginateListAccounts, type Account as OrganizationAccount } from "@aws-sdk/client-organizations";
import { z } from "zod";
import { GLOBAL_SERVICE_REGION, type ClientFactory } from "@/collectors/aws/aws-service";
import { externalId as externalIdSchema, roleArn as roleArnSchema } from "@/lib/accounts/accounts.schemas";
import type { Database } from "@/lib/db/client";
import { VigilError } from "@/lib/errors/vigil-error";

export const ACCOUNT_ID_PLACEHOLDER = "{accountId}";
export const DEFAULT_ROLE_TEMPLATE = `arn:aws:iam::${ACCOUNT_ID_PLACEHOLDER}:role/VigilReadOnly`;

export const roleTemplateSchema = z
  .string()
  .trim()
  .refine((template) => template.includes(ACCOUNT_ID_PLACEHOLDER), `the role template must contain ${ACCOUNT_ID_PLACEHOLDER}`)
  .refine((template) => roleArnSchema.safeParse(roleArnFor(template, "123456789012")).success, "the role template must give an IAM role ARN, e.g. " + DEFAULT_ROLE_TEMPLATE);

export function roleArnFor(template: string, accountId: string): string {
  return template.replaceAll(ACCOUNT_ID_PLACEHOLDER, accountId);
}

export interface DiscoveredAccount {
  id: string;
  name: string;
  email: string | null;
  joinedAt: string | null;
  /** The role Vigil would assume in the account. */
  roleArn: string;
}

/**
 * Lists the organization's ACTIVE member accounts (organizations:ListAccounts, every page) through
 * `clients`, which must reach the management or a delegated-administrator account. Suspended,
 * closed or pending accounts are left out: a role in them cannot be assumed.
 */
export async function discoverOrganizationAccounts(options: { clients: ClientFactory; roleTemplate?: string }): Promise<DiscoveredAccount[]> {
  const template = roleTemplateSchema.parse(options.roleTemplate ?? DEFAULT_ROLE_TEMPLATE);
  const client = options.clients.client("organizations", GLOBAL_SERVICE_REGION);
  const accounts: DiscoveredAccount[] = [];
  for await (const page of paginateListAccounts({ client }, {})) {
    for (const account of page.Accounts ?? []) {
      if (!account.Id || !isActive(account)) continue;
      accounts.push({
        id: account.Id,
        name: account.Name ?? account.Id,
        email: account.Email ?? null,
        joinedAt: account.JoinedTimestamp?.toISOString() ?? null,
        roleArn: roleArnFor(template, account.Id),
      });
    }
  }
  return accounts.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

/** `State` replaces the deprecated `Status` (retired in September 2026); either may be present. */
function isActive(account: OrganizationAccount): boolean {
  return (account.State ?? account.Status) === "ACTIVE";
}

/**
 * Adds discovered accounts to Vigil with their role and the shared external id. Accounts Vigil
 * already has are left as they are (their role may have been set by hand). Returns the ids added.
 */
export async function addDiscoveredAccounts(
  database: Database,
  accounts: readonly DiscoveredAccount[],
  options: { externalId: string; regions?: string[]; scanSchedule?: string },
): Promise<{ added: string[]; existing: string[] }> {
  const externalId = externalIdSchema.parse(options.externalId);
  const known = new Set((await database.account.findMany({ where: { id: { in: accounts.map((a) => a.id) } }, select: { id: true } })).map((a) => a.id));
  const added: string[] = [];
  for (const account of accounts) {
    if (known.has(account.id)) continue;
    if (!roleArnSchema.safeParse(account.roleArn).success) throw new VigilError("invalid_input", `not a role ARN: ${account.roleArn}`);
    await database.account.create({
      data: {
        id: account.id,
        name: account.name,
        source: "aws",
        roleArn: account.roleArn,
        externalId,
        regions: options.regions ?? [],
        ...(options.scanSchedule ? { scanSchedule: options.scanSchedule } : {}),
      },
    });
    added.push(account.id);
  }
  return { added, existing: accounts.filter((a) => known.has(a.id)).map((a) => a.id) };
}
