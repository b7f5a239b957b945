import type { PolicyDocument } from "./principal-detail";

export interface DiffLine {
  text: string;
  /** "same": the line appears on both sides; "removed" only in the current policies; "added" only in the suggestion. */
  change: "same" | "removed" | "added";
}

const key = (line: string) => line.trim().replace(/,$/, "");

const LISTS = ["Action", "NotAction", "Resource", "NotResource"];

/** Writes single values of Action/Resource as lists, as the suggestion does, so equal grants print as equal lines. */
function normalize(document: unknown): unknown {
  if (!document || typeof document !== "object" || Array.isArray(document)) return document;
  const statement = (document as { Statement?: unknown }).Statement;
  if (statement === undefined) return document;
  const statements = (Array.isArray(statement) ? statement : [statement]).map((entry) =>
    entry && typeof entry === "object" && !Array.isArray(entry)
      ? Object.fromEntries(Object.entries(entry).map(([name, value]) => [name, LISTS.includes(name) && typeof value === "string" ? [value] : value]))
      : entry,
  );
  return { ...document, Statement: statements };
}

function lines(value: unknown): string[] {
  return JSON.stringify(normalize(value), null, 2).split("\n");
}

/**
 * A side-by-side, line-level comparison of a principal's current identity policies and the suggested policy
 * (pretty-printed JSON). A line counts as kept when the other side has the same line, so each granted action
 * shows as kept or removed; boundaries and trust policies are left out (the suggestion does not replace them).
 */
export function diffPolicyLines(current: readonly PolicyDocument[], suggested: unknown): { left: DiffLine[]; right: DiffLine[] } {
  const identity = current.filter((policy) => policy.source.kind === "inline" || policy.source.kind === "managed");
  const leftText = identity.flatMap((policy) => [
    `// ${policy.source.kind} ${policy.source.arn ?? policy.source.name}${policy.source.viaGroup ? ` (via group ${policy.source.viaGroup})` : ""}`,
    ...lines(policy.document),
  ]);
  const rightText = lines(suggested);
  const leftKeys = new Set(leftText.map(key));
  const rightKeys = new Set(rightText.map(key));
  return {
    left: leftText.map((text) => ({ text, change: text.startsWith("// ") || rightKeys.has(key(text)) ? "same" : "removed" })),
    right: rightText.map((text) => ({ text, change: leftKeys.has(key(text)) ? "same" : "added" })),
  };
}
