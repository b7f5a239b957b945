"use client";
import { useActionState } from "react";
import { completeSetupAction, type SetupState } from "@/app/(auth)/setup/actions";
import styles from "@/app/(auth)/auth.module.css";

interface Props {
  token: string;
  askIdentity: boolean;
  totpSecret: string;
  totpUri: string;
  totpRequired: boolean;
}

export function SetupForm({ token, askIdentity, totpSecret, totpUri, totpRequired }: Props) {
  const [state, action, pending] = useActionState<SetupState, FormData>(completeSetupAction, { error: null });
  return (
    <form action={action} className={styles.form} aria-label="Set up your account">
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="totpSecret" value={totpSecret} />
      {askIdentity ? (
        <>
          <label className={styles.field}>E-mail address<input name="email" type="email" autoComplete="username" required maxLength={254} /></label>
          <label className={styles.field}>Name<input name="name" autoComplete="name" required maxLength={120} /></label>
        </>
      ) : null}
      <label className={styles.field}>Password (at least 12 characters)<input name="password" type="password" autoComplete="new-password" required minLength={12} maxLength={256} /></label>
      <label className={styles.field}>Password again<input name="confirm" type="password" autoComplete="new-password" required minLength={12} maxLength={256} /></label>
      <fieldset className={styles.form}>
        <legend>Authenticator app {totpRequired ? "(required for administrators)" : "(optional, recommended)"}</legend>
        <p className="muted">Add this secret to an authenticator app (or open the link on your phone), then enter the code it shows.</p>
        <p className={styles.secret} data-testid="totp-secret">{totpSecret}</p>
        <p><a href={totpUri}>Open in authenticator app</a></p>
        <label className={styles.field}>6-digit code<input name="totpCode" inputMode="numeric" autoComplete="one-time-code" pattern="[0-9]{6}" maxLength={6} required={totpRequired} /></label>
      </fieldset>
      {state.error ? <p role="alert" className={styles.error}>{state.error}</p> : null}
      <button type="submit" disabled={pending}>{pending ? "Saving…" : "Save and sign in"}</button>
    </form>
  );
}
