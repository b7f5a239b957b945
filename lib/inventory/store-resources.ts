/**
 * Streams collected resources into Postgres in batches. A resource gets a new version row only when
 * its configuration hash changes; unchanged resources only have their "last seen" marks moved.
 */
import { randomUUID } from "node:crypto";
import type { Database } from "@/lib/db/client";
import { hashConfiguration } from "./hash-configuration";
import type { ResourceRecord } from "./resource-record";

export interface StoreCounts {
  seen: number;
  added: number;
  changed: number;
}

export interface ResourceStore {
  add(record: ResourceRecord): Promise<void>;
  /** Writes whatever is buffered; call once collection has finished. */
  flush(): Promise<StoreCounts>;
}

interface ExistingRow {
  id: string;
  arn: string;
  hash: string;
  deleted_at: Date | null;
}

export function createResourceStore(
  database: Database,
  options: { accountId: string; scanId: string; now: Date; batchSize?: number },
): ResourceStore {
  const batchSize = options.batchSize ?? 500;
  const counts: StoreCounts = { seen: 0, added: 0, changed: 0 };
  let buffer = new Map<string, ResourceRecord>();

  async function writeBatch(records: ResourceRecord[]): Promise<void> {
    if (records.length === 0) return;
    const existing = await database.$queryRaw<ExistingRow[]>`
      SELECT id, arn, hash, deleted_at FROM resources
      WHERE account_id = ${options.accountId} AND arn = ANY(${records.map((r) => r.arn)}::text[])`;
    const existingByArn = new Map(existing.map((row) => [row.arn, row]));

    const inserts: { id: string; record: ResourceRecord; hash: string }[] = [];
    const updates: { id: string; record: ResourceRecord; hash: string }[] = [];
    const touchedIds: string[] = [];
    for (const record of records) {
      if (record.accountId !== options.accountId) {
        throw new Error(`Resource ${record.arn} belongs to account ${record.accountId}, not ${options.accountId}`);
      }
      const hash = hashConfiguration(record.configuration);
      const row = existingByArn.get(record.arn);
      if (!row) inserts.push({ id: randomUUID(), record, hash });
      else if (row.hash !== hash) updates.push({ id: row.id, record, hash });
      else touchedIds.push(row.id);
    }

    await database.$transaction([
      ...insertResources(database, inserts, options),
      ...updateResources(database, updates, options),
      ...insertVersions(database, [...inserts, ...updates], options),
      database.$executeRaw`
        UPDATE resources SET last_seen_at = ${options.now}, last_scan_id = ${options.scanId}::uuid, deleted_at = NULL
        WHERE id = ANY(${touchedIds}::uuid[])`,
    ]);
    counts.added += inserts.length;
    counts.changed += updates.length;
  }

  return {
    async add(record) {
      counts.seen += buffer.has(record.arn) ? 0 : 1;
      buffer.set(record.arn, record);
      if (buffer.size >= batchSize) {
        const batch = [...buffer.values()];
        buffer = new Map();
        await writeBatch(batch);
      }
    },
    async flush() {
      const batch = [...buffer.values()];
      buffer = new Map();
      await writeBatch(batch);
      return { ...counts };
    },
  };
}

type Row = { id: string; record: ResourceRecord; hash: string };
type StoreOptions = { accountId: string; scanId: string; now: Date };

function insertResources(database: Database, rows: Row[], options: StoreOptions) {
  if (rows.length === 0) return [];
  return [
    database.$executeRaw`
      INSERT INTO resources (id, account_id, region, service, type, arn, name, configuration, hash,
                             first_seen_at, last_seen_at, last_scan_id)
      SELECT u.id, ${options.accountId}, u.region, u.service, u.type, u.arn, u.name, u.configuration::jsonb, u.hash,
             ${options.now}, ${options.now}, ${options.scanId}::uuid
      FROM unnest(${rows.map((r) => r.id)}::uuid[], ${rows.map((r) => r.record.region)}::text[],
                  ${rows.map((r) => r.record.service)}::text[], ${rows.map((r) => r.record.type)}::text[],
                  ${rows.map((r) => r.record.arn)}::text[], ${rows.map((r) => r.record.name)}::text[],
                  ${rows.map((r) => JSON.stringify(r.record.configuration))}::text[], ${rows.map((r) => r.hash)}::text[])
        AS u(id, region, service, type, arn, name, configuration, hash)
      ON CONFLICT (account_id, arn) DO NOTHING`,
  ];
}

function updateResources(database: Database, rows: Row[], options: StoreOptions) {
  if (rows.length === 0) return [];
  return [
    database.$executeRaw`
      UPDATE resources r SET configuration = u.configuration::jsonb, hash = u.hash, name = u.name, region = u.region,
             last_seen_at = ${options.now}, last_scan_id = ${options.scanId}::uuid, deleted_at = NULL
      FROM unnest(${rows.map((r) => r.id)}::uuid[], ${rows.map((r) => JSON.stringify(r.record.configuration))}::text[],
                  ${rows.map((r) => r.hash)}::text[], ${rows.map((r) => r.record.name)}::text[],
                  ${rows.map((r) => r.record.region)}::text[])
        AS u(id, configuration, hash, name, region)
      WHERE r.id = u.id`,
  ];
}

function insertVersions(database: Database, rows: Row[], options: StoreOptions) {
  if (rows.length === 0) return [];
  return [
    database.$executeRaw`
      INSERT INTO resource_versions (resource_id, scan_id, hash, configuration, captured_at)
      SELECT u.id, ${options.scanId}::uuid, u.hash, u.configuration::jsonb, ${options.now}
      FROM unnest(${rows.map((r) => r.id)}::uuid[], ${rows.map((r) => r.hash)}::text[],
                  ${rows.map((r) => JSON.stringify(r.record.configuration))}::text[]) AS u(id, hash, configuration)`,
  ];
}
