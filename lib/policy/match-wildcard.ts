const cache = new Map<string, RegExp>();

/**
 * IAM-style glob match: "*" any run, "?" one character. Actions compare case-insensitively,
 * resource ARNs case-sensitively (as IAM does), hence the flag.
 */
export function matchWildcard(pattern: string, value: string, caseSensitive = false): boolean {
  const key = `${caseSensitive ? "s" : "i"}${pattern}`;
  let re = cache.get(key);
  if (!re) {
    const source = pattern
      .split("")
      .map((c) => (c === "*" ? ".*" : c === "?" ? "." : c.replace(/[.+^${}()|[\]\\]/g, "\\$&")))
      .join("");
    re = new RegExp(`^${source}$`, caseSensitive ? "s" : "is");
    cache.set(key, re);
  }
  return re.test(value);
}
