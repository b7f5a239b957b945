import Link from "next/link";
import { findAccounts } from "@/lib/accounts/find-accounts";
import { findLatestPosture } from "@/lib/posture/find-latest-posture";
import { serviceLabel } from "@/lib/findings/get-chart-series";
import styles from "@/app/_overview/overview.module.css";

/** The headline number: each account's latest overall posture score, with the way it is computed one click away. */
export async function PostureScoreCard() {
  const [postures, accounts] = await Promise.all([findLatestPosture(), findAccounts()]);
  const names = new Map(accounts.map((account) => [account.id, account.name]));
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
