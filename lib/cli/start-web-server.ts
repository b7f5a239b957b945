/**
 * Runs the Next.js production server as a child process. It runs without the react-server condition
 * the CLI uses, which Next manages itself per layer.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { CliError } from "./cli-error";

export function startWebServer(options: { port: number; hostname: string; databaseUrl: string }) {
  const require = createRequire(import.meta.url);
  const nextBin = require.resolve("next/dist/bin/next");
  if (!existsSync(".next/BUILD_ID")) {
    throw new CliError("no production build found (.next/BUILD_ID). Run `npm run build` first, or use `npm start`, which builds when needed.");
  }
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: options.databaseUrl, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" };
  delete env.NODE_OPTIONS;
  const child = spawn(process.execPath, [nextBin, "start", "-p", String(options.port), "-H", options.hostname], {
    stdio: "inherit",
    env,
  });
  const exited = new Promise<string>((resolve) => child.on("exit", (code, signal) => resolve(`web server exited (${signal ?? code})`)));
  return { exited, stop: () => void child.kill("SIGTERM") };
}
