import type { Metadata } from "next";
import Link from "next/link";
import { getSetupToken } from "@/lib/auth/get-setup-token";
import { trySealingKey } from "@/lib/secrets/resolve-sealing-key";
import { generateTotpSecret, totpUri } from "@/lib/auth/totp";
import { db } from "@/lib/db/client";
import { SetupForm } from "@/app/(auth)/setup/setup-form";
import styles from "@/app/(auth)/auth.module.css";

export const metadata: Metadata = { title: "Set up your account", referrer: "no-referrer" };

export default async function SetupPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { token } = await searchParams;
  const setup = typeof token === "string" ? await getSetupToken(db(), token) : null;
  if (!setup || typeof token !== "string") {
    return (
      <section className={styles.panel}>
        <h1>This set-up link does not work</h1>
        <p>It may have expired or been used already. Ask an administrator for a new one, or run <code>vigil users create-admin --email you@example.com</code> on the server.</p>
        <p><Link href="/sign-in">Sign in</Link></p>
      </section>
    );
  }
  const secret = generateTotpSecret();
  const first = setup.purpose === "first_admin";
  const totpRequired = first || setup.user?.role === "admin";
  if (totpRequired && !trySealingKey()) {
    // Said before the form is filled in: the link stays unused until the server has a key.
    return (
      <section className={styles.panel}>
        <h1>Vigil cannot enrol an authenticator app yet</h1>
        <p>Administrators must use one, and Vigil seals its secret with a key it does not have. On the server, set{" "}
          <code>VIGIL_ENCRYPTION_KEY</code> (generate one with <code>openssl rand -hex 32</code>) for every Vigil process and restart it;
          this link will then work.</p>
      </section>
    );
  }
  return (
    <section className={styles.panel}>
      <h1>{first ? "Create the first administrator" : `Welcome, ${setup.user?.name ?? ""}`}</h1>
      <p className="muted">{first ? "This link works once. The account you create here administers Vigil." : `Choose a password for ${setup.user?.email ?? "your account"}.`}</p>
      <SetupForm token={token} askIdentity={first} totpSecret={secret} totpUri={totpUri(secret, setup.user?.email ?? "admin")} totpRequired={totpRequired} />
    </section>
  );
}
