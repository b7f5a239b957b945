/** Starts bench/workers/synthetic-worker.ts as a child process and follows its JSON event lines. */
import { type ChildProcess, spawn } from "node:child_process";
import { createRequire } from "node:module";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

export interface SyntheticWorkerProcess {
  pid: number;
  child: ChildProcess;
  /** Resolves once the worker has registered its jobs. */
  ready: Promise<void>;
  /** SIGTERM; resolves with the worker's peak resident memory. */
  stop(): Promise<{ maxRssKb: number }>;
  /** SIGKILL, as a crashed machine or an OOM kill would. */
  kill(): Promise<void>;
}

const ENTRY = fileURLToPath(new URL("./synthetic-worker.ts", import.meta.url));
const ROOT = fileURLToPath(new URL("../..", import.meta.url));

export function spawnSyntheticWorker(options: { databaseUrl: string; env?: Record<string, string>; logs?: (line: string) => void }): SyntheticWorkerProcess {
  const tsx = createRequire(import.meta.url).resolve("tsx");
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", tsx, ENTRY], {
    cwd: ROOT,
    env: { ...process.env, ...options.env, DATABASE_URL: options.databaseUrl, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const events: { event: string; maxRssKb?: number }[] = [];
  const waiters: (() => void)[] = [];
  createInterface({ input: child.stdout! }).on("line", (line) => {
    try {
      events.push(JSON.parse(line) as { event: string });
    } catch {
      options.logs?.(line);
    }
    for (const wake of waiters.splice(0)) wake();
  });
  let stderr = "";
  createInterface({ input: child.stderr! }).on("line", (line) => {
    stderr = `${stderr}${line}\n`.slice(-4_000);
    options.logs?.(line);
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const waitFor = (name: string) =>
    new Promise<{ event: string; maxRssKb?: number }>((resolve, reject) => {
      const check = () => {
        const found = events.find((event) => event.event === name);
        if (found) return resolve(found);
        if (child.exitCode !== null || child.signalCode !== null) return reject(new Error(`worker exited before "${name}":\n${stderr}`));
        waiters.push(check);
      };
      child.once("exit", check);
      check();
    });
  return {
    pid: child.pid ?? -1,
    child,
    ready: waitFor("ready").then(() => undefined),
    async stop() {
      const stopped = waitFor("stopped");
      child.kill("SIGTERM");
      const event = await stopped;
      await exited;
      return { maxRssKb: event.maxRssKb ?? 0 };
    },
    async kill() {
      child.kill("SIGKILL");
      await exited;
    },
  };
}
