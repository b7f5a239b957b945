/**
 * The cloud accounts a reader may see, applied to every read. Each find-/get- function that returns
 * account data takes an AccountScope (a required parameter, so a new read cannot forget it) and narrows
 * its query with `accountWhere` (Prisma) or `accountSql` (raw SQL). A scope is made only from whoever is
 * asking, a signed-in user, an API token or the CLI, through `scopeOf`: never built by hand.
 *
 *   const scope = scopeOf(actor);
 *   database.finding.findMany({ where: { ...accountWhere(scope, query.account), status: "open" } });
 *   database.$queryRaw`SELECT ... FROM findings f WHERE ${accountSql(scope, Prisma.sql`f.account_id`)}`;
 *
 * Rows outside the scope do not exist for the reader: a request for one by id answers "not found", never
 * "forbidden", so nobody learns that another account's finding, resource or scan exists.
 */
import { Prisma } from "@/lib/db/generated/client";

declare const scoped: unique symbol;

export interface AccountScope {
  /** Account ids the reader may see; null means every account. Never empty. */
  readonly accountIds: readonly string[] | null;
  readonly [scoped]: true;
}

/** Anyone whose reads are limited by account: a user (Actor), an API token or the CLI. */
export interface ScopeHolder {
  /** null or empty means every account. */
  readonly accountScope: readonly string[] | null;
}

export function scopeOf(holder: ScopeHolder): AccountScope {
  const ids = holder.accountScope && holder.accountScope.length > 0 ? Object.freeze([...new Set(holder.accountScope)]) : null;
  return Object.freeze({ accountIds: ids }) as AccountScope;
}

/** Whether the reader may see this account's data. */
export function inScope(scope: AccountScope, accountId: string): boolean {
  return scope.accountIds === null || scope.accountIds.includes(accountId);
}

/**
 * The accounts a read may touch: the ones asked for (a filter; none asked means all) within the scope.
 * null means no account condition at all; an empty list means nothing may be returned.
 */
export function scopedAccountIds(scope: AccountScope, requested?: readonly string[] | string | null): string[] | null {
  const asked = typeof requested === "string" ? [requested] : requested && requested.length > 0 ? [...requested] : null;
  if (!asked) return scope.accountIds ? [...scope.accountIds] : null;
  return scope.accountIds ? asked.filter((id) => scope.accountIds!.includes(id)) : asked;
}

/** The Prisma where-fragment for any model with an `accountId` column: `{ accountId: { in: [...] } }` or `{}`. */
export function accountWhere(scope: AccountScope, requested?: readonly string[] | string | null): { accountId?: { in: string[] } } {
  const ids = scopedAccountIds(scope, requested);
  return ids ? { accountId: { in: ids } } : {};
}

/** The same for the accounts table itself, whose key is the account id. */
export function accountRowsWhere(scope: AccountScope, requested?: readonly string[] | string | null): { id?: { in: string[] } } {
  const ids = scopedAccountIds(scope, requested);
  return ids ? { id: { in: ids } } : {};
}

/** The SQL condition for raw queries: `<column> = ANY(ids)` or `TRUE`. `column` is trusted SQL (a column name). */
export function accountSql(scope: AccountScope, column: Prisma.Sql, requested?: readonly string[] | string | null): Prisma.Sql {
  const ids = scopedAccountIds(scope, requested);
  return ids ? Prisma.sql`${column} = ANY(${ids}::text[])` : Prisma.sql`TRUE`;
}
