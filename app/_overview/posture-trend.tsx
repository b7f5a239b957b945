import { getScope } from "@/app/_auth/get-actor";
import { loadAccounts } from "@/app/_overview/load-overview-data";
import { findPostureTrend } from "@/lib/posture/find-posture-trend";
import { shapeScoreTrend } from "@/lib/posture/shape-score-trend";
import { ScoreTrendChart } from "@/app/_components/score-trend-chart";

/** The overall posture score of every account over the last 90 days. */
export async function PostureTrend() {
  const scope = await getScope();
  const [rows, accounts] = await Promise.all([findPostureTrend({ scope }), loadAccounts()]);
  const trend = shapeScoreTrend(rows, new Map(accounts.map((account) => [account.id, account.name])));
  return (
    <section className="card" aria-labelledby="trend-heading">
      <h2 id="trend-heading">Posture over time</h2>
      <ScoreTrendChart trend={trend} label="Overall posture score per account over the last 90 days, from 0 to 100" />
    </section>
  );
}
