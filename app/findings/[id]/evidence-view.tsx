import { summariseEvidence } from "@/lib/findings/evidence-highlights";
import { JsonView } from "@/app/_components/json-view";
import styles from "@/app/findings/[id]/finding.module.css";

/** The evidence with what failed brought forward: the check's reason, then each value it points at. */
export function EvidenceView({ evidence }: { evidence: unknown }) {
  const summary = summariseEvidence(evidence);
  return (
    <div data-testid="evidence" role="group" aria-label="Evidence">
      {summary.reason ? <p className={styles.reason}><mark>{summary.reason}</mark></p> : null}
      {summary.highlights.length > 0 ? (
        <table className={`data ${styles.evidenceTable}`} aria-label="Values that failed the check">
          <thead><tr><th scope="col">Where</th><th scope="col">Value that failed the check</th></tr></thead>
          <tbody>
            {summary.highlights.map((item) => (
              <tr key={item.path}>
                <td className="mono">{item.path}</td>
                <td><mark className={`mono ${styles.value}`}>{item.value}</mark></td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <details className={styles.raw}>
        <summary>Raw evidence (JSON)</summary>
        <JsonView value={evidence} label="Raw evidence" />
      </details>
    </div>
  );
}
