/**
 * Resets vigil_dev_dashboard and seeds it: `npx tsx test/dashboard/seed-dev.ts [findings-to-add]`.
 * The optional count adds synthetic findings (SQL generate_series) to try the list at scale.
 */
import pg from "pg";
import { freshDatabase } from "@/test/dashboard/test-database";
import { seedDashboard } from "@/test/dashboard/seed-dashboard";

const extra = Number(process.argv[2] ?? 0);
const { url, database } = await freshDatabase("vigil_dev_dashboard");
await seedDashboard(database);
await database.$disconnect();
if (extra > 0) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(
    `INSERT INTO findings (id, check_id, account_id, resource_id, resource_arn, resource_type, region, service, severity, status, title, evidence, first_seen_at, last_seen_at, status_changed_at)
     SELECT gen_random_uuid(), 'synthetic-check-' || (n % 40), r.account_id, r.id, r.arn || '/synthetic/' || n, r.type, r.region, r.service,
            (ARRAY['critical','high','medium','low','informational'])[1 + n % 5]::"Severity",
            (ARRAY['open','open','open','resolved','in_progress'])[1 + n % 5]::"FindingStatus",
            'Synthetic finding ' || n, '{}'::jsonb, now() - (n || ' minutes')::interval, now() - ((n % 1000) || ' minutes')::interval, now()
     FROM generate_series(1, $1::int) AS n
     CROSS JOIN LATERAL (SELECT * FROM resources ORDER BY arn OFFSET (n % 13) LIMIT 1) r`,
    [extra],
  );
  await client.query("ANALYZE findings");
  await client.end();
}
console.log(`seeded ${url}${extra ? ` with ${extra} extra findings` : ""}`);
