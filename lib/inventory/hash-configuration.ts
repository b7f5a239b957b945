import { createHash, hash } from "node:crypto";

/** Serialises with object keys sorted, so the same configuration always yields the same text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (inner && typeof inner === "object" && !Array.isArray(inner)) {
      const sorted: Record<string, unknown> = {};
      for (const key of Object.keys(inner).sort()) sorted[key] = (inner as Record<string, unknown>)[key];
      return sorted;
    }
    return inner;
  });
}

/** SHA-256 of the canonical configuration: a resource gets a new version only when this changes. */
export function hashConfiguration(configuration: unknown): string {
  return createHash("sha256").update(canonicalJson(configuration)).digest("hex");
}

export interface CanonicalConfiguration<T> {
  /** The configuration as JSON gives it back (Dates as ISO text, no undefined), keys sorted: what checks read. */
  configuration: T;
  /** `canonicalJson` of the configuration: what is stored. */
  json: string;
  /** `hashConfiguration` of the configuration. */
  hash: string;
}

/**
 * One pass for what the scan pipeline needs of a collected configuration: the JSON-safe copy the checks
 * evaluate (as if read back from the database), its canonical text and its hash. The same text and hash as
 * canonicalJson/hashConfiguration, about twice as fast, because the copy is serialised without a replacer.
 */
export function canonicalizeConfiguration<T>(configuration: T): CanonicalConfiguration<T> {
  const copy = toJsonValue(configuration, "");
  const json = JSON.stringify(copy);
  return { configuration: copy as T, json, hash: hash("sha256", json, "hex") };
}

/**
 * What JSON.stringify would make of `value` (toJSON, dropped undefined, null for non-finite numbers), keys sorted,
 * exactly as canonicalJson's replacer sees it (a boxed primitive is an object there too).
 */
function toJsonValue(value: unknown, key: string): unknown {
  let current = value;
  if (current !== null && typeof current === "object" && typeof (current as { toJSON?: unknown }).toJSON === "function") {
    current = (current as { toJSON(key: string): unknown }).toJSON(key);
  }
  switch (typeof current) {
    case "string":
    case "boolean":
      return current;
    case "number":
      // JSON has no -0: it reads back as 0.
      return Number.isFinite(current) ? (current === 0 ? 0 : current) : null;
    case "bigint":
      throw new TypeError("Do not know how to serialize a BigInt");
    case "object": {
      if (current === null) return null;
      if (Array.isArray(current)) {
        const items = new Array<unknown>(current.length);
        for (let index = 0; index < current.length; index++) items[index] = toJsonValue(current[index], String(index)) ?? null;
        return items;
      }
      const source = current as Record<string, unknown>;
      const sorted: Record<string, unknown> = {};
      for (const name of Object.keys(source).sort()) {
        // canonicalJson's copy loses "__proto__" (the assignment sets the prototype): so must this one, for the same hash.
        if (name === "__proto__") continue;
        const inner = toJsonValue(source[name], name);
        if (inner !== undefined) sorted[name] = inner;
      }
      return sorted;
    }
    default:
      return undefined; // undefined, functions and symbols, as JSON.stringify drops them
  }
}
