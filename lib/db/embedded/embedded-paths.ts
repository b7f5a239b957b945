/**
 * Layout of VIGIL_DATA_DIR (default .data, git-ignored):
 *   postgres/           the PostgreSQL cluster (owned by the `postgres` user when Vigil runs as root)
 *   postgres.password   random superuser password generated at initialisation (mode 0600)
 *   postgres.owner      pid of the Vigil process that started the server, to tell a second Vigil from an orphan
 */
import path from "node:path";

export interface EmbeddedPaths {
  root: string;
  pgData: string;
  passwordFile: string;
  ownerFile: string;
}

export function embeddedPaths(dataDir: string): EmbeddedPaths {
  const root = path.resolve(dataDir);
  return {
    root,
    pgData: path.join(root, "postgres"),
    passwordFile: path.join(root, "postgres.password"),
    ownerFile: path.join(root, "postgres.owner"),
  };
}
