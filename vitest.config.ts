import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: { "@": fileURLToPath(new URL(".", import.meta.url)) },
    conditions: ["react-server"],
  },
  // "server-only" resolves to an empty module under react-server; tests import server modules directly.
  ssr: { resolve: { conditions: ["react-server"] } },
  test: {
    include: ["lib/**/*.test.ts", "collectors/**/*.test.ts", "test/**/*.test.ts", "app/**/*.test.ts"],
    environment: "node",
    testTimeout: 30_000,
    hookTimeout: 120_000,
    globalSetup: ["test/global-setup.ts"],
    // A fixed, test-only key for sealed secrets (TOTP), as a configured server has; suites about a missing
    // key pass their own environment to lib/auth/resolve-sealing-key.
    env: { VIGIL_ENCRYPTION_KEY: "7e57".repeat(16) },
  },
});
