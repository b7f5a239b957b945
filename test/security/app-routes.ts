/**
 * Every route of app/ as a URL pattern, read from the filesystem (page.tsx and route.ts files; route groups
 * removed, private _folders skipped), so the security suites cover routes added after they were written.
 */
import { readdirSync } from "node:fs";
import path from "node:path";

export interface AppRoute {
  pattern: string;
  kind: "page" | "route";
  file: string;
}

export function listAppRoutes(root = path.resolve("app")): AppRoute[] {
  const routes: AppRoute[] = [];
  const walk = (dir: string, segments: string[]) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (entry.name.startsWith("_") || entry.name.startsWith("@")) continue;
        const isGroup = entry.name.startsWith("(") && entry.name.endsWith(")");
        walk(path.join(dir, entry.name), isGroup ? segments : [...segments, entry.name]);
      } else if (/^(page|route)\.(tsx?|jsx?)$/.test(entry.name)) {
        routes.push({ pattern: `/${segments.join("/")}`, kind: entry.name.startsWith("page") ? "page" : "route", file: path.relative(root, path.join(dir, entry.name)) });
      }
    }
  };
  walk(root, []);
  return routes.sort((a, b) => a.pattern.localeCompare(b.pattern));
}

/** A concrete path for a pattern: dynamic segments get a plausible value. */
export function samplePath(pattern: string): string {
  return pattern
    .replace(/\[\[?\.\.\.[^\]]+\]\]?/g, "a/b")
    .replace(/\[(id|[a-z]*Id)\]/g, "5b0e0f62-9d1d-4f55-8f57-0c6b1c2a1f11")
    .replace(/\[[^\]]+\]/g, "cis-aws-foundations");
}
