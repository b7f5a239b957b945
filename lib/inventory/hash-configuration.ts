import { createHash } from "node:crypto";

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
