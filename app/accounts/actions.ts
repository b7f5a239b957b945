"use server";
// Adding an account and testing its connection from /accounts; validated with zod, authorised in lib/.
import { revalidatePath } from "next/cache";
import { getActor } from "@/app/_auth/get-actor";
import { recordAudit } from "@/app/_auth/record-audit";
import { runAction, type ActionResult } from "@/app/_actions/action-result";
import { connectionTestInput, createAccountInput } from "@/lib/accounts/accounts.schemas";
import { createAccount } from "@/lib/accounts/create-account";
import { testAccountConnection, type ConnectionTestResult } from "@/lib/accounts/test-account-connection";
import { db } from "@/lib/db/client";

const fields = (form: FormData) => ({
  id: form.get("id"), name: form.get("name"), roleArn: form.get("roleArn"), externalId: form.get("externalId") ?? "",
  regions: form.get("regions") ?? "", scanSchedule: form.get("scanSchedule") ?? "",
});

export async function createAccountAction(_previous: unknown, form: FormData): Promise<ActionResult<{ id: string; name: string }>> {
  return runAction(createAccountInput, fields(form), async (valid) => {
    const actor = await getActor();
    const account = await createAccount(db(), actor, valid);
    await recordAudit(actor, { action: "account.created", targetType: "account", targets: [account.id], details: { name: account.name, roleArn: valid.roleArn } });
    revalidatePath("/accounts");
    revalidatePath("/scans");
    return account;
  });
}

/** Not a mutation: nothing is written, but it calls AWS with Vigil's credentials, so it is an action, not a GET. */
export async function testConnectionAction(input: unknown): Promise<ActionResult<ConnectionTestResult>> {
  return runAction(connectionTestInput, input, async (valid) => {
    const actor = await getActor();
    return testAccountConnection(actor, valid);
  });
}
