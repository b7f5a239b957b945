import { defineConfig, devices } from "@playwright/test";

// Journeys run against a production build on port 3100 whose fresh database holds the scanned sample account
// (`npm run serve:e2e`). Debian's Chromium is used; no browser download.
// VIGIL_E2E_BASE_URL points the suite at a server you already run (development only); by default
// Playwright starts its own.
const externalBaseUrl = process.env.VIGIL_E2E_BASE_URL;

export default defineConfig({
  testDir: "e2e",
  testMatch: "**/*.spec.ts",
  outputDir: "e2e/output/test-results",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [["list"], ["html", { outputFolder: "e2e/output/report", open: "never" }]],
  use: {
    baseURL: externalBaseUrl ?? "http://127.0.0.1:3100",
    viewport: { width: 1280, height: 900 },
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [
    // Signs in once per role (e2e/auth.setup.ts); the journeys run as the analyst unless a spec picks a role.
    { name: "setup", testMatch: /auth\.setup\.ts$/ },
    {
      name: "light",
      dependencies: ["setup"],
      use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 900 }, colorScheme: "light", storageState: "e2e/output/.auth/analyst.json" },
    },
    {
      name: "dark",
      dependencies: ["setup"],
      use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 900 }, colorScheme: "dark", storageState: "e2e/output/.auth/analyst.json" },
      grep: /@visual/,
    },
  ],
  webServer: externalBaseUrl
    ? undefined
    : {
        command: "npm run serve:e2e",
        url: "http://127.0.0.1:3100/api/health",
        reuseExistingServer: false,
        timeout: 240_000,
      },
});
