import Link from "next/link";
import { loadAccounts, loadLatestPosture } from "@/app/_overview/load-overview-data";

/** The accounts with the lowest latest score: where to look first. */
export async function WorstAccounts() {
  const [postures, accounts] = await Promise.all([loadLatestPosture(), loadAccounts()]);
  const names = new Map(accounts.map((account) => [account.id, account.name]));
  const ranked = postures
    .filter((posture) => posture.overall)
    .sort((a, b) => a.overall!.score - b.overall!.score)
    .slice(0, 5);
  return (
    <section className="card" aria-labelledby="worst-heading">
      <h2 id="worst-heading">Accounts with the lowest scores</h2>
      {ranked.length === 0 ? <p className="muted">No scores yet: they appear when the first scan finishes.</p> : (
        <table className="data" aria-label="Accounts by posture score, lowest first">
          <thead><tr><th scope="col">Account</th><th scope="col" className="num">Score</th><th scope="col" className="num">Failing checks</th></tr></thead>
          <tbody>
            {ranked.map((posture) => (
              <tr key={posture.accountId}>
                <td>
                  <Link href={`/findings?account=${posture.accountId}`}>{names.get(posture.accountId) ?? posture.accountId}</Link>
                  <div className="muted mono">{posture.accountId}</div>
                </td>
                <td className="num"><strong>{Math.round(posture.overall!.score)}</strong>/100</td>
                <td className="num">{posture.overall!.failed}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
