#!/usr/bin/env node
// Vigil's command line. Vigil is written in TypeScript and run through tsx; server modules are marked
// "server-only", which resolves to an empty module under the react-server condition, so the CLI runs with it.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const tsx = require.resolve("tsx");
const child = spawn(
  process.execPath,
  ["--conditions=react-server", "--import", tsx, join(root, "lib/cli/main.ts"), ...process.argv.slice(2)],
  { stdio: "inherit", env: { NEXT_TELEMETRY_DISABLED: "1", ...process.env } },
);
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 128 + 1 : 1)));
