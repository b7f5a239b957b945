/**
 * The one-time upgrade of TOTP secrets stored in the clear (before they were sealed): run at every start
 * when a key is available, it seals each remaining clear secret. The update matches the clear value it
 * read, so processes starting together, or a sign-in sealing the same row, never overwrite each other.
 */
import type { Database } from "@/lib/db/client";
import { isSealedTotpSecret, sealTotpSecret } from "./seal-totp-secret";

export async function sealClearTotpSecrets(database: Database, key: Buffer): Promise<number> {
  const rows = await database.user.findMany({
    where: { totpSecret: { not: null }, NOT: { totpSecret: { startsWith: "v1:" } } },
    select: { id: true, totpSecret: true },
  });
  let sealed = 0;
  for (const row of rows) {
    if (!row.totpSecret || isSealedTotpSecret(row.totpSecret)) continue;
    const updated = await database.user.updateMany({
      where: { id: row.id, totpSecret: row.totpSecret },
      data: { totpSecret: sealTotpSecret(row.totpSecret, key) },
    });
    sealed += updated.count;
  }
  return sealed;
}
