/**
 * `vigil <command>`: the entry point for people who live in terminals and for CI pipelines.
 * Every error ends as one clear line on stderr and a non-zero exit code (VIGIL_DEBUG=1 shows the stack).
 */
import { CliError } from "./cli-error";
import { COMMANDS } from "./commands";

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === "help" || name === "--help" || name === "-h") {
    printUsage();
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) throw new CliError(`unknown command "${name}". Run \`vigil help\` to list commands.`, 2);
  return command.run(args);
}

function printUsage() {
  const lines = COMMANDS.map((command) => `  ${command.usage.padEnd(58)} ${command.summary}`);
  console.log(["Usage: vigil <command> [options]", "", "Commands:", ...lines].join("\n"));
}

// Exit explicitly once stdout has drained: open handles (a database pool, a queue) must not keep a finished command alive.
const exit = (code: number) => process.stdout.write("", () => process.exit(code));

// Long-running commands (serve, worker) listen for SIGINT/SIGTERM to shut down in order. Any other command,
// or a second signal during that shutdown, ends the process at once; the 'exit' event still asks an embedded
// database that this process started for a fast shutdown.
for (const [signal, number] of [["SIGINT", 2], ["SIGTERM", 15]] as const) {
  process.on(signal, () => {
    if (process.listenerCount(signal) === 1) exit(128 + number);
  });
}

main(process.argv.slice(2)).then(exit, (error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`vigil: ${message}`);
  if (process.env.VIGIL_DEBUG === "1" && error instanceof Error) console.error(error.stack);
  exit(error instanceof CliError ? error.exitCode : 1);
});
