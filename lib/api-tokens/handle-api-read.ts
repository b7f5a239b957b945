/**
 * The shape of every /api/v1 handler: verify the bearer token, check its grant, validate the query,
 * run the read, answer JSON. Errors become { error, message } with the status of lib/errors; nothing
 * else leaks. Kept outside app/ so it is tested without a Next server.
 */
import type { z } from "zod";
import type { Database } from "@/lib/db/client";
import { httpStatusFor, VigilError } from "@/lib/errors/vigil-error";
import type { TokenAction } from "./api-tokens.schemas";
import { authorizeApiToken, type ApiTokenPrincipal, verifyApiToken } from "./verify-api-token";

const HEADERS = { "Cache-Control": "no-store" };

export async function handleApiRead<Q extends z.ZodType>(
  request: Request,
  database: Database,
  options: { action: TokenAction; query: Q },
  read: (query: z.infer<Q>, principal: ApiTokenPrincipal) => Promise<unknown>,
): Promise<Response> {
  try {
    const principal = await verifyApiToken(database, request.headers.get("authorization"));
    authorizeApiToken(principal, options.action);
    const parsed = options.query.safeParse(Object.fromEntries(new URL(request.url).searchParams.entries()));
    if (!parsed.success) {
      throw new VigilError("invalid_input", parsed.error.issues.map((issue) => `${issue.path.join(".") || "query"}: ${issue.message}`).join("; "));
    }
    return Response.json(await read(parsed.data, principal), { headers: HEADERS });
  } catch (error) {
    if (!(error instanceof VigilError)) throw error;
    const headers: Record<string, string> = { ...HEADERS };
    if (error.code === "unauthenticated") headers["WWW-Authenticate"] = 'Bearer realm="vigil"';
    return Response.json({ error: error.code, message: error.message }, { status: httpStatusFor(error), headers });
  }
}
