import type { StatementRef } from "@/lib/iam/evaluate/evaluate-request";
import { describeSource } from "@/lib/policy/parsed-policy";
import { sameSource, statementsOf } from "@/lib/principals/find-granting-statement";
import type { PolicyDocument } from "@/lib/principals/principal-detail";
import styles from "@/app/principals/[id]/principal.module.css";

/** The policies behind a risk or hop, each with the exact granting statements highlighted and the rest folded away. */
export function GrantingStatements({ refs, policies }: { refs: readonly StatementRef[]; policies: readonly PolicyDocument[] }) {
  const bySource = new Map<string, { label: string; policy: PolicyDocument | undefined; indexes: Set<number> }>();
  for (const ref of refs) {
    const label = describeSource(ref.source);
    const entry = bySource.get(label) ?? { label, policy: policies.find((p) => sameSource(p.source, ref.source)), indexes: new Set<number>() };
    entry.indexes.add(ref.statementIndex);
    bySource.set(label, entry);
  }
  return (
    <>
      {[...bySource.values()].map(({ label, policy, indexes }) => {
        const statements = policy ? statementsOf(policy.document) : [];
        const others = statements.map((statement, index) => ({ statement, index })).filter(({ index }) => !indexes.has(index));
        return (
          <div key={label} className={styles.policy}>
            <p className={`mono ${styles.policyName}`}>{label}</p>
            {[...indexes].sort((a, b) => a - b).map((index) => (
              <pre key={index} className={`${styles.statement} ${styles.granting}`} data-granting="true" aria-label={`Granting statement ${index} of ${label}`}>
                {statements[index] === undefined ? `statement ${index} of this policy (it belongs to another principal or resource; open it there)` : JSON.stringify(statements[index], null, 2)}
              </pre>
            ))}
            {others.length > 0 ? (
              <details className={styles.others}>
                <summary>{others.length} other {others.length === 1 ? "statement" : "statements"} in this policy</summary>
                {others.map(({ statement, index }) => <pre key={index} className={styles.statement}>{JSON.stringify(statement, null, 2)}</pre>)}
              </details>
            ) : null}
          </div>
        );
      })}
    </>
  );
}
