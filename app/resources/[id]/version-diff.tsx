import type { ConfigurationChange } from "@/lib/inventory/diff-configurations";
import { formatDateTime } from "@/app/_format/format-time";
import styles from "@/app/resources/[id]/version-diff.module.css";

interface Version {
  id: string;
  capturedAt: Date;
}

const KIND_LABELS = { added: "Added", removed: "Removed", changed: "Changed" } as const;

/** Choose two versions (a GET form: the comparison is in the URL) and see what changed, field by field. */
export function VersionDiff({ resourceId, versions, from, to, changes }: {
  resourceId: string;
  versions: Version[];
  from: Version | null;
  to: Version | null;
  changes: ConfigurationChange[] | null;
}) {
  if (versions.length < 2) return <p className="muted">Only one version is stored: there is nothing to compare yet.</p>;
  return (
    <>
      <form method="get" action={`/resources/${resourceId}`} className={styles.form}>
        <label>
          From
          <select name="from" defaultValue={from?.id}>
            {versions.map((version) => <option key={version.id} value={version.id}>{formatDateTime(version.capturedAt)}</option>)}
          </select>
        </label>
        <label>
          To
          <select name="to" defaultValue={to?.id}>
            {versions.map((version) => <option key={version.id} value={version.id}>{formatDateTime(version.capturedAt)}</option>)}
          </select>
        </label>
        <button type="submit" className="secondary">Compare</button>
      </form>
      {changes === null ? <p className="notice warn">Those versions do not belong to this resource.</p> : changes.length === 0 ? (
        <p className="muted">No difference between these versions.</p>
      ) : (
        <table className="data" aria-label="Configuration changes" data-testid="version-diff">
          <thead><tr><th scope="col">Field</th><th scope="col">Change</th><th scope="col">Before</th><th scope="col">After</th></tr></thead>
          <tbody>
            {changes.map((change, index) => (
              <tr key={`${change.path} ${index}`}>
                <td className="mono">{change.path}</td>
                <td><span className={`${styles.kind} ${styles[change.kind]}`}>{KIND_LABELS[change.kind]}</span></td>
                <td className={`mono ${styles.value}`}>{change.before === undefined ? <span className="muted">—</span> : <del>{change.before}</del>}</td>
                <td className={`mono ${styles.value}`}>{change.after === undefined ? <span className="muted">—</span> : <ins>{change.after}</ins>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
