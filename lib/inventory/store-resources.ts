/**
 * Streams collected resources into Postgres in batches, writing only what changed: a new resource, a new
 * configuration (with a version row), a resource back from deletion, or one the latest scan had not seen.
 * A resource that is simply still there is not written at all; its "last seen" is the account's latest
 * inventory (accounts.inventory_seen_at), see lib/scans/resolve-last-seen.ts.
 */
import { randomUUID } from "node:crypto";
import type { Database } from "@/lib/db/client";
import { createWriteQueue } from "@/lib/db/create-write-queue";
import { canonicalizeConfiguration } from "./hash-configuration";
import type { ResourceRecord } from "./resource-record";

export interface StoreCounts {
  seen: number;
  added: number;
  changed: number;
}

/** A resource of the account's inventory (not deleted) that this scan has not seen. */
export interface UnseenResource {
  id: string;
  arn: string;
  service: string;
  region: string;
  /** Hash of its stored configuration. */
  hash: string;
}

export interface PreviousInventory {
  scanId: string;
  at: Date;
}

export interface StoredInventory {
  counts: StoreCounts;
  /** What the scan saw, as the checks read it (JSON-safe, as the database would give it back). */
  records: ResourceRecord[];
  /** ARN -> resource id of every resource the scan saw. */
  idsByArn: Map<string, string>;
  /** ARN -> configuration hash of every resource the scan saw. */
  hashesByArn: Map<string, string>;
  /** Live resources the scan did not see: deleted, or kept where the inventory was incomplete. */
  unseen: UnseenResource[];
  /** The account's previous inventory (null before the first): the "last seen" of rows still marked seen. */
  previousInventory: PreviousInventory | null;
}

export interface ResourceStore {
  add(record: ResourceRecord): Promise<void>;
  /** Writes whatever is buffered and waits for every write; call once collection has finished. */
  flush(): Promise<StoredInventory>;
}

interface ExistingRow {
  id: string;
  arn: string;
  service: string;
  region: string;
  hash: string;
  deleted: boolean;
  seen: boolean;
}

/** A collected record with what canonicalizeConfiguration made of its configuration. */
interface Prepared {
  record: ResourceRecord;
  configuration: ResourceRecord["configuration"];
  json: string;
  hash: string;
}

/** Records hashed before the account's stored rows have loaded, at most. */
const EARLY_LIMIT = 20_000;

interface Row {
  id: string;
  record: ResourceRecord;
  json: string;
  hash: string;
}

interface Batch {
  inserts: Map<string, Row>;
  updates: Map<string, Row>;
  marks: string[];
  /** Writes a row an earlier batch of this scan wrote, so it must wait for the batches before it. */
  ordered: boolean;
}

const emptyBatch = (): Batch => ({ inserts: new Map(), updates: new Map(), marks: [], ordered: false });

type StoreOptions = { accountId: string; scanId: string; now: Date };

export function createResourceStore(database: Database, options: StoreOptions & { batchSize?: number }): ResourceStore {
  const batchSize = options.batchSize ?? 1_000;
  const counts: StoreCounts = { seen: 0, added: 0, changed: 0 };
  const seen = new Map<string, { id: string; record: ResourceRecord; hash: string }>();
  // The account's rows load while the first records are hashed: those wait here (in order) until they arrive.
  const state = loadState(database, options.accountId);
  state.catch(() => undefined); // a failure surfaces at the next add or at flush, not as an unhandled rejection
  let loaded: Awaited<typeof state> | null = null;
  void state.then((value) => (loaded = value), () => undefined);
  const early: Prepared[] = [];
  // Batches are written while collection and hashing go on, two at a time: the database and the collector
  // work at the same time. A batch that rewrites a row an earlier batch wrote waits for those before it.
  const writes = createWriteQueue();
  let batch = emptyBatch();

  /** Decides what, if anything, to write for a prepared record; true when it queued a write. */
  function take({ record, configuration, json, hash }: Prepared, existing: Map<string, ExistingRow>): boolean {
    const stored = { ...record, configuration };
    const again = seen.get(record.arn);
    const id = again?.id ?? existing.get(record.arn)?.id ?? randomUUID();
    if (!again) counts.seen++;
    seen.set(record.arn, { id, record: stored, hash });

    // Seen twice in one scan: the last copy wins, as one write when both fall in the same batch.
    const queued = batch.inserts.get(record.arn) ?? batch.updates.get(record.arn);
    if (queued) {
      Object.assign(queued, { record: stored, json, hash });
      return false;
    }
    const row = existing.get(record.arn);
    if (!row) {
      batch.inserts.set(record.arn, { id, record: stored, json, hash });
      counts.added++;
    } else if (row.hash !== hash) {
      batch.updates.set(record.arn, { id, record: stored, json, hash });
      if (!again) counts.changed++;
    } else if (row.deleted || !row.seen) batch.marks.push(id);
    else return false;
    if (again) batch.ordered = true;
    existing.set(record.arn, { id, arn: record.arn, service: record.service, region: record.region, hash, deleted: false, seen: true });
    return true;
  }

  /** Hands the batch to the write queue; resolves once it has started. */
  function schedule(): Promise<void> {
    const current = batch;
    batch = emptyBatch();
    return writes.push(() => writeBatch(database, current, options), { ordered: current.ordered });
  }

  async function takeAll(prepared: Prepared[]) {
    const { existing } = await state;
    for (const item of prepared) {
      // Back-pressure: a full batch waits until the queue can start it.
      if (take(item, existing) && batch.inserts.size + batch.updates.size + batch.marks.length >= batchSize) await schedule();
    }
  }

  return {
    async add(record) {
      if (record.accountId !== options.accountId) {
        throw new Error(`Resource ${record.arn} belongs to account ${record.accountId}, not ${options.accountId}`);
      }
      const prepared = { record, ...canonicalizeConfiguration(record.configuration) };
      if (!loaded && early.length < EARLY_LIMIT) {
        early.push(prepared);
        return;
      }
      await takeAll([...early.splice(0), prepared]);
    },
    async flush() {
      await takeAll(early.splice(0));
      const { existing, previousInventory } = await state;
      await schedule();
      await writes.drain();
      const unseen: UnseenResource[] = [];
      for (const row of existing.values()) {
        if (!row.deleted && !seen.has(row.arn)) unseen.push({ id: row.id, arn: row.arn, service: row.service, region: row.region, hash: row.hash });
      }
      const records: ResourceRecord[] = [];
      const idsByArn = new Map<string, string>();
      const hashesByArn = new Map<string, string>();
      for (const [arn, { id, record, hash }] of seen) {
        records.push(record);
        idsByArn.set(arn, id);
        hashesByArn.set(arn, hash);
      }
      return { counts: { ...counts }, records, idsByArn, hashesByArn, unseen, previousInventory };
    },
  };
}

/** The account's stored resources (hash and state only, never configurations) and its latest inventory time. */
async function loadState(database: Database, accountId: string) {
  const [rows, account] = await Promise.all([
    database.$queryRaw<ExistingRow[]>`
      SELECT id::text, arn, service, region, hash, deleted_at IS NOT NULL AS deleted, seen_in_latest_scan AS seen
      FROM resources WHERE account_id = ${accountId}`,
    database.account.findUniqueOrThrow({ where: { id: accountId }, select: { inventorySeenAt: true, inventoryScanId: true } }),
  ]);
  const { inventorySeenAt: at, inventoryScanId: scanId } = account;
  return { existing: new Map(rows.map((row) => [row.arn, row])), previousInventory: at && scanId ? { at, scanId } : null };
}

async function writeBatch(database: Database, batch: Batch, options: StoreOptions) {
  const statements = [
    ...insertResources(database, [...batch.inserts.values()], options),
    ...updateResources(database, [...batch.updates.values()], options),
    ...markSeen(database, batch.marks, options),
  ];
  if (statements.length > 0) await database.$transaction(statements);
}

/** New resources and their first version, in one statement: the configuration is sent and parsed once. */
function insertResources(database: Database, rows: Row[], options: StoreOptions) {
  if (rows.length === 0) return [];
  return [
    database.$executeRaw`
      WITH inserted AS (
        INSERT INTO resources (id, account_id, region, service, type, arn, name, configuration, hash,
                               first_seen_at, last_seen_at, last_scan_id, seen_in_latest_scan)
        SELECT u.id, ${options.accountId}, u.region, u.service, u.type, u.arn, u.name, u.configuration::jsonb, u.hash,
               ${options.now}, ${options.now}, ${options.scanId}::uuid, true
        FROM unnest(${rows.map((r) => r.id)}::uuid[], ${rows.map((r) => r.record.region)}::text[],
                    ${rows.map((r) => r.record.service)}::text[], ${rows.map((r) => r.record.type)}::text[],
                    ${rows.map((r) => r.record.arn)}::text[], ${rows.map((r) => r.record.name)}::text[],
                    ${rows.map((r) => r.json)}::text[], ${rows.map((r) => r.hash)}::text[])
          AS u(id, region, service, type, arn, name, configuration, hash)
        ON CONFLICT (account_id, arn) DO NOTHING
        RETURNING id, hash, configuration
      )
      INSERT INTO resource_versions (resource_id, scan_id, hash, configuration, captured_at)
      SELECT id, ${options.scanId}::uuid, hash, configuration, ${options.now} FROM inserted`,
  ];
}

/** Changed configurations and their new versions, in one statement. */
function updateResources(database: Database, rows: Row[], options: StoreOptions) {
  if (rows.length === 0) return [];
  return [
    database.$executeRaw`
      WITH changed AS (
        UPDATE resources r SET configuration = u.configuration::jsonb, hash = u.hash, name = u.name, region = u.region,
               last_seen_at = ${options.now}, last_scan_id = ${options.scanId}::uuid, deleted_at = NULL, seen_in_latest_scan = true
        FROM unnest(${rows.map((r) => r.id)}::uuid[], ${rows.map((r) => r.json)}::text[],
                    ${rows.map((r) => r.hash)}::text[], ${rows.map((r) => r.record.name)}::text[],
                    ${rows.map((r) => r.record.region)}::text[])
          AS u(id, configuration, hash, name, region)
        WHERE r.id = u.id
        RETURNING r.id, r.hash, r.configuration
      )
      INSERT INTO resource_versions (resource_id, scan_id, hash, configuration, captured_at)
      SELECT id, ${options.scanId}::uuid, hash, configuration, ${options.now} FROM changed`,
  ];
}

/** Unchanged resources back from deletion, or seen again after a scan that could not see them. */
function markSeen(database: Database, ids: string[], options: StoreOptions) {
  if (ids.length === 0) return [];
  return [
    database.$executeRaw`
      UPDATE resources SET last_seen_at = ${options.now}, last_scan_id = ${options.scanId}::uuid, deleted_at = NULL,
             seen_in_latest_scan = true
      WHERE id = ANY(${ids}::uuid[])`,
  ];
}
