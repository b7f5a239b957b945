"use client";
import { useActionState } from "react";
import { signInAction, type SignInState } from "@/app/(auth)/sign-in/actions";
import styles from "@/app/(auth)/auth.module.css";

export function SignInForm({ next }: { next: string }) {
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, { error: null });
  return (
    <form action={action} className={styles.form} aria-label="Sign in">
      <input type="hidden" name="next" value={next} />
      <label className={styles.field}>
        E-mail address
        <input name="email" type="email" autoComplete="username" required maxLength={254} />
      </label>
      <label className={styles.field}>
        Password
        <input name="password" type="password" autoComplete="current-password" required maxLength={256} />
      </label>
      <label className={styles.field}>
        Authenticator code <span className="muted">(if you set one up; required for administrators)</span>
        <input name="code" inputMode="numeric" autoComplete="one-time-code" pattern="[0-9]{6}" maxLength={6} />
      </label>
      {state.error ? <p role="alert" className={styles.error}>{state.error}</p> : null}
      <button type="submit" disabled={pending}>{pending ? "Signing in…" : "Sign in"}</button>
    </form>
  );
}
