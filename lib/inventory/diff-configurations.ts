/**
 * A readable, field-level diff of two resource configurations: each added, removed or changed leaf with its
 * path ("Policy.Statement[0].Principal"). Lists of plain values (actions, regions) are compared as sets, so
 * a reordering is no change and an insertion is one "added" line rather than a cascade. Pure.
 */
export type ChangeKind = "added" | "removed" | "changed";

export interface ConfigurationChange {
  path: string;
  kind: ChangeKind;
  before?: string;
  after?: string;
}

const show = (value: unknown) => (typeof value === "string" ? value : JSON.stringify(value));
const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === "object" && !Array.isArray(value);
const isPlain = (value: unknown) => value === null || typeof value !== "object";
const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

export function diffConfigurations(before: unknown, after: unknown, path = ""): ConfigurationChange[] {
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys.flatMap((key) => {
      if (!(key in after)) return [{ path: join(path, key), kind: "removed" as const, before: show(before[key]) }];
      if (!(key in before)) return [{ path: join(path, key), kind: "added" as const, after: show(after[key]) }];
      return diffConfigurations(before[key], after[key], join(path, key));
    });
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    if (before.every(isPlain) && after.every(isPlain)) {
      const had = new Set(before.map(show));
      const has = new Set(after.map(show));
      return [
        ...[...had].filter((value) => !has.has(value)).map((value) => ({ path: `${path}[]`, kind: "removed" as const, before: value })),
        ...[...has].filter((value) => !had.has(value)).map((value) => ({ path: `${path}[]`, kind: "added" as const, after: value })),
      ];
    }
    const length = Math.max(before.length, after.length);
    return Array.from({ length }, (_, index) => {
      const at = `${path}[${index}]`;
      if (index >= after.length) return [{ path: at, kind: "removed" as const, before: show(before[index]) }];
      if (index >= before.length) return [{ path: at, kind: "added" as const, after: show(after[index]) }];
      return diffConfigurations(before[index], after[index], at);
    }).flat();
  }
  if (JSON.stringify(before) === JSON.stringify(after)) return [];
  return [{ path: path || "(configuration)", kind: "changed", before: show(before), after: show(after) }];
}
