/**
 * The actor for `vigil` commands. Whoever can run the CLI on the server already holds the database
 * connection, so the CLI acts as an administrator; it still goes through `authorize` and is audited as
 * "cli:<os user>".
 */
import { userInfo } from "node:os";
import type { Actor } from "./permissions";

export function cliActor(): Actor {
  let name = "unknown";
  try {
    name = userInfo().username;
  } catch {
    // no passwd entry (some containers)
  }
  return { userId: `cli:${name}`, role: "admin", accountScope: null, label: `cli:${name}` };
}
