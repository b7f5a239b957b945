import Link from "next/link";
import type { PrincipalListItem } from "@/lib/principals/find-principals";
import { SeverityBadge } from "@/app/_components/badges";
import { AdminBadge, RiskCategoryBadges, SuggestionBadge } from "@/app/principals/principal-badges";
import styles from "@/app/principals/principals.module.css";

export function PrincipalsTable({ items }: { items: PrincipalListItem[] }) {
  return (
    <table className="data" aria-label="Principals">
      <thead>
        <tr>
          <th scope="col">Principal</th>
          <th scope="col">Kind</th>
          <th scope="col">Worst risk</th>
          <th scope="col">Risk categories</th>
          <th scope="col" className="num">Escalation paths</th>
          <th scope="col">Least privilege</th>
        </tr>
      </thead>
      <tbody>
        {items.map((principal) => (
          <tr key={principal.id} data-testid="principal-row">
            <td className={styles.principal}>
              <Link href={`/principals/${principal.id}`}>{principal.name}</Link> {principal.fullAdmin ? <AdminBadge /> : null}
              <div className="muted mono">{principal.arn}</div>
            </td>
            <td>{principal.kind === "user" ? "User" : "Role"}</td>
            <td>{principal.topSeverity ? <SeverityBadge severity={principal.topSeverity} /> : <span className="muted">none</span>}</td>
            <td><div className={styles.categories}><RiskCategoryBadges categories={principal.riskCategories} /></div></td>
            <td className="num">{principal.escalationCount > 0 ? <strong>{principal.escalationCount}</strong> : <span className="muted">0</span>}</td>
            <td><SuggestionBadge state={principal.suggestionState} /></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
