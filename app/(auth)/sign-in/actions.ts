"use server";
// Sign-in form action: validates input, runs the password + TOTP sign-in and sets the session cookie.
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { authSettings } from "@/lib/auth/auth-settings";
import { signInSchema } from "@/lib/auth/auth.schemas";
import { currentRequest } from "@/lib/auth/request-context";
import { safeNextPath } from "@/lib/auth/safe-next-path";
import { SESSION_COOKIE, sessionCookieOptions } from "@/lib/auth/session-cookie";
import { signInWithPassword } from "@/lib/auth/sign-in-with-password";
import { db } from "@/lib/db/client";

export interface SignInState {
  error: string | null;
}

export async function signInAction(_previous: SignInState, form: FormData): Promise<SignInState> {
  const parsed = signInSchema.safeParse({ email: form.get("email"), password: form.get("password"), code: form.get("code") ?? "" });
  if (!parsed.success) return { error: "Enter your e-mail address, password and, if you use one, the 6-digit code." };
  const { origin, https } = await currentRequest();
  const result = await signInWithPassword(db(), parsed.data, origin, authSettings());
  if (!result.ok) {
    if (result.reason === "invalid") return { error: "The e-mail address, password or code is not right." };
    if (result.reason === "second_factor_unavailable") {
      return { error: "Vigil cannot check authenticator codes right now: its sealing key is missing or has changed. Ask the person who runs Vigil to restore VIGIL_ENCRYPTION_KEY (or the data folder's encryption.key)." };
    }
    return { error: `Too many failed attempts. Try again in ${Math.ceil((result.retryAfterSeconds ?? 60) / 60)} minutes.` };
  }
  (await cookies()).set(SESSION_COOKIE, result.session.token, sessionCookieOptions(https, result.session.expiresAt));
  redirect(safeNextPath(form.get("next")));
}
