import Link from "next/link";
import { averagePostures } from "@/lib/posture/average-postures";
import type { AccountPosture } from "@/lib/posture/find-latest-posture";
import { loadAccounts, loadLatestPosture } from "@/app/_overview/load-overview-data";
import { serviceLabel } from "@/lib/findings/get-chart-series";
import styles from "@/app/_overview/overview.module.css";

/** Up to this many accounts each get their score; past it, the card shows their average (the lowest are listed beside it). */
const EVERY_ACCOUNT_UP_TO = 6;

/** The headline number: each account's latest overall posture score, with the way it is computed one click away. */
export async function PostureScoreCard() {
  const [postures, accounts] = await Promise.all([loadLatestPosture(), loadAccounts()]);
  const names = new Map(accounts.map((account) => [account.id, account.name]));
  if (postures.length > EVERY_ACCOUNT_UP_TO) return <AverageScoreCard postures={postures} />;
  return (
    <section className={`card ${styles.score}`} aria-labelledby="score-heading">
      <h2 id="score-heading">Posture score</h2>
      {postures.length === 0 ? (
        <p className="muted">No score yet: it appears when the first scan finishes.</p>
      ) : (
        postures.map((posture) => (
          <div key={posture.accountId} className={styles.scoreRow}>
            {posture.overall ? (
              <p className={styles.scoreValue} data-testid="posture-score">
                {Math.round(posture.overall.score)}
                <span className={styles.scoreMax}>/100</span>
              </p>
            ) : null}
            <div>
              {postures.length > 1 ? <p className={styles.account}>{names.get(posture.accountId) ?? posture.accountId}</p> : null}
              {posture.overall ? (
                <p className="muted">
                  {posture.overall.passed} passed · {posture.overall.failed} failed checks
                </p>
              ) : null}
              <ul className={styles.serviceScores} aria-label="Score per service">
                {posture.services.map((service) => (
                  <li key={service.key}>
                    <span>{serviceLabel(service.key)}</span> <strong>{Math.round(service.score)}</strong>
                  </li>
                ))}
              </ul>
            </div>
          </div>
        ))
      )}
      <p className={styles.formulaLink}>
        <Link href="/posture">How the score is calculated</Link>
      </p>
    </section>
  );
}

/** Many accounts: the mean of their latest scores, overall and per service, with every account's one click away. */
function AverageScoreCard({ postures }: { postures: AccountPosture[] }) {
  const average = averagePostures(postures);
  return (
    <section className={`card ${styles.score}`} aria-labelledby="score-heading">
      <h2 id="score-heading">Posture score</h2>
      <div className={styles.scoreRow}>
        {average.overall !== null ? (
          <p className={styles.scoreValue} data-testid="posture-score">
            {Math.round(average.overall)}
            <span className={styles.scoreMax}>/100</span>
          </p>
        ) : null}
        <div>
          <p className={styles.account}>Average of {average.accounts.toLocaleString("en")} accounts</p>
          <ul className={styles.serviceScores} aria-label="Average score per service">
            {average.services.map((service) => (
              <li key={service.key}>
                <span>{serviceLabel(service.key)}</span> <strong>{Math.round(service.score)}</strong>
              </li>
            ))}
          </ul>
        </div>
      </div>
      <p className={styles.formulaLink}>
        <Link href="/posture">Every account&apos;s score, and how it is calculated</Link>
      </p>
    </section>
  );
}
