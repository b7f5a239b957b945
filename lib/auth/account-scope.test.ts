import { describe, expect, it } from "vitest";
import { Prisma } from "@/lib/db/generated/client";
import { accountRowsWhere, accountSql, accountWhere, inScope, scopedAccountIds, scopeOf } from "./account-scope";

const A = "111111111111";
const B = "222222222222";
const everyone = scopeOf({ accountScope: null });
const onlyA = scopeOf({ accountScope: [A] });

describe("account scope", () => {
  it("treats no scope and an empty scope as every account", () => {
    expect(everyone.accountIds).toBeNull();
    expect(scopeOf({ accountScope: [] }).accountIds).toBeNull();
    expect(inScope(everyone, B)).toBe(true);
    expect(inScope(onlyA, A)).toBe(true);
    expect(inScope(onlyA, B)).toBe(false);
  });

  it("narrows a requested account filter to the scope, never widens it", () => {
    expect(scopedAccountIds(everyone)).toBeNull();
    expect(scopedAccountIds(everyone, [B])).toEqual([B]);
    expect(scopedAccountIds(onlyA)).toEqual([A]);
    expect(scopedAccountIds(onlyA, [])).toEqual([A]);
    expect(scopedAccountIds(onlyA, [A, B])).toEqual([A]);
    expect(scopedAccountIds(onlyA, B)).toEqual([]);
  });

  it("produces the Prisma and SQL fragments", () => {
    expect(accountWhere(everyone)).toEqual({});
    expect(accountWhere(onlyA, [B])).toEqual({ accountId: { in: [] } });
    expect(accountRowsWhere(onlyA)).toEqual({ id: { in: [A] } });
    const sql = accountSql(onlyA, Prisma.sql`f.account_id`);
    expect(sql.sql).toBe("f.account_id = ANY(?::text[])");
    expect(sql.values).toEqual([[A]]);
    expect(accountSql(everyone, Prisma.sql`f.account_id`).sql).toBe("TRUE");
  });

  it("cannot be changed after it is made", () => {
    expect(Object.isFrozen(onlyA)).toBe(true);
    expect(Object.isFrozen(onlyA.accountIds)).toBe(true);
  });
});
