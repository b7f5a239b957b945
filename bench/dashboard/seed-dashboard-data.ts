/**
 * Seeds dashboard-scale data with set-based SQL (INSERT ... SELECT generate_series), one account range
 * at a time so the growth section can add data in steps. Per account: resources with one version each,
 * 10 findings per resource in every status (each with its "opened" event, resolved ones with a
 * "resolved" event too), and one scan a day for 90 days with check results and posture snapshots, and an IAM
 * analysis of the newest scan with a row per IAM user and role.
 *
 * Like real data, a finding's severity and service are its check's (a check has one severity and covers one
 * service), so per-check summaries are as small as they are in production; which check fails on which
 * resource is spread by a hash.
 */
import { CHECKS } from "@/lib/checks/catalogue";
import type { Database } from "@/lib/db/client";

export const TOTAL_ACCOUNTS = 50;
export const HISTORY_DAYS = 90;
export const FINDINGS_PER_RESOURCE = 10;
const TYPES = [
  ["AWS::Lambda::Function", "lambda"], ["AWS::S3::Bucket", "s3"], ["AWS::IAM::Role", "iam"], ["AWS::IAM::User", "iam"],
  ["AWS::IAM::ManagedPolicy", "iam"], ["AWS::KMS::Key", "kms"], ["AWS::IAM::Group", "iam"], ["AWS::Lambda::LayerVersion", "lambda"],
] as const;

export const accountId = (index: number) => String(400000000000 + index);

/** Seeds accounts [from, to) with `resourcesPerAccount` resources each. */
export async function seedDashboardAccounts(database: Database, options: { from: number; to: number; resourcesPerAccount: number }) {
  const accounts = Array.from({ length: options.to - options.from }, (_, i) => accountId(options.from + i));
  const checkIds = CHECKS.map((check) => check.id);
  const checkTitles = CHECKS.map((check) => check.title);
  const checkSeverities = CHECKS.map((check) => check.severity);
  const checkServices = CHECKS.map((check) => check.service);
  const types = TYPES.map(([type]) => type);
  const services = TYPES.map(([, service]) => service);
  const n = options.resourcesPerAccount;

  await database.$executeRaw`
    INSERT INTO accounts (id, name, source, updated_at)
    SELECT a, 'Account ' || a, 'aws', now() FROM unnest(${accounts}::text[]) AS a
    ON CONFLICT (id) DO NOTHING`;

  await database.$executeRaw`
    INSERT INTO resources (id, account_id, region, service, type, arn, name, configuration, hash, first_seen_at, last_seen_at, deleted_at)
    SELECT gen_random_uuid(), a, (ARRAY['us-east-1','us-west-2','eu-west-1','eu-central-1','global'])[1 + i % 5],
           (${services}::text[])[1 + i % ${services.length}], (${types}::text[])[1 + i % ${types.length}],
           'arn:aws:bench:' || a || ':resource/r-' || i, 'resource-' || i,
           jsonb_build_object('Name', 'resource-' || i, 'Tags', jsonb_build_array(jsonb_build_object('Key', 'team', 'Value', 'team-' || i % 20)),
                              'Policy', jsonb_build_object('Version', '2012-10-17', 'Statement', jsonb_build_array(jsonb_build_object('Effect', 'Allow', 'Action', 's3:GetObject', 'Resource', '*')))),
           md5(a || i::text) || md5(i::text || a), now() - interval '120 days', now() - (i % 3) * interval '1 hour',
           CASE WHEN i % 50 = 0 THEN now() - interval '10 days' END
    FROM unnest(${accounts}::text[]) AS a, generate_series(0, ${n - 1}) AS i`;

  await database.$executeRaw`
    INSERT INTO resource_versions (resource_id, hash, configuration, captured_at)
    SELECT id, hash, configuration, first_seen_at FROM resources WHERE account_id = ANY(${accounts}::text[])`;

  // Finding f of resource i: check (i * 7 + f) mod checks; statuses: 60% open, 5% in progress, 30% resolved, 3% suppressed, 2% risk accepted.
  await database.$executeRaw`
    INSERT INTO findings (id, check_id, account_id, resource_id, resource_arn, resource_type, region, service, severity, status, title,
                          evidence, first_seen_at, last_seen_at, status_changed_at, resolved_at, resolution, due_at, suppressed_until, suppression_reason)
    SELECT gen_random_uuid(), (${checkIds}::text[])[x.c], r.account_id, r.id, r.arn, r.type, r.region, (${checkServices}::text[])[x.c],
           (${checkSeverities}::text[])[x.c]::"Severity", x.status::"FindingStatus", (${checkTitles}::text[])[x.c],
           jsonb_build_object('reason', 'Synthetic finding ' || x.f, 'details', jsonb_build_object('Statement', jsonb_build_object('Effect', 'Allow', 'Action', '*'))),
           x.first_seen, CASE WHEN x.status = 'resolved' THEN x.resolved ELSE now() - interval '2 hours' END,
           LEAST(x.first_seen + interval '1 day', now() - interval '3 hours'),
           CASE WHEN x.status = 'resolved' THEN x.resolved END,
           CASE WHEN x.status = 'resolved' THEN 'fixed' END,
           x.first_seen + interval '30 days',
           CASE WHEN x.status IN ('suppressed', 'risk_accepted') THEN now() + interval '60 days' END,
           CASE WHEN x.status IN ('suppressed', 'risk_accepted') THEN 'Accepted by the benchmark' END
    FROM resources r
    CROSS JOIN LATERAL (
      SELECT f, (1 + ((hashtext(r.arn) & 2147483647)::bigint * 7 + f) % ${checkIds.length})::int AS c,
             CASE WHEN (hashtext(r.arn || f::text) & 2147483647) % 100 < 60 THEN 'open' WHEN (hashtext(r.arn || f::text) & 2147483647) % 100 < 65 THEN 'in_progress'
                  WHEN (hashtext(r.arn || f::text) & 2147483647) % 100 < 95 THEN 'resolved' WHEN (hashtext(r.arn || f::text) & 2147483647) % 100 < 98 THEN 'suppressed'
                  ELSE 'risk_accepted' END AS status,
             now() - ((hashtext(r.arn || f::text) & 2147483647) % ${HISTORY_DAYS}) * interval '1 day' - interval '6 hours' AS first_seen,
             -- Resolved three days after it appeared, or three hours ago for the newest.
             LEAST(now() - ((hashtext(r.arn || f::text) & 2147483647) % ${HISTORY_DAYS}) * interval '1 day' - interval '6 hours' + interval '3 days',
                   now() - interval '3 hours') AS resolved
      FROM generate_series(0, ${FINDINGS_PER_RESOURCE - 1}) AS f
    ) x
    WHERE r.account_id = ANY(${accounts}::text[])
    ON CONFLICT (check_id, account_id, resource_arn) DO NOTHING`;

  await database.$executeRaw`
    INSERT INTO finding_events (finding_id, kind, actor, to_status, created_at)
    SELECT id, 'opened', 'system', 'open', first_seen_at FROM findings WHERE account_id = ANY(${accounts}::text[])`;
  await database.$executeRaw`
    INSERT INTO finding_events (finding_id, kind, actor, from_status, to_status, created_at)
    SELECT id, 'resolved', 'system', 'open', 'resolved', resolved_at FROM findings
    WHERE account_id = ANY(${accounts}::text[]) AND status = 'resolved'`;

  // One succeeded scan a day per account, the newest today.
  await database.$executeRaw`
    INSERT INTO scans (id, account_id, status, trigger, queued_at, started_at, finished_at, heartbeat_at, complete,
                       resource_count, finding_count, api_calls)
    SELECT gen_random_uuid(), a, 'succeeded', 'schedule', now() - d * interval '1 day' - interval '10 minutes',
           now() - d * interval '1 day' - interval '9 minutes', now() - d * interval '1 day', now() - d * interval '1 day', true,
           ${n}, ${n * 4}, ${n * 3}
    FROM unnest(${accounts}::text[]) AS a, generate_series(0, ${HISTORY_DAYS - 1}) AS d`;

  await database.$executeRaw`
    INSERT INTO check_results (scan_id, check_id, account_id, evaluated, passed, failed)
    SELECT s.id, c, s.account_id, ${n} / 8, ${n} / 8 - ((hashtext(c || s.id::text) & 2147483647) % (${n} / 16 + 1)), (hashtext(c || s.id::text) & 2147483647) % (${n} / 16 + 1)
    FROM scans s, unnest(${checkIds}::text[]) AS c WHERE s.account_id = ANY(${accounts}::text[])`;

  await database.$executeRaw`
    INSERT INTO posture_snapshots (scan_id, account_id, scope, key, score, passed, failed, created_at)
    SELECT s.id, s.account_id, k.scope, k.key, 55 + ((hashtext(k.key || s.id::text) & 2147483647) % 400) / 10.0, 900, 100, s.finished_at
    FROM scans s,
         (VALUES ('overall', 'all'), ('service', 'iam'), ('service', 's3'), ('service', 'lambda'), ('service', 'kms'),
                 ('framework', 'cis-aws-7.0'), ('framework', 'aws-fsbp')) AS k(scope, key)
    WHERE s.account_id = ANY(${accounts}::text[])`;

  // The IAM engine's analysis of each account's newest scan: one row per IAM user and role.
  await database.$executeRaw`
    INSERT INTO iam_analyses (id, account_id, scan_id, status, started_at, finished_at, duration_ms, window_days, principal_count, problems)
    SELECT gen_random_uuid(), s.account_id, s.id, 'succeeded', s.finished_at, s.finished_at + interval '5 seconds', 5000, 90,
           (SELECT count(*) FROM resources r WHERE r.account_id = s.account_id AND r.type IN ('AWS::IAM::Role', 'AWS::IAM::User')), '[]'::jsonb
    FROM (SELECT DISTINCT ON (account_id) id, account_id, finished_at FROM scans
          WHERE account_id = ANY(${accounts}::text[]) ORDER BY account_id, finished_at DESC) s`;
  await database.$executeRaw`
    INSERT INTO iam_principals (id, analysis_id, account_id, arn, name, kind, full_admin, risk_categories, top_severity, risk_count,
                                escalation_count, allowed_actions, suggestion_state, detail)
    SELECT gen_random_uuid(), a.id, r.account_id, r.arn, r.name, CASE WHEN r.type = 'AWS::IAM::Role' THEN 'role' ELSE 'user' END,
           x.h % 50 = 0, CASE WHEN x.h % 4 = 0 THEN ARRAY['privilege-escalation'] ELSE ARRAY[]::text[] END,
           (ARRAY['critical','high','medium','low'])[1 + x.h % 4]::"Severity", x.h % 6, x.h % 3, 50 + x.h % 2000, 'keep', '{}'::jsonb
    FROM resources r
    JOIN iam_analyses a ON a.account_id = r.account_id
    CROSS JOIN LATERAL (SELECT hashtext(r.arn) & 2147483647 AS h) x
    WHERE r.account_id = ANY(${accounts}::text[]) AND r.type IN ('AWS::IAM::Role', 'AWS::IAM::User')`;

  // A database in steady use has been vacuumed (autovacuum), so its visibility map allows index-only scans.
  await database.$executeRawUnsafe("VACUUM ANALYZE");
}
