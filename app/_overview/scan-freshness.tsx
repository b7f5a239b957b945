import Link from "next/link";
import { getScope } from "@/app/_auth/get-actor";
import { findLatestScans } from "@/lib/scans/find-latest-scans";
import { pickScansNeedingAttention } from "@/lib/scans/pick-scans-needing-attention";
import { ScanStatusBadge } from "@/app/_components/badges";
import { TimeAgo } from "@/app/_components/time-ago";
import { GapTable } from "@/app/_components/gap-table";
import styles from "@/app/_overview/overview.module.css";

/** Up to this many accounts each get their block; past it, only the ones needing a look do. */
const EVERY_ACCOUNT_UP_TO = 6;

/** How fresh the data is and what the last scan could not read. */
export async function ScanFreshness() {
  const all = await findLatestScans(await getScope());
  const picked = all.length > EVERY_ACCOUNT_UP_TO ? pickScansNeedingAttention(all, new Date()) : null;
  const scans = picked ? picked.shown : all;
  return (
    <section className="card" aria-labelledby="freshness-heading">
      <h2 id="freshness-heading">Scan freshness</h2>
      {all.length === 0 ? <p className="muted">No account is configured yet.</p> : null}
      {picked ? (
        <p data-testid="freshness-summary">
          <strong>{picked.fine.toLocaleString("en")} of {all.length.toLocaleString("en")} accounts</strong> were scanned completely in the last
          24 hours.{picked.needing > 0 ? ` ${picked.needing.toLocaleString("en")} need a look${picked.needing > picked.shown.length ? `; the first ${picked.shown.length}:` : ":"}` : ""}
        </p>
      ) : null}
      {scans.map(({ account, latest, finished }) => (
        <div key={account.id} className={styles.freshness}>
          <p>
            <strong>{account.name}</strong> <span className="muted mono">{account.id}</span>
          </p>
          {finished ? (
            <p>
              Last scan <ScanStatusBadge status={finished.status} /> finished <TimeAgo date={finished.finishedAt} />
              {" · "}
              {finished.resourceCount.toLocaleString("en")} resources · {finished.apiCalls.toLocaleString("en")} API calls
            </p>
          ) : (
            <p className="muted">Not scanned yet.</p>
          )}
          {latest && latest.id !== finished?.id ? (
            <p>
              A scan is {latest.status}: <Link href="/scans">follow it on the scans page</Link>.
            </p>
          ) : null}
          {finished && finished.gaps.length > 0 ? (
            <div className="notice warn">
              <p>
                <strong>{finished.gapCount} {finished.gapCount === 1 ? "gap" : "gaps"}:</strong> parts of the account could not be
                read, so findings there may be missing.
              </p>
              <GapTable gaps={finished.gaps} compact />
            </div>
          ) : finished ? (
            <p className="muted">Every service and region was read.</p>
          ) : null}
        </div>
      ))}
      <p><Link href="/scans">Scan history</Link></p>
    </section>
  );
}
