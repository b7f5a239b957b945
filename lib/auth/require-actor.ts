/**
 * The signed-in user for server components, server actions and route handlers, read from the session
 * cookie (once per request). proxy.ts has already refused anonymous requests; these re-check, because a
 * data function must never trust that the page it runs in was gated.
 *
 *   const actor = await requireActor();            // pages, actions: redirects to /sign-in when signed out
 *   authorize(actor, "findings:triage", { assigneeId });
 *   const actor = await requireApiActor();         // route handlers: throws VigilError("unauthenticated")
 */
import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { VigilError } from "@/lib/errors/vigil-error";
import { authSettings } from "./auth-settings";
import type { Actor } from "./permissions";
import { resolveSession, type SignedInUser } from "./resolve-session";
import { SESSION_COOKIE } from "./session-cookie";

export interface SignedIn {
  actor: Actor;
  user: SignedInUser;
}

/** The signed-in user, or null. Cached per request. */
export const getSignedIn = cache(async (): Promise<SignedIn | null> => {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  const session = await resolveSession(db(), token, authSettings());
  return session ? { actor: session.actor, user: session.user } : null;
});

export async function requireSignedIn(): Promise<SignedIn> {
  const signedIn = await getSignedIn();
  if (!signedIn) redirect("/sign-in");
  return signedIn;
}

export async function requireActor(): Promise<Actor> {
  return (await requireSignedIn()).actor;
}

export async function requireApiActor(): Promise<Actor> {
  const signedIn = await getSignedIn();
  if (!signedIn) throw new VigilError("unauthenticated", "Sign in first.");
  return signedIn.actor;
}
