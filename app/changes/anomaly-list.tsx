import type { AnomalySignal } from "@/lib/anomalies/anomaly-signal";

const KIND_LABEL: Record<AnomalySignal["kind"], string> = {
  permission_growth: "Permissions grew",
  became_public: "Became public",
  new_external_trust: "New external trust",
  access_key_burst: "Access key burst",
};

/** Rare changes, each with the observation and the baseline it deviates from, so nobody has to trust a score. */
export function AnomalyList({ anomalies }: { anomalies: AnomalySignal[] }) {
  if (anomalies.length === 0) return <p className="muted">No unusual change for this account in this window.</p>;
  return (
    <div className="card" role="region" aria-label="Unusual changes">
      <h3>Unusual changes</h3>
      <ul>
        {anomalies.map((signal) => (
          <li key={`${signal.kind}:${signal.resourceArn}:${signal.at.toISOString()}`}>
            <strong>{KIND_LABEL[signal.kind]}:</strong> {signal.summary}
            <br />
            <span>{signal.explanation}</span>
            <br />
            <span className="muted">Baseline: {signal.baseline.description}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
