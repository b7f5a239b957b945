/**
 * Field-level difference between two versions of a resource's configuration: every leaf that was
 * added, removed or changed, addressed by a readable path ("Versioning.Status", "Policy.Statement[0].Effect").
 * Pure, so the dashboard's configuration timeline and the change sets share one definition of "what changed".
 */

export type FieldChangeKind = "added" | "removed" | "changed";

export interface FieldChange {
  path: string;
  kind: FieldChangeKind;
  before?: unknown;
  after?: unknown;
}

/** Keys the collectors use for bookkeeping rather than configuration. */
const IGNORED_KEYS: ReadonlySet<string> = new Set(["_errors"]);

export function diffConfiguration(before: unknown, after: unknown, options: { ignoreKeys?: ReadonlySet<string> } = {}): FieldChange[] {
  const changes: FieldChange[] = [];
  walk(before, after, "", changes, options.ignoreKeys ?? IGNORED_KEYS);
  return changes;
}

function walk(before: unknown, after: unknown, path: string, changes: FieldChange[], ignore: ReadonlySet<string>): void {
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    for (const key of keys) {
      if (path === "" && ignore.has(key)) continue;
      const childPath = path === "" ? key : `${path}.${key}`;
      if (!(key in before)) changes.push({ path: childPath, kind: "added", after: after[key] });
      else if (!(key in after)) changes.push({ path: childPath, kind: "removed", before: before[key] });
      else walk(before[key], after[key], childPath, changes, ignore);
    }
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const length = Math.max(before.length, after.length);
    for (let index = 0; index < length; index++) {
      const childPath = `${path}[${index}]`;
      if (index >= before.length) changes.push({ path: childPath, kind: "added", after: after[index] });
      else if (index >= after.length) changes.push({ path: childPath, kind: "removed", before: before[index] });
      else walk(before[index], after[index], childPath, changes, ignore);
    }
    return;
  }
  if (!sameValue(before, after)) changes.push({ path: path || "(root)", kind: "changed", before, after });
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  // Scalars of different JSON types (1 vs "1") differ; structures of different shapes differ.
  return JSON.stringify(a) === JSON.stringify(b);
}
