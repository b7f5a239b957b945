/**
 * Decides whether the cluster folder is new (initialise it), ready (start it) or damaged (stop and say
 * what to do). Vigil never deletes or rewrites a folder it did not just create.
 */
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { DatabaseError } from "@/lib/db/database-error";

export const embeddedMajorVersion = "18";

export async function checkDataDir(pgData: string): Promise<"new" | "ready"> {
  const entries = await readdir(pgData).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [];
    throw invalid(pgData, `cannot be read (${error.code ?? error.message})`);
  });
  if (entries.length === 0) return "new";

  const version = await readFile(path.join(pgData, "PG_VERSION"), "utf8").catch(() => undefined);
  const control = await stat(path.join(pgData, "global", "pg_control")).catch(() => undefined);
  if (version === undefined || !control?.isFile()) {
    throw invalid(pgData, "is incomplete or damaged (no PG_VERSION or global/pg_control; an initialisation was probably interrupted)");
  }
  if (version.trim() !== embeddedMajorVersion) {
    throw invalid(
      pgData,
      `was created by PostgreSQL ${version.trim()} but Vigil embeds PostgreSQL ${embeddedMajorVersion}; export it with that version's pg_dump (or point DATABASE_URL at a server of that version)`,
    );
  }
  return "ready";
}

function invalid(pgData: string, problem: string): DatabaseError {
  return new DatabaseError(
    "embedded_data_dir_invalid",
    `Vigil's database folder ${pgData} ${problem}. Vigil never deletes data: move the folder aside (mv ${pgData} ${pgData}.broken) to start with an empty database, or restore it from a backup.`,
  );
}
