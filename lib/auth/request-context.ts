/** The current request's origin (IP, user agent) and transport, inside server actions and route handlers. */
import "server-only";
import { headers } from "next/headers";
import { requestOrigin, type RequestOrigin } from "./request-origin";
import { isHttpsRequest } from "./session-cookie";

export async function currentRequest(): Promise<{ origin: RequestOrigin; https: boolean }> {
  const list = await headers();
  const host = list.get("host") ?? "localhost";
  return { origin: requestOrigin(list), https: isHttpsRequest(`http://${host}`, list) };
}
