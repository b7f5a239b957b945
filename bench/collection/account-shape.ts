import { DEFAULT_ENABLED_REGIONS } from "@/collectors/aws/default-regions";

/** The size of one simulated account: the large account times `scale`. */
export interface AccountShape {
  accountId: string;
  roles: number;
  users: number;
  policies: number;
  buckets: number;
  functions: number;
  keys: number;
  regions: readonly string[];
}

export function accountShape(scale: number, index: number): AccountShape {
  const n = (full: number) => Math.max(1, Math.round(full * scale));
  return {
    accountId: String(100000000000 + index),
    roles: n(5_000),
    users: n(2_000),
    policies: n(3_000),
    buckets: n(2_000),
    functions: n(3_000),
    keys: n(1_000),
    regions: DEFAULT_ENABLED_REGIONS,
  };
}

/** Items spread round-robin over the regions: the ones of `region`, as indexes. */
export function indexesInRegion(count: number, regions: readonly string[], region: string): number[] {
  const position = regions.indexOf(region);
  if (position < 0) return [];
  const indexes: number[] = [];
  for (let index = position; index < count; index += regions.length) indexes.push(index);
  return indexes;
}

export const encodeDocument = (document: unknown) => encodeURIComponent(JSON.stringify(document));

/** A page of `items` by a numeric marker, as AWS's Marker/NextToken listings answer. */
export function page<T>(items: readonly T[], marker: unknown, size: number): { items: T[]; next: string | undefined } {
  const start = typeof marker === "string" ? Number(marker) : 0;
  const end = Math.min(items.length, start + size);
  return { items: items.slice(start, end), next: end < items.length ? String(end) : undefined };
}
