// Reopens expired suppressions between scans, so an expiry date means what it says even for an account
// whose scans are rare or failing.
import { db } from "@/lib/db/client";
import { reopenExpiredSuppressions } from "@/lib/findings/reopen-expired-suppressions";
import type { JobContext } from "../job-definition";

export default async function reopenExpired(_input: unknown, context: JobContext): Promise<void> {
  const { reopened } = await reopenExpiredSuppressions(db());
  if (reopened.length > 0) context.log(`reopened ${reopened.length} finding(s) whose suppression expired`);
}
