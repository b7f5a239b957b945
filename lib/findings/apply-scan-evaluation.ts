/**
 * The findings lifecycle after a scan: one current row per (check, account, resource), opened,
 * confirmed, reopened or resolved in batches, each transition recorded as a finding event.
 * Findings of resources that disappeared are resolved as "resource deleted". Only rows that change are
 * written: a finding that still fails with the same severity, title and evidence keeps its "seen in the
 * latest scan" mark, and the account's findings_seen_at (written last) is its last sighting.
 */
import { findCheck } from "@/lib/checks/catalogue";
import { hash } from "node:crypto";
import type { Database } from "@/lib/db/client";
import { createWriteQueue } from "@/lib/db/create-write-queue";
import { Prisma } from "@/lib/db/generated/client";
import {
  planFindingTransitions,
  type EvaluatedOutcome,
  type ExistingFinding,
  type FindingStatus,
} from "./plan-finding-transitions";
import { dueDateFor } from "./severity-sla";
import { readSeveritySlas, SEVERITY_SLAS_KEY } from "@/lib/settings/severity-slas.schemas";

export interface EvaluationResult {
  opened: number;
  reopened: number;
  resolved: number;
  resolvedAsDeleted: number;
  open: number;
}

const SYSTEM = "system";
const CHUNK = 2_000;

export async function applyScanEvaluation(
  database: Database,
  options: {
    accountId: string;
    scanId: string;
    now: Date;
    outcomes: readonly EvaluatedOutcome[];
    /** ARN -> resource id of every live resource evaluated. */
    resourceIds: ReadonlyMap<string, string>;
    /** The account's findings (loadExistingFindings), less those whose verdict was reused and so stand as they are. */
    existing: Iterable<ExistingFinding>;
  },
): Promise<EvaluationResult> {
  const { accountId, scanId, now } = options;
  const account = await database.account.findUniqueOrThrow({ where: { id: accountId }, select: { findingsSeenAt: true } });
  const plan = planFindingTransitions(options.outcomes, options.existing, now, {
    fingerprint: (outcome) => contentOf(outcome).fingerprint,
    isLive: (arn) => options.resourceIds.has(arn),
    isKnownCheck: (checkId) => findCheck(checkId) !== undefined,
  });
  // Rows losing the mark were last seen failing at the previous evaluation: write that down as the mark goes.
  const lastSeen = Prisma.sql`
    last_seen_at = CASE WHEN f.seen_in_latest_scan THEN GREATEST(f.last_seen_at, ${account.findingsSeenAt}::timestamptz)
                        ELSE f.last_seen_at END,
    seen_in_latest_scan = false`;
  // New findings are due after the SLAs set in the dashboard (lib/settings), or the defaults.
  const { slas } = readSeveritySlas((await database.appSetting.findUnique({ where: { key: SEVERITY_SLAS_KEY } }))?.value);

  // New findings (all of them, on a first scan) are the bulk of the writes: two chunks in flight (lib/db/create-write-queue.ts).
  const inserts = createWriteQueue();
  for (const chunk of chunks(byResource(plan.insert.filter((o) => options.resourceIds.has(o.resourceArn))))) {
    const rows = newFindingRows(chunk, (outcome) => ({ resourceId: options.resourceIds.get(outcome.resourceArn)!, dueAt: dueDateFor(outcome.severity, now, slas) }));
    await inserts.push(() => insertFindings(database, rows, { accountId, scanId, now }));
  }
  await inserts.drain();

  for (const chunk of chunks(plan.confirm)) {
    await database.$executeRaw`
      UPDATE findings f SET last_seen_at = ${now}, last_scan_id = ${scanId}::uuid, seen_in_latest_scan = true,
             severity = u.severity::"Severity", title = u.title, evidence = u.evidence::jsonb, fingerprint = u.fingerprint
      FROM ${contentRows(chunk)}
      WHERE f.id = u.id`;
  }

  for (const chunk of chunks(plan.reopen)) {
    await database.$transaction([
      database.$executeRaw`
        UPDATE findings f SET status = 'open', status_changed_at = ${now}, resolved_at = NULL, resolution = NULL,
               suppressed_until = NULL, suppression_reason = NULL, last_seen_at = ${now}, last_scan_id = ${scanId}::uuid,
               seen_in_latest_scan = true, severity = u.severity::"Severity", title = u.title, evidence = u.evidence::jsonb,
               fingerprint = u.fingerprint
        FROM ${contentRows(chunk)}
        WHERE f.id = u.id`,
      insertEvents(database, chunk.map((c) => ({ id: c.id, kind: c.kind, from: c.from, to: "open" as const })), scanId, now),
    ]);
  }

  for (const chunk of chunks(plan.resolve)) {
    await database.$transaction([
      database.$executeRaw`
        UPDATE findings f SET status = 'resolved', status_changed_at = ${now}, resolved_at = ${now}, resolution = 'fixed',
               last_scan_id = ${scanId}::uuid, ${lastSeen}
        WHERE f.id = ANY(${chunk.map((c) => c.id)}::uuid[])`,
      insertEvents(database, chunk.map((c) => ({ id: c.id, kind: "resolved", from: c.from, to: "resolved" as const })), scanId, now),
    ]);
  }

  for (const chunk of chunks(plan.unsee)) {
    await database.$executeRaw`
      UPDATE findings f SET last_scan_id = ${scanId}::uuid, ${lastSeen} WHERE f.id = ANY(${chunk.map((c) => c.id)}::uuid[])`;
  }

  // Findings of resources deleted where the inventory was complete (resources kept unseen are still evaluated),
  // and of checks an upgrade retired or replaced: nothing will evaluate them again, so they close, saying why.
  const close = async (closing: readonly { id: string; from: FindingStatus }[], resolution: "resource_deleted" | "check_retired") => {
    for (const chunk of chunks(closing)) {
      await database.$transaction([
        database.$executeRaw`
          UPDATE findings f SET status = 'resolved', status_changed_at = ${now}, resolved_at = ${now}, resolution = ${resolution},
                 last_scan_id = ${scanId}::uuid, ${lastSeen}
          WHERE f.id = ANY(${chunk.map((c) => c.id)}::uuid[])`,
        insertEvents(database, chunk.map((c) => ({ id: c.id, kind: resolution, from: c.from, to: "resolved" as const })), scanId, now),
      ]);
    }
  };
  await close(plan.closeDeleted, "resource_deleted");
  await close(plan.closeRetired, "check_retired");

  await database.$executeRaw`
    UPDATE accounts SET findings_seen_at = ${now}, findings_scan_id = ${scanId}::uuid WHERE id = ${accountId}`;
  const [{ open } = { open: 0 }] = await database.$queryRaw<{ open: number }[]>`
    SELECT count(*)::int AS open FROM findings WHERE account_id = ${accountId} AND status IN ('open', 'in_progress')`;

  return {
    opened: plan.insert.length,
    reopened: plan.reopen.length,
    resolved: plan.resolve.length,
    resolvedAsDeleted: plan.closeDeleted.length,
    open,
  };
}

/** The account's findings as the lifecycle plans from them: identity, state, and the fingerprint of what they say. */
export async function loadExistingFindings(database: Database, accountId: string): Promise<ExistingFinding[]> {
  // Aliased to ExistingFinding's names: a few hundred thousand rows are used as they come, not copied.
  return database.$queryRaw<ExistingFinding[]>`
    SELECT id::text AS id, check_id AS "checkId", resource_arn AS "resourceArn", status, suppressed_until AS "suppressedUntil",
           seen_in_latest_scan AS "seenInLatestScan", fingerprint
    FROM findings WHERE account_id = ${accountId}`;
}

/**
 * New findings as one JSON array of rows (short keys): PostgreSQL parses it faster than eleven array parameters,
 * and the evidence goes in as the JSON it already is.
 */
function newFindingRows(chunk: readonly EvaluatedOutcome[], placeOf: (outcome: EvaluatedOutcome) => { resourceId: string; dueAt: Date | null }): string {
  const rows = chunk.map((outcome) => {
    const { evidence, fingerprint } = contentOf(outcome);
    const { resourceId, dueAt } = placeOf(outcome);
    const fields = JSON.stringify({
      c: outcome.checkId, r: resourceId, a: outcome.resourceArn, t: outcome.resourceType, g: outcome.region, s: outcome.service,
      v: outcome.severity, n: outcome.title, f: fingerprint, d: dueAt?.toISOString() ?? null,
    });
    return `${fields.slice(0, -1)},"e":${evidence}}`;
  });
  return `[${rows.join(",")}]`;
}

/**
 * Inserts new findings and their "opened" events. One scan per account runs at a time and it inserts only
 * findings it did not find, so a plain insert is the rule; should a row exist after all, the batch is
 * inserted again skipping existing rows (ON CONFLICT costs about a fifth more on every row, so it is not the rule).
 */
async function insertFindings(database: Database, rows: string, scan: { accountId: string; scanId: string; now: Date }) {
  const { accountId, scanId, now } = scan;
  const insert = (onConflict: Prisma.Sql) => database.$executeRaw`
    WITH inserted AS (
      INSERT INTO findings (id, check_id, account_id, resource_id, resource_arn, resource_type, region, service,
                            severity, status, title, evidence, first_seen_at, last_seen_at, status_changed_at,
                            due_at, last_scan_id, seen_in_latest_scan, fingerprint)
      SELECT gen_random_uuid(), u.c, ${accountId}, u.r, u.a, u.t, u.g, u.s, u.v, 'open', u.n, u.e, ${now}, ${now}, ${now},
             u.d, ${scanId}::uuid, true, u.f
      FROM json_to_recordset(${rows}::json)
        AS u(c text, r uuid, a text, t text, g text, s text, v "Severity", n text, f text, d timestamptz, e jsonb)
      ${onConflict}
      RETURNING id
    )
    INSERT INTO finding_events (finding_id, kind, actor, to_status, scan_id, created_at)
    SELECT id, 'opened', ${SYSTEM}, 'open', ${scanId}::uuid, ${now} FROM inserted`;
  try {
    await insert(Prisma.empty);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    await insert(Prisma.sql`ON CONFLICT (check_id, account_id, resource_arn) DO NOTHING`);
  }
}

function isUniqueViolation(error: unknown): boolean {
  const text = error instanceof Error ? `${error.message} ${JSON.stringify(error)}` : String(error);
  return /23505|unique constraint/i.test(text);
}

function insertEvents(
  database: Database,
  events: { id: string; kind: string; from: FindingStatus; to: FindingStatus }[],
  scanId: string,
  now: Date,
) {
  return database.$executeRaw`
    INSERT INTO finding_events (finding_id, kind, actor, from_status, to_status, scan_id, created_at)
    SELECT u.id, u.kind, ${SYSTEM}, u.from_status::"FindingStatus", u.to_status::"FindingStatus", ${scanId}::uuid, ${now}
    FROM unnest(${events.map((e) => e.id)}::uuid[], ${events.map((e) => e.kind)}::text[],
                ${events.map((e) => e.from)}::text[], ${events.map((e) => e.to)}::text[]) AS u(id, kind, from_status, to_status)`;
}

/**
 * What a failing outcome makes a finding say: its evidence as stored, and a fingerprint of it with severity and
 * title. Computed when needed rather than kept: a rescan fingerprints every failing outcome, and writes few.
 */
function contentOf(outcome: EvaluatedOutcome): { evidence: string; fingerprint: string } {
  const evidence = JSON.stringify({ reason: outcome.reason, details: outcome.evidence ?? null });
  return { evidence, fingerprint: hash("sha256", `${outcome.severity}\u0000${outcome.title}\u0000${evidence}`, "base64url") };
}

/** unnest(...) AS u(id, severity, title, evidence, fingerprint) for rows written from their outcome. */
function contentRows(rows: readonly { id: string; outcome: EvaluatedOutcome }[]) {
  const contents = rows.map((row) => contentOf(row.outcome));
  return Prisma.sql`unnest(${rows.map((r) => r.id)}::uuid[], ${rows.map((r) => r.outcome.severity)}::text[],
                           ${rows.map((r) => r.outcome.title)}::text[], ${contents.map((c) => c.evidence)}::text[],
                           ${contents.map((c) => c.fingerprint)}::text[])
    AS u(id, severity, title, evidence, fingerprint)`;
}

/**
 * Outcomes with each resource's together. Each new finding's foreign-key check locks its resource row; batches
 * written at the same time then lock different rows instead of sharing them (a multixact per row, much slower).
 */
function byResource(outcomes: readonly EvaluatedOutcome[]): EvaluatedOutcome[] {
  const groups = new Map<string, EvaluatedOutcome[]>();
  for (const outcome of outcomes) {
    const group = groups.get(outcome.resourceArn);
    if (group) group.push(outcome);
    else groups.set(outcome.resourceArn, [outcome]);
  }
  return [...groups.values()].flat();
}

function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}
