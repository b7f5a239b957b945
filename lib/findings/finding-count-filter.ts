import "server-only";
import { scopedAccountIds, type AccountScope } from "@/lib/auth/account-scope";
import { checksOf } from "@/lib/findings/find-findings";
import { effectiveStatuses, type FindingsQuery } from "@/lib/findings/findings.schemas";
import type { FindingCountFilter } from "@/lib/findings/sum-finding-counts";

/**
 * The finding_counts filter that selects exactly the findings a findings query does, or null when the query
 * filters on something those counts do not keep (region, resource, assignee, first seen, free text).
 */
export function findingCountFilterOf(query: FindingsQuery, scope: AccountScope): FindingCountFilter | null {
  if (query.region.length > 0 || query.resource.length > 0 || query.assignee || query.first_seen || query.q) return null;
  const statuses = effectiveStatuses(query);
  const checks = checksOf(query);
  return {
    accountIds: scopedAccountIds(scope, query.account),
    ...(statuses ? { statuses } : {}),
    ...(query.severity.length > 0 ? { severities: query.severity } : {}),
    ...(query.service.length > 0 ? { services: query.service } : {}),
    ...(checks ? { checkIds: checks } : {}),
  };
}
