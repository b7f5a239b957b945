import { getScope } from "@/app/_auth/get-actor";
import { findAccounts } from "@/lib/accounts/find-accounts";
import { findPostureTrend } from "@/lib/posture/find-posture-trend";
import { shapeScoreTrend } from "@/lib/posture/shape-score-trend";
import { ScoreTrendChart } from "@/app/_components/score-trend-chart";

/** The overall posture score of every account over the last 90 days. */
export async function PostureTrend() {
  const scope = await getScope();
  const [rows, accounts] = await Promise.all([findPostureTrend({ scope }), findAccounts(scope)]);
  const trend = shapeScoreTrend(rows, new Map(accounts.map((account) => [account.id, account.name])));
  return (
    <section className="card" aria-labelledby="trend-heading">
      <h2 id="trend-heading">Posture over time</h2>
      <ScoreTrendChart trend={trend} label="Overall posture score per account over the last 90 days, from 0 to 100" />
    </section>
  );
}
