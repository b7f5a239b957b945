import type { PrincipalsQuery } from "@/lib/principals/principals-query";
import { RISK_CATEGORIES, riskCategoryLabel } from "@/lib/principals/risk-categories";
import { FilterSelect } from "@/app/_components/filter-select";
import styles from "@/app/principals/principals.module.css";

/** The list's filters as a GET form: the URL holds them and the server renders the filtered page. */
export function PrincipalsFilters({ query, accounts }: { query: PrincipalsQuery; accounts: { id: string; name: string }[] }) {
  return (
    <form method="get" action="/principals" className={`card ${styles.filters}`} aria-label="Filter principals">
      <label className={styles.search}>
        Search name or ARN
        <input type="search" name="q" defaultValue={query.q ?? ""} placeholder="e.g. deploy" />
      </label>
      <FilterSelect name="kind" label="Kind" anyLabel="Users and roles" value={query.kind ?? ""}
        options={[{ value: "user", label: "Users" }, { value: "role", label: "Roles" }]} />
      <FilterSelect name="risk" label="Risk" anyLabel="Any risk" value={query.risk ?? ""}
        options={RISK_CATEGORIES.map((category) => ({ value: category, label: riskCategoryLabel(category) }))} />
      <FilterSelect name="account" label="Account" anyLabel="All accounts" value={query.account ?? ""}
        options={accounts.map((account) => ({ value: account.id, label: `${account.name} (${account.id})` }))} />
      <div className={styles.actions}>
        <button type="submit">Apply filters</button>
        <a className="button secondary" href="/principals">Reset</a>
      </div>
    </form>
  );
}
