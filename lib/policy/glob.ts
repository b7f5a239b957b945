/**
 * IAM glob patterns ("*" any run, "?" one character) over action names and ARNs.
 * Besides plain matching, the engine asks two set questions about patterns:
 * can two patterns name a common value (an Allow on "function:app-*" reaches a new function the
 * attacker names "function:*"), and does one pattern cover everything another names (a Deny must
 * cover every choice left to the caller before it decides the request).
 */

const regexCache = new Map<string, RegExp>();

function toRegExp(pattern: string, caseSensitive: boolean): RegExp {
  const key = `${caseSensitive ? "s" : "i"}${pattern}`;
  let re = regexCache.get(key);
  if (!re) {
    const source = pattern.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".");
    re = new RegExp(`^${source}$`, caseSensitive ? "s" : "is");
    if (regexCache.size > 50_000) regexCache.clear();
    regexCache.set(key, re);
  }
  return re;
}

/** True when `value` (a literal) matches `pattern`. */
export function matchGlob(pattern: string, value: string, caseSensitive = true): boolean {
  if (pattern === "*") return true;
  if (!pattern.includes("*") && !pattern.includes("?")) {
    return caseSensitive ? pattern === value : pattern.toLowerCase() === value.toLowerCase();
  }
  return toRegExp(pattern, caseSensitive).test(value);
}

export function hasWildcard(value: string): boolean {
  return value.includes("*") || value.includes("?");
}

/** True when some literal value matches both patterns. */
export function globsIntersect(a: string, b: string, caseSensitive = true): boolean {
  if (!hasWildcard(a)) return matchGlob(b, a, caseSensitive);
  if (!hasWildcard(b)) return matchGlob(a, b, caseSensitive);
  const x = caseSensitive ? a : a.toLowerCase();
  const y = caseSensitive ? b : b.toLowerCase();
  const memo = new Map<number, boolean>();
  const width = y.length + 1;
  const visit = (i: number, j: number): boolean => {
    const key = i * width + j;
    const known = memo.get(key);
    if (known !== undefined) return known;
    memo.set(key, false);
    let result: boolean;
    if (i === x.length && j === y.length) result = true;
    else if (i < x.length && x[i] === "*") result = visit(i + 1, j) || (j < y.length && visit(i, j + 1));
    else if (j < y.length && y[j] === "*") result = visit(i, j + 1) || (i < x.length && visit(i + 1, j));
    else if (i < x.length && j < y.length && (x[i] === "?" || y[j] === "?" || x[i] === y[j])) result = visit(i + 1, j + 1);
    else result = false;
    memo.set(key, result);
    return result;
  };
  return visit(0, 0);
}

/**
 * True when every value `inner` can name is also named by `outer`. Sound for the patterns IAM uses:
 * a wildcard in `inner` must be met by a "*" of `outer` (a "?" in `outer` covers only one character).
 */
export function globCovers(outer: string, inner: string, caseSensitive = true): boolean {
  if (outer === "*") return true;
  if (!hasWildcard(inner)) return matchGlob(outer, inner, caseSensitive);
  const x = caseSensitive ? outer : outer.toLowerCase();
  const y = caseSensitive ? inner : inner.toLowerCase();
  const memo = new Map<number, boolean>();
  const width = y.length + 1;
  const visit = (i: number, j: number): boolean => {
    const key = i * width + j;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let result: boolean;
    if (i === x.length) result = j === y.length;
    else if (x[i] === "*") result = visit(i + 1, j) || (j < y.length && visit(i, j + 1));
    else if (j === y.length) result = false;
    else if (y[j] === "*") result = false;
    else if (x[i] === "?" || x[i] === y[j]) result = visit(i + 1, j + 1);
    else result = false;
    memo.set(key, result);
    return result;
  };
  return visit(0, 0);
}
