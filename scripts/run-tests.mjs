#!/usr/bin/env node
// `npm test`: the whole suite — unit and integration tests (vitest, real Postgres), then the
// end-to-end journeys (Playwright in Chromium against a production build) — with one closing line.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";

mkdirSync("test-results", { recursive: true });
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const run = (command, args, extraEnv = {}) =>
  spawnSync(command, args, { stdio: "inherit", env: { ...env, ...extraEnv } }).status ?? 1;

const totals = { passed: 0, failed: 0, skipped: 0 };
const steps = [];

steps.push(["type check", run(process.execPath, ["node_modules/typescript/bin/tsc", "--noEmit", "-p", "tsconfig.json"])]);

const vitestStatus = run(process.execPath, [
  "node_modules/vitest/vitest.mjs", "run", "--reporter=default", "--reporter=json", "--outputFile.json=test-results/vitest.json",
]);
if (existsSync("test-results/vitest.json")) {
  const report = JSON.parse(readFileSync("test-results/vitest.json", "utf8"));
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests;
  totals.skipped += report.numPendingTests + report.numTodoTests;
}
steps.push(["unit and integration", vitestStatus]);

const buildStatus = run(process.execPath, ["scripts/build-if-needed.mjs"]);
steps.push(["production build", buildStatus]);
if (buildStatus === 0) {
  const e2eStatus = run(process.execPath, ["node_modules/@playwright/test/cli.js", "test", "--reporter=list,json"], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: "test-results/playwright.json",
  });
  if (existsSync("test-results/playwright.json")) {
    const stats = JSON.parse(readFileSync("test-results/playwright.json", "utf8")).stats ?? {};
    totals.passed += stats.expected ?? 0;
    totals.failed += (stats.unexpected ?? 0) + (stats.flaky ?? 0);
    totals.skipped += stats.skipped ?? 0;
  }
  steps.push(["end-to-end", e2eStatus]);
}

const failedSteps = steps.filter(([, status]) => status !== 0).map(([name]) => name);
if (failedSteps.length > 0 && totals.failed === 0) totals.failed = failedSteps.length; // a step died before reporting
for (const [name, status] of steps) console.log(`${status === 0 ? "ok  " : "FAIL"} ${name}`);
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failedSteps.length > 0 ? 1 : 0);
