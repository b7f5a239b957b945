"use server";
// User-management actions (administrators): each validates its input, authorises through the domain
// function (which audits) and revalidates only the users page.
import { revalidatePath } from "next/cache";
import { authSettings, publicBaseUrl } from "@/lib/auth/auth-settings";
import { createUser } from "@/lib/auth/create-user";
import { issueSetupLink } from "@/lib/auth/issue-setup-link";
import { currentRequest } from "@/lib/auth/request-context";
import { requireActor } from "@/lib/auth/require-actor";
import { updateUser, type UpdateUserInput } from "@/lib/auth/update-user";
import { db } from "@/lib/db/client";
import { VigilError } from "@/lib/errors/vigil-error";

export interface UserActionState {
  error: string | null;
  link: string | null;
}

async function run(body: () => Promise<string | null>): Promise<UserActionState> {
  try {
    const link = await body();
    revalidatePath("/admin/users");
    return { error: null, link };
  } catch (error) {
    if (error instanceof VigilError) return { error: error.message, link: null };
    if (error instanceof Error && error.name === "ZodError") return { error: "Check the form: a value is not valid.", link: null };
    throw error;
  }
}

const scopeOf = (value: FormDataEntryValue | null) =>
  typeof value === "string" ? value.split(/[\s,]+/).map((part) => part.trim()).filter(Boolean) : [];

export async function createUserAction(_previous: UserActionState, form: FormData): Promise<UserActionState> {
  const actor = await requireActor();
  const { origin } = await currentRequest();
  return run(async () => {
    const user = await createUser(db(), actor, {
      email: String(form.get("email") ?? ""), name: String(form.get("name") ?? ""),
      role: String(form.get("role") ?? "") as never, accountScope: scopeOf(form.get("accountScope")),
    }, { origin });
    const { url } = await issueSetupLink(db(), actor, { userId: user.id, baseUrl: publicBaseUrl() }, authSettings(), origin);
    return url;
  });
}

export async function updateUserAction(_previous: UserActionState, form: FormData): Promise<UserActionState> {
  const actor = await requireActor();
  const { origin } = await currentRequest();
  const userId = String(form.get("userId") ?? "");
  const intent = String(form.get("intent") ?? "");
  return run(async () => {
    if (intent === "setup_link") return (await issueSetupLink(db(), actor, { userId, baseUrl: publicBaseUrl() }, authSettings(), origin)).url;
    const change: UpdateUserInput =
      intent === "role" ? { userId, role: String(form.get("role") ?? "") as never }
      : intent === "disable" ? { userId, disabled: true }
      : intent === "enable" ? { userId, disabled: false }
      : intent === "unlock" ? { userId, unlock: true }
      : intent === "scope" ? { userId, accountScope: scopeOf(form.get("accountScope")) }
      : (() => { throw new VigilError("invalid_input", "Unknown change."); })();
    await updateUser(db(), actor, change, origin);
    return null;
  });
}
