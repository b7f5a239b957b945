import { connection } from "next/server";
import { findAccounts } from "@/lib/accounts/find-accounts";
import { scopeOf } from "@/lib/auth/account-scope";
import { getSignedIn } from "@/lib/auth/require-actor";
import styles from "@/app/_components/sample-account-banner.module.css";

/**
 * Tells people they are looking at demo data, when an account they may see is the sample. Nothing for
 * signed-out visitors, and silent when the database cannot be read: pages report that.
 */
export async function SampleAccountBanner() {
  await connection();
  let accounts;
  try {
    const signedIn = await getSignedIn();
    if (!signedIn) return null;
    accounts = await findAccounts(scopeOf(signedIn.actor));
  } catch {
    return null;
  }
  if (!accounts.some((account) => account.source === "sample")) return null;
  return (
    <div className={styles.banner} role="status">
      Showing the built-in sample account: set AWS credentials and rescan to see your own
    </div>
  );
}
