import type { Metadata } from "next";
import Link from "next/link";
import { findUsers } from "@/lib/auth/find-users";
import { requireActor } from "@/lib/auth/require-actor";
import { db } from "@/lib/db/client";
import { TimeAgo } from "@/app/_components/time-ago";
import { CreateUserForm, UserControls } from "@/app/admin/users/user-forms";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const actor = await requireActor();
  const users = await findUsers(db(), actor);
  return (
    <>
      <div className="page-header">
        <div>
          <h1>Users</h1>
          <p className="muted">Who can use Vigil and what they may do. <Link href="/admin/audit">Audit trail</Link></p>
        </div>
      </div>
      <CreateUserForm />
      <table className="data" aria-label="Users">
        <thead>
          <tr><th scope="col">User</th><th scope="col">Role</th><th scope="col">Accounts</th><th scope="col">Sign-in</th><th scope="col">Last sign-in</th><th scope="col">Change</th></tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id}>
              <td>{user.name}<div className="muted">{user.email}</div></td>
              <td>{user.role}{user.disabled ? " (disabled)" : ""}</td>
              <td>{user.accountScope.length ? user.accountScope.join(", ") : "all"}</td>
              <td>
                {[user.singleSignOn ? "single sign-on" : null, user.hasPassword ? "password" : null, user.hasSecondFactor ? "TOTP" : null].filter(Boolean).join(" + ") || "set-up pending"}
                {user.lockedUntil ? <div className="muted">locked</div> : null}
              </td>
              <td>{user.lastSignInAt ? <TimeAgo date={user.lastSignInAt} /> : "never"}</td>
              <td><UserControls userId={user.id} role={user.role} disabled={user.disabled} locked={user.lockedUntil !== null} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
