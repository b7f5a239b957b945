import { riskCategoryLabel } from "@/lib/principals/risk-categories";
import styles from "@/app/_components/badges.module.css";

export function AdminBadge() {
  return <span className={`${styles.badge} ${styles.critical}`} data-testid="full-admin-badge">Full admin</span>;
}

export function RiskCategoryBadges({ categories }: { categories: readonly string[] }) {
  if (categories.length === 0) return <span className="muted">none</span>;
  return (
    <>
      {categories.map((category) => (
        <span key={category} className={`${styles.badge} ${styles.neutral}`} data-category={category}>{riskCategoryLabel(category)}</span>
      ))}
    </>
  );
}

const SUGGESTION_LABELS: Record<string, { label: string; tone: string | undefined }> = {
  replace: { label: "Narrower policy", tone: styles.warn },
  remove: { label: "Unused: remove", tone: styles.warn },
  keep: { label: "Already minimal", tone: styles.ok },
  "not-enough-evidence": { label: "Not enough evidence", tone: styles.quiet },
};

export function SuggestionBadge({ state }: { state: string }) {
  const known = SUGGESTION_LABELS[state] ?? { label: state, tone: styles.quiet };
  return <span className={`${styles.badge} ${known.tone ?? ""}`}>{known.label}</span>;
}
