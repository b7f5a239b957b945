import "server-only";
import { db, type Database } from "@/lib/db/client";
import { readSeveritySlas, SEVERITY_SLAS_KEY } from "@/lib/settings/severity-slas.schemas";

/** The severity SLAs in force, with who changed them last (null while the defaults apply). */
export async function getSeveritySlas(database: Database = db()) {
  const row = await database.appSetting.findUnique({ where: { key: SEVERITY_SLAS_KEY } });
  const { slas, source } = readSeveritySlas(row?.value);
  return { slas, source, updatedAt: source === "settings" ? (row?.updatedAt ?? null) : null, updatedBy: source === "settings" ? (row?.updatedBy ?? null) : null };
}
