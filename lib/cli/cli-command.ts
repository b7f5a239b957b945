import { parseArgs, type ParseArgsConfig } from "node:util";
import { CliError } from "./cli-error";

export interface CliCommand {
  name: string;
  usage: string;
  summary: string;
  /** Returns the process exit code. */
  run(args: string[]): Promise<number>;
}

/** node:util parseArgs with strict options, turning its errors into one-line CLI errors. */
export function parseOptions<T extends NonNullable<ParseArgsConfig["options"]>>(args: string[], options: T, usage: string) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new CliError(`${error instanceof Error ? error.message : String(error)}. Usage: vigil ${usage}`, 2);
  }
}
