import "server-only";
import { accountWhere, type AccountScope } from "@/lib/auth/account-scope";
import { db, type Database } from "@/lib/db/client";

/**
 * Two stored versions of one resource, for the diff on its page: `from` and `to` by id, each defaulting
 * to the second-newest and newest version. Null when the resource has fewer than two versions or an id
 * belongs to another resource, or the resource is outside the reader's accounts.
 */
export async function getResourceVersionPair(resourceId: string, options: { scope: AccountScope; from?: string; to?: string; database?: Database }) {
  const database = options.database ?? db();
  const resource = { resourceId, resource: accountWhere(options.scope) };
  const select = { id: true, capturedAt: true, scanId: true, hash: true, configuration: true } as const;
  const pick = (id: string | undefined, skip: number) =>
    id
      ? database.resourceVersion.findFirst({ where: { id: BigInt(id), ...resource }, select })
      : database.resourceVersion.findFirst({ where: resource, orderBy: [{ capturedAt: "desc" }, { id: "desc" }], skip, select });
  const [from, to] = await Promise.all([pick(options.from, 1), pick(options.to, 0)]);
  if (!from || !to) return null;
  const plain = (version: NonNullable<typeof from>) => ({ ...version, id: version.id.toString() });
  return { from: plain(from), to: plain(to) };
}
