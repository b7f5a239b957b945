/**
 * Runs a CLI command body with Vigil's database ready: DATABASE_URL or the embedded server, migrated.
 * DATABASE_URL is set for the rest of the process so lib/db's `db()` and child processes find it.
 * In embedded mode it also makes sure the key file that seals second-factor secrets exists (see
 * lib/secrets/resolve-sealing-key.ts), and whenever a key is available it seals secrets still stored in the clear.
 */
import { ensureKeyFile, trySealingKey } from "@/lib/secrets/resolve-sealing-key";
import { sealClearTotpSecrets } from "@/lib/auth/seal-clear-totp-secrets";
import { db, type Database } from "@/lib/db/client";
import { prepareDatabase, type PreparedDatabase } from "@/lib/db/prepare-database";
import { loadEnv } from "@/lib/env";

export async function withDatabase<T>(
  body: (database: Database, prepared: PreparedDatabase) => Promise<T>,
  options: { quiet?: boolean } = {},
): Promise<T> {
  const log = options.quiet ? () => undefined : (message: string) => console.error(message);
  // Read before prepareDatabase: afterwards DATABASE_URL is set in embedded mode too.
  const env = loadEnv();
  const prepared = await prepareDatabase({ log });
  if (!env.DATABASE_URL && !env.VIGIL_ENCRYPTION_KEY) ensureKeyFile(env.VIGIL_DATA_DIR);
  process.env.DATABASE_URL = prepared.url;
  const database = db();
  try {
    const key = trySealingKey(env);
    const sealed = key ? await sealClearTotpSecrets(database, key) : 0;
    if (sealed > 0) log(`Sealed ${sealed} authenticator ${sealed === 1 ? "secret" : "secrets"} stored in the clear.`);
    return await body(database, prepared);
  } finally {
    await database.$disconnect().catch(() => undefined);
    await prepared.stop();
  }
}
