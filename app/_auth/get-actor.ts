import "server-only";
import { requireActor, requireApiActor } from "@/lib/auth/require-actor";
import { scopeOf, type AccountScope } from "@/lib/auth/account-scope";
import type { Actor } from "@/lib/auth/permissions";

/**
 * Who is making this request: the signed-in user (lib/auth reads the session). Pages and server actions
 * use getActor (redirects to /sign-in when signed out); route handlers use getApiActor (throws
 * VigilError("unauthenticated"), answered as 401). Every part of app/ that needs the user comes through here.
 */
export async function getActor(): Promise<Actor> {
  return requireActor();
}

export async function getApiActor(): Promise<Actor> {
  return requireApiActor();
}

/** The accounts the signed-in user may see, for every read a page makes (lib/auth/account-scope). */
export async function getScope(): Promise<AccountScope> {
  return scopeOf(await requireActor());
}
