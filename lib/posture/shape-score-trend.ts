/**
 * Score history rows -> what a trend chart draws: one point per snapshot time with a value per account,
 * the series (accounts) and a one-line text summary per series for screen readers and print. Pure.
 */
export interface ScoreRow {
  accountId: string;
  score: number;
  createdAt: Date;
}

export interface TrendSeries {
  key: string;
  name: string;
  first: number;
  last: number;
  change: number;
  points: number;
}

export interface ScoreTrend {
  /** { at: epoch ms, [accountId]: score } sorted by time. */
  data: Record<string, number>[];
  series: TrendSeries[];
}

const round = (value: number) => Math.round(value * 10) / 10;

export function shapeScoreTrend(rows: readonly ScoreRow[], names: ReadonlyMap<string, string> = new Map()): ScoreTrend {
  const byTime = new Map<number, Record<string, number>>();
  const perAccount = new Map<string, ScoreRow[]>();
  for (const row of [...rows].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())) {
    const at = row.createdAt.getTime();
    const point = byTime.get(at) ?? { at };
    point[row.accountId] = round(row.score);
    byTime.set(at, point);
    perAccount.set(row.accountId, [...(perAccount.get(row.accountId) ?? []), row]);
  }
  const series = [...perAccount].map(([key, history]): TrendSeries => {
    const first = round(history[0]!.score);
    const last = round(history.at(-1)!.score);
    return { key, name: names.get(key) ?? key, first, last, change: round(last - first), points: history.length };
  });
  series.sort((a, b) => a.last - b.last || a.name.localeCompare(b.name));
  return { data: [...byTime.values()], series };
}

/** "Sample account: 64.3 now, up 6.1 over 3 scans." */
export function describeSeries(series: TrendSeries): string {
  const direction = series.change > 0 ? `up ${series.change}` : series.change < 0 ? `down ${Math.abs(series.change)}` : "unchanged";
  return `${series.name}: ${series.last} now, ${direction} over ${series.points} scan${series.points === 1 ? "" : "s"}.`;
}
