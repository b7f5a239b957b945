import "server-only";
import { findCheck } from "@/lib/checks/catalogue";
import { db, type Database } from "@/lib/db/client";
import type { FindingsQueryContext } from "@/lib/findings/find-findings";
import { countFindingGroups } from "@/lib/findings/count-finding-groups";
import type { FindingGrouping, FindingsQuery } from "@/lib/findings/findings.schemas";
import { summariseFindingGroups, type FindingGroup } from "@/lib/findings/summarise-finding-groups";

export interface LabelledFindingGroup extends FindingGroup {
  label: string;
  detail: string | null;
  /** The filter that lists this group's findings. */
  filter: Partial<Pick<FindingsQuery, "check" | "resource" | "account">>;
}

/** The findings matching a query, counted per check, resource or account (worst severity first, top 100). */
export async function findFindingGroups(
  query: FindingsQuery,
  grouping: FindingGrouping,
  options: { database?: Database; context: FindingsQueryContext },
): Promise<LabelledFindingGroup[]> {
  const database = options.database ?? db();
  const groups = summariseFindingGroups(await countFindingGroups(database, query, grouping, options.context));
  const keys = groups.map((group) => group.key);
  if (grouping === "check") {
    return groups.map((group) => ({ ...group, label: findCheck(group.key)?.title ?? group.key, detail: group.key, filter: { check: [group.key] } }));
  }
  if (grouping === "resource") {
    const resources = await database.resource.findMany({ where: { id: { in: keys } }, select: { id: true, name: true, arn: true } });
    const byId = new Map(resources.map((resource) => [resource.id, resource]));
    return groups.map((group) => ({ ...group, label: byId.get(group.key)?.name ?? group.key, detail: byId.get(group.key)?.arn ?? null, filter: { resource: [group.key] } }));
  }
  const accounts = await database.account.findMany({ where: { id: { in: keys } }, select: { id: true, name: true } });
  const names = new Map(accounts.map((account) => [account.id, account.name]));
  return groups.map((group) => ({ ...group, label: names.get(group.key) ?? group.key, detail: group.key, filter: { account: [group.key] } }));
}
