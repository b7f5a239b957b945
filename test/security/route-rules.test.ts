/**
 * Every route in app/ and every server action has an access rule: a new page, route handler or action
 * without one fails here, so nothing ships ungated by oversight.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROUTE_RULES } from "@/lib/auth/route-rules";
import { SERVER_ACTION_RULES } from "@/lib/auth/server-action-rules";
import { listAppRoutes } from "@/test/security/app-routes";

function serverActionFiles(dir = path.resolve("app")): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith(".test.ts"))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => /^\s*(\/\/[^\n]*\n\s*)*["']use server["']/.test(readFileSync(file, "utf8")));
}

describe("route and action rules", () => {
  it("finds the routes it is meant to guard (the enumeration works)", () => {
    const patterns = listAppRoutes().map((route) => route.pattern);
    expect(patterns).toEqual(expect.arrayContaining(["/", "/findings", "/findings/[id]", "/sign-in", "/admin/users", "/api/health"]));
  });

  it("has an access rule for every page and route handler in app/", () => {
    const missing = listAppRoutes().filter((route) => !(route.pattern in ROUTE_RULES)).map((route) => `${route.pattern} (app/${route.file})`);
    expect(missing, "add these routes to lib/auth/route-rules.ts").toEqual([]);
  });

  it("has no rule for a route that no longer exists", () => {
    const patterns = new Set(listAppRoutes().map((route) => route.pattern));
    expect(Object.keys(ROUTE_RULES).filter((pattern) => !patterns.has(pattern))).toEqual([]);
  });

  it("has an access rule for every exported server action", () => {
    const files = serverActionFiles();
    expect(files.length).toBeGreaterThan(0);
    const exported = files.flatMap((file) => {
      const relative = path.relative(path.resolve("app"), file).split(path.sep).join("/");
      return [...readFileSync(file, "utf8").matchAll(/export\s+(?:async\s+)?function\s+(\w+)|export\s+const\s+(\w+)\s*=/g)].map((match) => `${relative}#${match[1] ?? match[2]}`);
    });
    expect(exported.filter((key) => !(key in SERVER_ACTION_RULES)), "add these actions to lib/auth/server-action-rules.ts").toEqual([]);
    expect(Object.keys(SERVER_ACTION_RULES).filter((key) => !exported.includes(key)), "remove these from lib/auth/server-action-rules.ts").toEqual([]);
  });

  it("every non-public server action checks its actor", () => {
    for (const [key, access] of Object.entries(SERVER_ACTION_RULES)) {
      if (access === "public") continue;
      const source = readFileSync(path.resolve("app", key.split("#")[0]!), "utf8");
      expect(source, `${key} must call requireActor() (or getActor())`).toMatch(/require(Api)?Actor\(\)|getActor\(\)/);
    }
  });
});
