import type { IamRisk } from "@/lib/iam/risks/iam-risk";
import type { PolicyDocument } from "@/lib/principals/principal-detail";
import { riskCategoryLabel } from "@/lib/principals/risk-categories";
import { SeverityBadge } from "@/app/_components/badges";
import { GrantingStatements } from "@/app/principals/[id]/granting-statements";
import styles from "@/app/principals/[id]/principal.module.css";

export function RiskList({ risks, policies }: { risks: readonly IamRisk[]; policies: readonly PolicyDocument[] }) {
  if (risks.length === 0) return <p className="muted">The engine found no risk in this principal&apos;s permissions or trust policy.</p>;
  return (
    <>
      {risks.map((risk, index) => (
        <article key={index} className={styles.risk} data-testid="risk" data-category={risk.category}>
          <h3 className={styles.riskTitle}>
            <SeverityBadge severity={risk.severity} /> {risk.title}
          </h3>
          <p className="muted">
            {riskCategoryLabel(risk.category)}
            {risk.conditional ? " · conditional: conditions the engine could not decide stand in the way" : ""}
          </p>
          {risk.actions.length > 0 ? (
            <p className={`mono ${styles.actions}`}>
              {risk.actions.join(", ")}
              {risk.actionCount > risk.actions.length ? <span className="muted"> and {risk.actionCount - risk.actions.length} more</span> : null}
            </p>
          ) : null}
          <GrantingStatements refs={risk.statements} policies={policies} />
        </article>
      ))}
    </>
  );
}
