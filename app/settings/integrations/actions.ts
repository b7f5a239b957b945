"use server";
// Tracker integrations and API tokens from the settings page; validated and authorised in lib/.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getActor } from "@/app/_auth/get-actor";
import { runAction, type ActionResult } from "@/app/_actions/action-result";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { revokeApiToken } from "@/lib/api-tokens/revoke-api-token";
import { db } from "@/lib/db/client";
import { createTicketIntegration } from "@/lib/tickets/create-ticket-integration";

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
};

export async function createIntegrationAction(_previous: unknown, form: FormData): Promise<ActionResult<{ id: string }>> {
  const input = {
    kind: text(form, "kind"), name: text(form, "name"), baseUrl: text(form, "baseUrl"), email: text(form, "email"),
    apiToken: text(form, "apiToken"), projectKey: text(form, "projectKey"), issueType: text(form, "issueType"),
    url: text(form, "url"), secret: text(form, "secret"),
  };
  return runAction(z.unknown(), input, async (valid) => {
    const created = await createTicketIntegration(db(), await getActor(), valid);
    revalidatePath("/settings/integrations");
    return { id: created.id };
  });
}

/** Returns the token itself, once: the page shows it and it is never readable again. */
export async function createTokenAction(_previous: unknown, form: FormData): Promise<ActionResult<{ token: string }>> {
  const expires = text(form, "expiresInDays");
  const input = {
    name: text(form, "name"),
    actions: form.getAll("actions").filter((value): value is string => typeof value === "string"),
    accountScope: (text(form, "accountScope") ?? "").split(",").map((part) => part.trim()).filter(Boolean),
    expiresInDays: expires === "never" ? null : Number(expires ?? 90),
  };
  return runAction(z.unknown(), input, async (valid) => {
    const created = await createApiToken(db(), await getActor(), valid);
    revalidatePath("/settings/integrations");
    return { token: created.token };
  });
}

export async function revokeTokenAction(_previous: unknown, form: FormData): Promise<ActionResult<{ id: string }>> {
  return runAction(z.object({ tokenId: z.string().uuid() }), { tokenId: form.get("tokenId") }, async ({ tokenId }) => {
    await revokeApiToken(db(), await getActor(), tokenId);
    revalidatePath("/settings/integrations");
    return { id: tokenId };
  });
}
