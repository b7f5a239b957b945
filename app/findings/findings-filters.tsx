import { FINDING_STATUSES, SEVERITIES, type FindingsQuery } from "@/lib/findings/findings.schemas";
import type { FindingFilterOptions } from "@/lib/findings/find-finding-filter-options";
import { severityLabel, serviceLabel } from "@/lib/findings/get-chart-series";
import { FilterSelect } from "@/app/_components/filter-select";
import { statusLabel } from "@/app/_components/badges";
import styles from "@/app/findings/findings.module.css";

/** A plain GET form: filters become the URL and the server renders the result, with or without JavaScript. */
export function FindingsFilters({ query, options, frameworks, assignees }: {
  query: FindingsQuery;
  options: FindingFilterOptions;
  frameworks: { id: string; name: string }[];
  assignees: { id: string; name: string }[];
}) {
  return (
    <form method="get" action="/findings" className={`card ${styles.filters}`} aria-label="Filter findings">
      <fieldset className={styles.severities}>
        <legend>Severity</legend>
        {SEVERITIES.map((severity) => (
          <label key={severity} className={styles.check}>
            <input type="checkbox" name="severity" value={severity} defaultChecked={query.severity.includes(severity)} />
            {severityLabel(severity)}
          </label>
        ))}
      </fieldset>
      <FilterSelect
        name="status" label="Status" anyLabel="Open and in progress" value={query.status.join(",")}
        options={[...FINDING_STATUSES.map((status) => ({ value: status, label: statusLabel(status) })), { value: "any", label: "Any status" }]}
      />
      <FilterSelect name="service" label="Service" anyLabel="All services" value={query.service.join(",")}
        options={options.services.map((service) => ({ value: service, label: serviceLabel(service) }))} />
      <FilterSelect name="account" label="Account" anyLabel="All accounts" value={query.account.join(",")}
        options={options.accounts.map((account) => ({ value: account.id, label: `${account.name} (${account.id})` }))} />
      <FilterSelect name="region" label="Region" anyLabel="All regions" value={query.region.join(",")}
        options={options.regions.map((region) => ({ value: region, label: region }))} />
      <FilterSelect name="check" label="Check" anyLabel="All checks" value={query.check.join(",")}
        options={options.checks.map((check) => ({ value: check, label: check }))} />
      <FilterSelect name="framework" label="Compliance framework" anyLabel="Any framework" value={query.framework.join(",")}
        options={frameworks.map((framework) => ({ value: framework.id, label: framework.name }))} />
      <FilterSelect name="assignee" label="Assignee" anyLabel="Anyone" value={query.assignee ?? ""}
        options={[{ value: "me", label: "Me" }, { value: "none", label: "Unassigned" }, ...assignees.map((person) => ({ value: person.id, label: person.name }))]} />
      <FilterSelect name="first_seen" label="First seen" anyLabel="Any time" value={query.first_seen ?? ""}
        options={[{ value: "24h", label: "Last 24 hours" }, { value: "7d", label: "Last 7 days" }, { value: "30d", label: "Last 30 days" }, { value: "90d", label: "Last 90 days" }]} />
      {query.resource.length > 0 ? query.resource.map((id) => <input key={id} type="hidden" name="resource" value={id} />) : null}
      <label className={styles.search}>
        Search title or ARN
        <input type="search" name="q" defaultValue={query.q ?? ""} placeholder="e.g. public or arn:aws:s3:::" />
      </label>
      <label>
        Sort
        <select name="sort" defaultValue={query.sort}>
          <option value="severity">Severity</option>
          {/* Orders by findings.last_seen_at as stored: when a scan last changed the finding (opened, new evidence,
              reopened) or, once no longer seen failing, when it last was; not the "last seen" column. */}
          <option value="last_seen">Recently updated</option>
          <option value="first_seen">Newest first</option>
        </select>
      </label>
      <FilterSelect name="group" label="Group by" anyLabel="No grouping" value={query.group ?? ""}
        options={[{ value: "check", label: "Check" }, { value: "resource", label: "Resource" }, { value: "account", label: "Account" }]} />
      <label>
        Per page
        <select name="size" defaultValue={String(query.size)}>
          <option value="25">25</option>
          <option value="50">50</option>
          <option value="100">100</option>
        </select>
      </label>
      <div className={styles.actions}>
        <button type="submit">Apply filters</button>
        <a className="button secondary" href="/findings">Reset</a>
      </div>
    </form>
  );
}
