import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { findAccounts } from "@/lib/accounts/find-accounts";
import { findLatestPosture } from "@/lib/posture/find-latest-posture";
import { findPostureHistory } from "@/lib/posture/find-posture-history";
import { serviceLabel } from "@/lib/findings/get-chart-series";
import { getScope } from "@/app/_auth/get-actor";
import { EmptyState } from "@/app/_components/empty-state";
import { JsonView } from "@/app/_components/json-view";
import { TimeAgo } from "@/app/_components/time-ago";

export const metadata: Metadata = { title: "Posture score" };

export default async function PosturePage() {
  await connection();
  const scope = await getScope();
  const [postures, accounts] = await Promise.all([findLatestPosture({ scope }), findAccounts(scope)]);
  const histories = await Promise.all(postures.map((posture) => findPostureHistory(posture.accountId, { scope, limit: 10 })));
  const names = new Map(accounts.map((account) => [account.id, account.name]));
  return (
    <>
      <div className="page-header">
        <div>
          <h1>Posture score</h1>
          <p className="muted">
            A score from 0 (everything that matters fails) to 100 (every evaluated check passes), computed after every scan.
            Each check counts once, weighted by severity (critical 10, high 6, medium 3, low 1, informational 0) and doubled
            when a failure is publicly exposed (×1.5 cross-account). A check that fails anywhere loses half its weight at
            once, and the rest in proportion to the share of resources failing it:
            score = 100 × (1 − Σ weight × loss ÷ Σ weight). The full explanation is docs/POSTURE-SCORE.md in the repository.
          </p>
        </div>
      </div>
      {postures.length === 0 ? (
        <EmptyState title="No score yet">A score is stored when a scan finishes.</EmptyState>
      ) : null}
      <div className="grid">
        {postures.map((posture, index) => (
          <section key={posture.accountId} className="card" aria-labelledby={`posture-${posture.accountId}`}>
            <h2 id={`posture-${posture.accountId}`}>
              {names.get(posture.accountId) ?? posture.accountId}: {posture.overall ? Math.round(posture.overall.score) : "—"}/100
            </h2>
            <table className="data">
              <thead>
                <tr><th scope="col">Scope</th><th scope="col" className="num">Score</th><th scope="col" className="num">Passed</th><th scope="col" className="num">Failed</th></tr>
              </thead>
              <tbody>
                {[...(posture.overall ? [posture.overall] : []), ...posture.services, ...posture.frameworks].map((row) => (
                  <tr key={row.id}>
                    <td>{row.scope === "overall" ? "Overall" : row.scope === "service" ? serviceLabel(row.key) : `Framework ${row.key}`}</td>
                    <td className="num">{row.score.toFixed(1)}</td>
                    <td className="num">{row.passed}</td>
                    <td className="num">{row.failed}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <h3 style={{ marginTop: "1rem" }}>Recent scores</h3>
            <ol className="muted">
              {(histories[index] ?? []).map((point) => (
                <li key={point.scanId}>{point.score.toFixed(1)} · <TimeAgo date={point.createdAt} /></li>
              ))}
            </ol>
            {posture.overall?.details ? (
              <details>
                <summary>Inputs of the overall score</summary>
                <JsonView value={posture.overall.details} label="Score inputs" />
              </details>
            ) : null}
          </section>
        ))}
      </div>
      <p><Link href="/">Back to the overview</Link></p>
    </>
  );
}
