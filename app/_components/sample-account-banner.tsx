import { connection } from "next/server";
import { findAccounts } from "@/lib/accounts/find-accounts";
import styles from "@/app/_components/sample-account-banner.module.css";

/** Tells people they are looking at demo data. Silent when the database cannot be read: pages report that. */
export async function SampleAccountBanner() {
  await connection();
  let accounts;
  try {
    accounts = await findAccounts();
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
