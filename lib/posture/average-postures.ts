/**
 * The overview's headline when there are many accounts: the mean of their latest scores, overall and per
 * service, since fifty big numbers say less than one. Each account counts once, whatever its size. Pure.
 */
export interface PostureForAverage {
  overall: { score: number } | null;
  services: readonly { key: string; score: number }[];
}

export function averagePostures(postures: readonly PostureForAverage[]) {
  const mean = (values: number[]) => (values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length);
  const scored = postures.flatMap((posture) => (posture.overall ? [posture.overall.score] : []));
  const byService = new Map<string, number[]>();
  for (const posture of postures) for (const service of posture.services) byService.set(service.key, [...(byService.get(service.key) ?? []), service.score]);
  return {
    overall: mean(scored),
    accounts: scored.length,
    services: [...byService].map(([key, scores]) => ({ key, score: mean(scores)! })).sort((a, b) => a.key.localeCompare(b.key)),
  };
}
