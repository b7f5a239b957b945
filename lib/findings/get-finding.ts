import "server-only";
import { accountWhere, type AccountScope } from "@/lib/auth/account-scope";
import { db, type Database } from "@/lib/db/client";
import { lastSeenOf } from "@/lib/scans/resolve-last-seen";
import type { CheckDefinition } from "@/lib/checks/check-definition";

/** What the check catalogue knows about a check; absent for checks the catalogue no longer has. */
export type CheckMetadata = Pick<CheckDefinition, "id" | "title" | "rationale" | "remediation" | "compliance" | "severity">;
export type CheckLookup = (checkId: string) => CheckMetadata | undefined;

/**
 * One finding with its resource, timeline and (when a lookup is given) its check's explanation. Null when
 * absent or outside the reader's accounts (the page then answers 404, not 403).
 */
export async function getFinding(id: string, options: { scope: AccountScope; lookupCheck?: CheckLookup; database?: Database }) {
  const database = options.database ?? db();
  const finding = await database.finding.findUnique({
    where: { id, ...accountWhere(options.scope) },
    include: {
      // The account through the resource: findings keep no foreign key to accounts (see the migration
      // 20261125120000_findings_insert_path), and a finding's resource is always in the finding's account.
      resource: {
        select: {
          id: true, name: true, type: true, arn: true, region: true, deletedAt: true,
          account: { select: { id: true, name: true, source: true, findingsSeenAt: true } },
        },
      },
      assignee: { select: { id: true, name: true, email: true } },
      events: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
    },
  });
  if (!finding) return null;
  const { events, resource: { account, ...resource }, ...rest } = finding;
  return {
    ...rest,
    resource,
    account,
    lastSeenAt: lastSeenOf(finding, account.findingsSeenAt),
    // BigInt ids do not serialise; the timeline only needs a stable key.
    events: events.map((event) => ({ ...event, id: event.id.toString() })),
    check: options.lookupCheck?.(finding.checkId) ?? null,
  };
}

export type FindingDetail = NonNullable<Awaited<ReturnType<typeof getFinding>>>;
