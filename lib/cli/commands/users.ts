import { z } from "zod";
import { authSettings, publicBaseUrl } from "@/lib/auth/auth-settings";
import { emailSchema, nameSchema, roleSchema } from "@/lib/auth/auth.schemas";
import { cliActor } from "@/lib/auth/cli-actor";
import { createUser } from "@/lib/auth/create-user";
import { ensureFirstAdminLink } from "@/lib/auth/ensure-first-admin-link";
import { findUsers } from "@/lib/auth/find-users";
import { hashPassword, PASSWORD_MAX, PASSWORD_MIN } from "@/lib/auth/hash-password";
import { issueSetupLink } from "@/lib/auth/issue-setup-link";
import { updateUser } from "@/lib/auth/update-user";
import type { Database } from "@/lib/db/client";
import { CliError } from "../cli-error";
import { type CliCommand, parseOptions } from "../cli-command";
import { withDatabase } from "../with-database";

const USAGE = "users <create-admin|create|list|set-role|disable|enable|unlock|setup-link> [--email E] [--role R] [--name N]";

const optionsSchema = z.object({
  email: emailSchema.optional(),
  name: nameSchema.optional(),
  role: roleSchema.optional(),
  // Names of environment variables, so secrets never appear in the process list or shell history.
  "password-env": z.string().regex(/^[A-Z_][A-Z0-9_]*$/).optional(),
  "totp-secret-env": z.string().regex(/^[A-Z_][A-Z0-9_]*$/).optional(),
});
type Options = z.infer<typeof optionsSchema>;

function need<T>(value: T | undefined, flag: string): T {
  if (value === undefined) throw new CliError(`--${flag} is required. Usage: vigil ${USAGE}`, 2);
  return value;
}

async function userIdByEmail(database: Database, email: string): Promise<string> {
  const user = (await findUsers(database, cliActor())).find((candidate) => candidate.email === email);
  if (!user) throw new CliError(`no user has the e-mail ${email}`);
  return user.id;
}

function secretFromEnv(name: string | undefined, check: (value: string) => boolean, what: string): string | undefined {
  if (!name) return undefined;
  const value = process.env[name];
  if (!value || !check(value)) throw new CliError(`${name} must hold ${what}`, 2);
  return value;
}

async function run(sub: string, options: Options, database: Database): Promise<void> {
  const actor = cliActor();
  const settings = authSettings();
  const base = publicBaseUrl();
  switch (sub) {
    case "create-admin":
    case "create": {
      const email = need(options.email, "email");
      const role = sub === "create-admin" ? "admin" : need(options.role, "role");
      const password = secretFromEnv(options["password-env"], (value) => value.length >= PASSWORD_MIN && value.length <= PASSWORD_MAX, `a password of ${PASSWORD_MIN} to ${PASSWORD_MAX} characters`);
      const totpSecret = secretFromEnv(options["totp-secret-env"], (value) => /^[A-Z2-7]{32}$/.test(value), "a 32-character base32 TOTP secret");
      const user = await createUser(database, actor, { email, name: options.name ?? email, role }, { passwordHash: password ? await hashPassword(password) : undefined, totpSecret });
      if (password) {
        console.log(`Created ${role} ${email}.`);
        return;
      }
      const { url, expiresAt } = await issueSetupLink(database, actor, { userId: user.id, baseUrl: base }, settings);
      console.log(`Created ${role} ${email}. One-time set-up link (valid until ${expiresAt.toISOString()}):\n${url}`);
      return;
    }
    case "list":
      for (const user of await findUsers(database, actor)) {
        console.log([user.email, user.role, user.disabled ? "disabled" : "active", user.hasSecondFactor ? "totp" : "no-totp", user.lockedUntil ? "locked" : ""].join("\t").trimEnd());
      }
      return;
    case "set-role":
      await updateUser(database, actor, { userId: await userIdByEmail(database, need(options.email, "email")), role: need(options.role, "role") });
      console.log(`Role changed; the user's sessions were ended.`);
      return;
    case "disable":
    case "enable":
      await updateUser(database, actor, { userId: await userIdByEmail(database, need(options.email, "email")), disabled: sub === "disable" });
      console.log(`User ${sub}d.`);
      return;
    case "unlock":
      await updateUser(database, actor, { userId: await userIdByEmail(database, need(options.email, "email")), unlock: true });
      console.log("User unlocked.");
      return;
    case "setup-link": {
      if (options.email) {
        const { url } = await issueSetupLink(database, actor, { userId: await userIdByEmail(database, options.email), baseUrl: base }, settings);
        console.log(url);
        return;
      }
      const url = await ensureFirstAdminLink(database, settings, base);
      if (!url) throw new CliError("Vigil already has users: pass --email to issue a link for one of them.");
      console.log(url);
      return;
    }
    default:
      throw new CliError(`unknown users subcommand "${sub}". Usage: vigil ${USAGE}`, 2);
  }
}

export const usersCommand: CliCommand = {
  name: "users",
  usage: USAGE,
  summary: "Manage users (the first administrator: users create-admin --email you@example.com)",
  async run(args) {
    const [sub, ...rest] = args;
    if (!sub) throw new CliError(`a subcommand is required. Usage: vigil ${USAGE}`, 2);
    const raw = parseOptions(
      rest,
      { email: { type: "string" }, name: { type: "string" }, role: { type: "string" }, "password-env": { type: "string" }, "totp-secret-env": { type: "string" } },
      USAGE,
    );
    const parsed = optionsSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new CliError(`--${String(issue?.path[0] ?? "option")}: ${issue?.message ?? "invalid value"}`, 2);
    }
    await withDatabase((database) => run(sub, parsed.data, database), { quiet: true });
    return 0;
  },
};
