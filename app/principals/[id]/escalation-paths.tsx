import Link from "next/link";
import type { EscalationPath } from "@/lib/iam/escalation/escalation-path";
import { ADMIN } from "@/lib/iam/escalation/escalation-path";
import type { PolicyDocument } from "@/lib/principals/principal-detail";
import { techniquePermissions } from "@/lib/principals/technique-permissions";
import { GrantingStatements } from "@/app/principals/[id]/granting-statements";
import styles from "@/app/principals/[id]/principal.module.css";

const nameOf = (arn: string) => (arn === ADMIN ? "Administrator" : (arn.split("/").pop() ?? arn));

/** Each path to administrator, hop by hop: principal -> technique -> principal/admin, with permissions and assumptions. */
export function EscalationPaths({ arn, paths, policies, links }: {
  arn: string;
  paths: readonly EscalationPath[];
  policies: readonly PolicyDocument[];
  /** Principal row ids by ARN, to link the principals a path passes through. */
  links: ReadonlyMap<string, string>;
}) {
  if (paths.length === 0) return <p className="muted">No path to administrator was found from this principal.</p>;
  const node = (target: string) => {
    const id = links.get(target);
    return id && target !== arn ? <Link href={`/principals/${id}`}>{nameOf(target)}</Link> : <strong>{nameOf(target)}</strong>;
  };
  return (
    <ol className={styles.paths}>
      {paths.map((path, index) => (
        <li key={index} data-testid="escalation-path">
          <div className={styles.chain}>
            {[path.hops[0]?.from ?? arn, ...path.hops.map((hop) => hop.to)].map(nameOf).join(" → ")}
            {path.conditional ? <span className="muted"> (conditional)</span> : null}
          </div>
          <ol className={styles.hops}>
            {path.hops.map((hop, step) => {
              const used = techniquePermissions(hop.technique);
              return (
                <li key={step} data-testid="escalation-hop">
                  <div className={styles.hopLine}>
                    {node(hop.from)} <span aria-hidden="true">→</span>
                    <span className={styles.technique} title={hop.technique}>{hop.techniqueName}</span>
                    <span aria-hidden="true">→</span> {node(hop.to)}
                  </div>
                  <ul className={styles.hopFacts}>
                    {hop.via ? <li>on <span className="mono">{hop.via}</span></li> : null}
                    {used.length > 0 ? <li>permissions used: <span className="mono">{used.join(", ")}</span></li> : null}
                    {hop.undecided.map((condition) => <li key={condition}>undecided condition: <span className="mono">{condition}</span></li>)}
                    {hop.assumptions.map((assumption) => <li key={assumption}>assumes: {assumption}</li>)}
                  </ul>
                  {hop.from === arn && hop.statements.length > 0 ? <GrantingStatements refs={hop.statements} policies={policies} /> : null}
                </li>
              );
            })}
          </ol>
        </li>
      ))}
    </ol>
  );
}
