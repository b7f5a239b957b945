"use server";
// Set-up link form action: sets the password (and TOTP) through completeSetup, then signs the user in.
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { authSettings } from "@/lib/auth/auth-settings";
import { completeSetupSchema } from "@/lib/auth/auth.schemas";
import { completeSetup } from "@/lib/auth/complete-setup";
import { currentRequest } from "@/lib/auth/request-context";
import { SESSION_COOKIE, sessionCookieOptions } from "@/lib/auth/session-cookie";
import { db } from "@/lib/db/client";
import { VigilError } from "@/lib/errors/vigil-error";

export interface SetupState {
  error: string | null;
}

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" && value !== "" ? value : undefined;
};

export async function completeSetupAction(_previous: SetupState, form: FormData): Promise<SetupState> {
  if (text(form, "password") !== text(form, "confirm")) return { error: "The two passwords differ." };
  const parsed = completeSetupSchema.safeParse({
    token: text(form, "token"), email: text(form, "email"), name: text(form, "name"), password: text(form, "password") ?? "",
    totpSecret: text(form, "totpSecret"), totpCode: text(form, "totpCode") ?? "",
  });
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "Check the form." };
  const { origin, https } = await currentRequest();
  try {
    const { session } = await completeSetup(db(), parsed.data, origin, authSettings());
    (await cookies()).set(SESSION_COOKIE, session.token, sessionCookieOptions(https, session.expiresAt));
  } catch (error) {
    if (error instanceof VigilError) return { error: error.message };
    throw error;
  }
  redirect("/");
}
