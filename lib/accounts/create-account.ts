/** Adds an AWS account Vigil scans through a role it assumes (see docs/read-only-role/). */
import { authorize, type Actor } from "@/lib/auth/permissions";
import type { Database } from "@/lib/db/client";
import { VigilError } from "@/lib/errors/vigil-error";
import { loadEnv } from "@/lib/env";
import { createAccountInput, type CreateAccountInput } from "@/lib/accounts/accounts.schemas";

export async function createAccount(database: Database, actor: Actor, input: CreateAccountInput) {
  authorize(actor, "accounts:manage");
  const valid = createAccountInput.parse(input);
  const existing = await database.account.findUnique({ where: { id: valid.id }, select: { name: true } });
  if (existing) throw new VigilError("conflict", `Account ${valid.id} is already added as "${existing.name}".`);
  return database.account.create({
    data: {
      id: valid.id, name: valid.name, source: "aws", roleArn: valid.roleArn, externalId: valid.externalId ?? null,
      regions: valid.regions, scanSchedule: valid.scanSchedule ?? loadEnv().VIGIL_DEFAULT_SCHEDULE,
    },
    select: { id: true, name: true },
  });
}
