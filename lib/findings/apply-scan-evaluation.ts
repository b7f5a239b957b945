/**
 * The findings lifecycle after a scan: one current row per (check, account, resource), opened,
 * confirmed, reopened or resolved in batches, each transition recorded as a finding event.
 * Findings of resources that disappeared are resolved as "resource deleted".
 */
import type { Database } from "@/lib/db/client";
import {
  findingKey,
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
  },
): Promise<EvaluationResult> {
  const { accountId, scanId, now } = options;
  const rows = await database.$queryRaw<
    { id: string; check_id: string; resource_arn: string; status: FindingStatus; suppressed_until: Date | null }[]
  >`SELECT id, check_id, resource_arn, status, suppressed_until FROM findings WHERE account_id = ${accountId}`;
  const existing = new Map<string, ExistingFinding>(
    rows.map((row) => [
      findingKey(row.check_id, row.resource_arn),
      { id: row.id, checkId: row.check_id, resourceArn: row.resource_arn, status: row.status, suppressedUntil: row.suppressed_until },
    ]),
  );
  const plan = planFindingTransitions(options.outcomes, existing, now);
  // New findings are due after the SLAs set in the dashboard (lib/settings), or the defaults.
  const { slas } = readSeveritySlas((await database.appSetting.findUnique({ where: { key: SEVERITY_SLAS_KEY } }))?.value);

  for (const chunk of chunks(plan.insert.filter((o) => options.resourceIds.has(o.resourceArn)))) {
    await database.$executeRaw`
      WITH inserted AS (
        INSERT INTO findings (id, check_id, account_id, resource_id, resource_arn, resource_type, region, service,
                              severity, status, title, evidence, first_seen_at, last_seen_at, status_changed_at,
                              due_at, last_scan_id)
        SELECT gen_random_uuid(), u.check_id, ${accountId}, u.resource_id, u.resource_arn, u.resource_type, u.region,
               u.service, u.severity::"Severity", 'open', u.title, u.evidence::jsonb, ${now}, ${now}, ${now},
               u.due_at, ${scanId}::uuid
        FROM unnest(${chunk.map((o) => o.checkId)}::text[], ${chunk.map((o) => options.resourceIds.get(o.resourceArn))}::uuid[],
                    ${chunk.map((o) => o.resourceArn)}::text[], ${chunk.map((o) => o.resourceType)}::text[],
                    ${chunk.map((o) => o.region)}::text[], ${chunk.map((o) => o.service)}::text[],
                    ${chunk.map((o) => o.severity)}::text[], ${chunk.map((o) => o.title)}::text[],
                    ${chunk.map(evidenceJson)}::text[], ${chunk.map((o) => dueDateFor(o.severity, now, slas))}::timestamptz[])
          AS u(check_id, resource_id, resource_arn, resource_type, region, service, severity, title, evidence, due_at)
        ON CONFLICT (check_id, account_id, resource_arn) DO NOTHING
        RETURNING id
      )
      INSERT INTO finding_events (finding_id, kind, actor, to_status, scan_id, created_at)
      SELECT id, 'opened', ${SYSTEM}, 'open', ${scanId}::uuid, ${now} FROM inserted`;
  }

  for (const chunk of chunks(plan.confirm)) {
    await database.$executeRaw`
      UPDATE findings f SET last_seen_at = ${now}, last_scan_id = ${scanId}::uuid,
             severity = u.severity::"Severity", title = u.title,
             evidence = CASE WHEN f.evidence = u.evidence::jsonb THEN f.evidence ELSE u.evidence::jsonb END
      FROM unnest(${chunk.map((c) => c.id)}::uuid[], ${chunk.map((c) => c.outcome.severity)}::text[],
                  ${chunk.map((c) => c.outcome.title)}::text[], ${chunk.map((c) => evidenceJson(c.outcome))}::text[])
        AS u(id, severity, title, evidence)
      WHERE f.id = u.id`;
  }

  for (const chunk of chunks(plan.reopen)) {
    await database.$transaction([
      database.$executeRaw`
        UPDATE findings f SET status = 'open', status_changed_at = ${now}, resolved_at = NULL, resolution = NULL,
               suppressed_until = NULL, suppression_reason = NULL, last_seen_at = ${now}, last_scan_id = ${scanId}::uuid,
               evidence = u.evidence::jsonb
        FROM unnest(${chunk.map((c) => c.id)}::uuid[], ${chunk.map((c) => evidenceJson(c.outcome))}::text[]) AS u(id, evidence)
        WHERE f.id = u.id`,
      insertEvents(database, chunk.map((c) => ({ id: c.id, kind: c.kind, from: c.from, to: "open" as const })), scanId, now),
    ]);
  }

  for (const chunk of chunks(plan.resolve)) {
    await database.$transaction([
      database.$executeRaw`
        UPDATE findings SET status = 'resolved', status_changed_at = ${now}, resolved_at = ${now}, resolution = 'fixed',
               last_scan_id = ${scanId}::uuid
        WHERE id = ANY(${chunk.map((c) => c.id)}::uuid[])`,
      insertEvents(database, chunk.map((c) => ({ id: c.id, kind: "resolved", from: c.from, to: "resolved" as const })), scanId, now),
    ]);
  }

  const resolvedAsDeleted = await resolveFindingsOfDeletedResources(database, accountId, scanId, now);
  const [{ open } = { open: 0 }] = await database.$queryRaw<{ open: number }[]>`
    SELECT count(*)::int AS open FROM findings WHERE account_id = ${accountId} AND status IN ('open', 'in_progress')`;

  return {
    opened: plan.insert.length,
    reopened: plan.reopen.length,
    resolved: plan.resolve.length,
    resolvedAsDeleted,
    open,
  };
}

async function resolveFindingsOfDeletedResources(database: Database, accountId: string, scanId: string, now: Date) {
  return database.$executeRaw`
    WITH closed AS (
      UPDATE findings f SET status = 'resolved', status_changed_at = ${now}, resolved_at = ${now},
             resolution = 'resource_deleted', last_scan_id = ${scanId}::uuid
      FROM findings old JOIN resources r ON r.id = old.resource_id
      WHERE f.id = old.id AND old.account_id = ${accountId} AND old.status <> 'resolved' AND r.deleted_at IS NOT NULL
      RETURNING f.id, old.status AS from_status
    )
    INSERT INTO finding_events (finding_id, kind, actor, from_status, to_status, scan_id, created_at)
    SELECT id, 'resource_deleted', ${SYSTEM}, from_status, 'resolved', ${scanId}::uuid, ${now} FROM closed`;
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

function evidenceJson(outcome: EvaluatedOutcome): string {
  return JSON.stringify({ reason: outcome.reason, details: outcome.evidence ?? null });
}

function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}
