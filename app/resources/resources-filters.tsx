import type { ResourcesQuery } from "@/lib/inventory/find-resources-query";
import { serviceLabel } from "@/lib/findings/get-chart-series";
import { FilterSelect } from "@/app/_components/filter-select";
import styles from "@/app/findings/findings.module.css";

interface Options {
  accounts: { id: string; name: string }[];
  services: string[];
  types: string[];
  regions: string[];
}

export function ResourcesFilters({ query, options }: { query: ResourcesQuery; options: Options }) {
  return (
    <form method="get" action="/resources" className={`card ${styles.filters}`} aria-label="Filter resources">
      <label className={styles.search}>
        Search name or ARN
        <input type="search" name="q" defaultValue={query.q ?? ""} placeholder="e.g. invoices" />
      </label>
      <FilterSelect name="service" label="Service" anyLabel="All services" value={query.service ?? ""}
        options={options.services.map((service) => ({ value: service, label: serviceLabel(service) }))} />
      <FilterSelect name="type" label="Type" anyLabel="All types" value={query.type ?? ""}
        options={options.types.map((type) => ({ value: type, label: type }))} />
      <FilterSelect name="region" label="Region" anyLabel="All regions" value={query.region ?? ""}
        options={options.regions.map((region) => ({ value: region, label: region }))} />
      <FilterSelect name="account" label="Account" anyLabel="All accounts" value={query.account ?? ""}
        options={options.accounts.map((account) => ({ value: account.id, label: `${account.name} (${account.id})` }))} />
      <FilterSelect name="deleted" label="Deleted resources" anyLabel="Hide deleted" value={query.deleted ?? ""}
        options={[{ value: "include", label: "Include deleted" }, { value: "only", label: "Only deleted" }]} />
      <div className={styles.actions}>
        <button type="submit">Apply filters</button>
        <a className="button secondary" href="/resources">Reset</a>
      </div>
    </form>
  );
}
