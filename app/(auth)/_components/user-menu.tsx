import Link from "next/link";
import { can } from "@/lib/auth/permissions";
import { getSignedIn } from "@/lib/auth/require-actor";
import styles from "@/app/(auth)/auth.module.css";

/** The signed-in user's name, role, admin links and sign-out (a POST, so it cannot be triggered cross-site). */
export async function UserMenu() {
  const signedIn = await getSignedIn();
  if (!signedIn) return null;
  const { user, actor } = signedIn;
  return (
    <div className={styles.menu} data-testid="user-menu">
      {can(actor, "users:manage") ? <Link href="/admin/users">Users</Link> : null}
      {can(actor, "audit:read") ? <Link href="/admin/audit">Audit</Link> : null}
      <span title={user.email}>{user.name} <span className="muted">({user.role})</span></span>
      <form action="/api/auth/sign-out" method="post">
        <button type="submit" className="secondary">Sign out</button>
      </form>
    </div>
  );
}
