"use client";
import { useActionState } from "react";
import { createUserAction, updateUserAction, type UserActionState } from "@/app/admin/users/actions";
import styles from "@/app/admin/admin.module.css";

const INITIAL: UserActionState = { error: null, link: null };
const ROLES = ["viewer", "engineer", "analyst", "admin"] as const;

function Outcome({ state }: { state: UserActionState }) {
  if (state.error) return <p role="alert" className={styles.error}>{state.error}</p>;
  if (state.link) return <p role="status" className={styles.notice}>One-time set-up link (share it privately; it works once): <span data-testid="setup-link">{state.link}</span></p>;
  return null;
}

export function CreateUserForm() {
  const [state, action, pending] = useActionState(createUserAction, INITIAL);
  return (
    <>
      <form action={action} className={styles.form} aria-label="Add a user">
        <label>E-mail<input name="email" type="email" required maxLength={254} /></label>
        <label>Name<input name="name" required maxLength={120} /></label>
        <label>Role<select name="role" defaultValue="viewer">{ROLES.map((role) => <option key={role}>{role}</option>)}</select></label>
        <label>Accounts (blank = all)<input name="accountScope" placeholder="123456789012, …" maxLength={2000} /></label>
        <button type="submit" disabled={pending}>Add user</button>
      </form>
      <Outcome state={state} />
    </>
  );
}

export function UserControls({ userId, role, disabled, locked }: { userId: string; role: string; disabled: boolean; locked: boolean }) {
  const [state, action, pending] = useActionState(updateUserAction, INITIAL);
  return (
    <div>
      <form action={action} className={styles.inline}>
        <input type="hidden" name="userId" value={userId} />
        <input type="hidden" name="intent" value="role" />
        <select name="role" defaultValue={role} aria-label="Role">{ROLES.map((option) => <option key={option}>{option}</option>)}</select>
        <button type="submit" className="secondary" disabled={pending}>Change role</button>
      </form>
      <form action={action} className={styles.inline}>
        <input type="hidden" name="userId" value={userId} />
        <button type="submit" name="intent" value={disabled ? "enable" : "disable"} className="secondary" disabled={pending}>{disabled ? "Enable" : "Disable"}</button>
        {locked ? <button type="submit" name="intent" value="unlock" className="secondary" disabled={pending}>Unlock</button> : null}
        <button type="submit" name="intent" value="setup_link" className="secondary" disabled={pending}>New set-up link</button>
      </form>
      <Outcome state={state} />
    </div>
  );
}
