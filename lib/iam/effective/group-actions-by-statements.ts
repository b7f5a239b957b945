import { catalogueActionAt, catalogueSize, expandActionPositions } from "@/lib/policy/action-catalogue";
import type { ParsedPolicy, ParsedStatement } from "@/lib/policy/parsed-policy";

/** A policy layer as the evaluator sees it: identity, boundary, or one SCP level, with a short tag for keys. */
export type PolicyLayer = readonly [tag: string, policies: readonly ParsedPolicy[]];

const coverage = new WeakMap<ParsedStatement, Int32Array>();

/** Catalogue positions of the actions a statement's Action or NotAction names (memoised per statement). */
function coveredPositions(statement: ParsedStatement): Int32Array {
  let out = coverage.get(statement);
  if (!out) {
    const named = new Set<number>();
    for (const p of statement.actions ?? statement.notActions ?? []) for (const i of expandActionPositions(p)) named.add(i);
    if (statement.actions) out = Int32Array.from([...named].sort((a, b) => a - b));
    else {
      const all: number[] = [];
      for (let i = 0; i < catalogueSize(); i++) if (!named.has(i)) all.push(i);
      out = Int32Array.from(all);
    }
    coverage.set(statement, out);
  }
  return out;
}

let scratch = new Int32Array(0);

/**
 * Splits catalogue actions into groups named by the same statements, in the order the evaluator visits them
 * (layer, policy, statement; a statement naming both the action's service and a wildcard service is visited
 * twice). Requests for "*" are decided alike within a group, so one evaluation per group suffices.
 * Takes catalogue positions and returns their group keys, in candidate order. Work grows with the statements'
 * coverage, not with statements times actions.
 */
export function groupActionsByStatements(layers: readonly PolicyLayer[], candidates: ArrayLike<number>): string[] {
  if (scratch.length !== catalogueSize()) scratch = new Int32Array(catalogueSize());
  const cls = scratch;
  const keys = [""];
  const touched: number[] = [];
  const visit = (positions: Iterable<number>, step: string) => {
    const next = new Map<number, number>();
    for (const i of positions) {
      const from = cls[i] ?? 0;
      let to = next.get(from);
      if (to === undefined) {
        to = keys.length;
        keys.push(`${keys[from] ?? ""}${step},`);
        next.set(from, to);
      }
      if (from === 0) touched.push(i);
      cls[i] = to;
    }
  };
  try {
    for (const [tag, policies] of layers) {
      for (const policy of policies) {
        for (const s of policy.statements) {
          const positions = coveredPositions(s);
          const step = `${tag}${policy.id}.${s.index}`;
          visit(positions, step);
          if (s.services.length > 1 && s.services.includes("*")) {
            const own = new Set(s.services);
            visit(filterPositions(positions, (i) => own.has(catalogueActionAt(i)?.service ?? "")), `${step}d`);
          }
        }
      }
    }
    return Array.from(candidates, (i) => keys[cls[i] ?? 0] ?? "");
  } finally {
    // The scratch array is shared between calls: leave it all zero.
    for (const i of touched) cls[i] = 0;
  }
}

function* filterPositions(positions: Int32Array, keep: (i: number) => boolean): Generator<number> {
  for (const i of positions) if (keep(i)) yield i;
}
