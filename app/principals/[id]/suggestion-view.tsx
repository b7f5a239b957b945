import type { Suggestion } from "@/lib/iam/suggestions/suggest-least-privilege";
import { diffPolicyLines } from "@/lib/principals/diff-policy-lines";
import type { PolicyDocument } from "@/lib/principals/principal-detail";
import { SuggestionBadge } from "@/app/principals/principal-badges";
import styles from "@/app/principals/[id]/principal.module.css";

const ACTIONS_SHOWN = 200;

/** The least-privilege suggestion: current vs suggested side by side, removed permissions by risk, the proof, downloads. */
export function SuggestionView({ id, suggestion, policies }: { id: string; suggestion: Suggestion; policies: readonly PolicyDocument[] }) {
  if (suggestion.state !== "replace") {
    const title = { "not-enough-evidence": "Not enough evidence", remove: "Unused: remove this principal", keep: "Keep as it is" }[suggestion.state];
    return (
      <div data-testid="suggestion" data-state={suggestion.state}>
        <p><SuggestionBadge state={suggestion.state} /> <strong>{title}</strong></p>
        <p>{suggestion.reason}.</p>
        {suggestion.state === "not-enough-evidence" ? (
          <p className="muted">Vigil suggests a narrower policy only from IAM&apos;s last-accessed data covering the whole window; it never guesses from a partial record.</p>
        ) : null}
        {suggestion.state === "remove" && suggestion.lastUsed ? <p className="muted">Last used {suggestion.lastUsed}.</p> : null}
      </div>
    );
  }
  const diff = diffPolicyLines(policies, suggestion.policy);
  const removedCount = suggestion.removed.reduce((sum, group) => sum + group.actions.length, 0);
  return (
    <div data-testid="suggestion" data-state="replace">
      <p><SuggestionBadge state="replace" /> {suggestion.reason}.</p>
      <p>Keeps the {suggestion.usedActions.length} actions used in the last {suggestion.windowDays} days and removes {removedCount.toLocaleString("en")}.</p>
      <div className={styles.diff} aria-label="Current and suggested policies">
        <div>
          <h3>Current identity policies</h3>
          <pre className={styles.diffPane} data-testid="diff-current">
            {diff.left.map((line, index) => <span key={index} className={line.change === "removed" ? styles.removed : undefined}>{line.text}</span>)}
          </pre>
        </div>
        <div>
          <h3>Suggested policy</h3>
          <pre className={styles.diffPane} data-testid="diff-suggested">
            {diff.right.map((line, index) => <span key={index} className={line.change === "added" ? styles.added : undefined}>{line.text}</span>)}
          </pre>
        </div>
      </div>
      <h3>Removed permissions by risk</h3>
      <ul className={styles.groups}>
        {suggestion.removed.map((group) => (
          <li key={group.risk}>
            <details>
              <summary><strong>{group.risk}</strong>: {group.actions.length.toLocaleString("en")} actions</summary>
              <p className="mono">
                {group.actions.slice(0, ACTIONS_SHOWN).join(", ")}
                {group.actions.length > ACTIONS_SHOWN ? <span className="muted"> and {group.actions.length - ACTIONS_SHOWN} more (in the downloads)</span> : null}
              </p>
            </details>
          </li>
        ))}
      </ul>
      <div className={styles.proof} role="status" data-testid="suggestion-proof" data-verified={suggestion.proof.verified}>
        {suggestion.proof.verified ? (
          <p className="notice">Proof: verified by simulation over {suggestion.proof.checkedActions} actions. Every used action stays allowed and nothing is allowed that was not before.</p>
        ) : (
          <div className="notice warn">
            <p>Proof: not verified ({suggestion.proof.checkedActions} actions simulated).</p>
            {suggestion.proof.lostUsedActions.length > 0 ? <p>Used actions it would lose: <span className="mono">{suggestion.proof.lostUsedActions.join(", ")}</span></p> : null}
            {suggestion.proof.widenedActions.length > 0 ? <p>Actions it would newly allow: <span className="mono">{suggestion.proof.widenedActions.join(", ")}</span></p> : null}
          </div>
        )}
      </div>
      <p className={styles.downloads}>
        <a className="button" href={`/principals/${id}/suggestion?format=json`} download>Download JSON policy</a>
        <a className="button secondary" href={`/principals/${id}/suggestion?format=terraform`} download>Download Terraform</a>
      </p>
    </div>
  );
}
