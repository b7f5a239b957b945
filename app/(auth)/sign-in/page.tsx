import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getSignedIn } from "@/lib/auth/require-actor";
import { oidcSettings } from "@/lib/auth/oidc/oidc-settings";
import { safeNextPath } from "@/lib/auth/safe-next-path";
import { SignInForm } from "@/app/(auth)/sign-in/sign-in-form";
import styles from "@/app/(auth)/auth.module.css";

export const metadata: Metadata = { title: "Sign in" };

const ERRORS: Record<string, string> = {
  sso_failed: "Single sign-on did not complete. Try again, or ask an administrator.",
  sso_denied: "Your single sign-on account is not allowed to use Vigil. Ask an administrator for access.",
  signed_out: "You are signed out.",
};

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const next = safeNextPath(typeof params.next === "string" ? params.next : "/");
  if (await getSignedIn()) redirect(next);
  const notice = typeof params.error === "string" ? ERRORS[params.error] : typeof params.notice === "string" ? ERRORS[params.notice] : undefined;
  const sso = oidcSettings();
  return (
    <section className={styles.panel}>
      <h1>Sign in to Vigil</h1>
      {notice ? <p role="status">{notice}</p> : null}
      {sso ? (
        <>
          <a className="button" href={`/api/auth/oidc/start?next=${encodeURIComponent(next)}`}>Sign in with {sso.name}</a>
          <p className={styles.divider}>or with a Vigil account</p>
        </>
      ) : null}
      <SignInForm next={next} />
    </section>
  );
}
