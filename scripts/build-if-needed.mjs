#!/usr/bin/env node
// Builds the Next.js app when there is no production build or the sources changed since the last one,
// so `npm start` is one command on a fresh clone and instant on the next run.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const SOURCES = ["app", "lib", "collectors", "public", "next.config.ts", "tsconfig.json", "package-lock.json", "prisma/schema.prisma"];
const SKIP = new Set(["node_modules", ".next", "generated"]);
const STAMP = ".next/vigil-source-fingerprint";

function* files(path) {
  if (!existsSync(path)) return;
  const stat = statSync(path);
  if (stat.isFile()) {
    yield [path, stat];
    return;
  }
  for (const entry of readdirSync(path).sort()) if (!SKIP.has(entry)) yield* files(join(path, entry));
}

const hash = createHash("sha256");
for (const source of SOURCES) for (const [path, stat] of files(source)) hash.update(`${path}:${stat.size}:${stat.mtimeMs}\n`);
const fingerprint = hash.digest("hex");

const upToDate = existsSync(".next/BUILD_ID") && existsSync(STAMP) && readFileSync(STAMP, "utf8") === fingerprint;
if (upToDate) process.exit(0);

console.log("Building the dashboard (first start or sources changed)...");
const result = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
  stdio: "inherit",
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
});
if (result.status !== 0) {
  console.error("vigil: the dashboard build failed (see above).");
  process.exit(result.status ?? 1);
}
writeFileSync(STAMP, fingerprint);
