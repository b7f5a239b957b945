import { findingsCommand } from "./commands/findings";
import { migrateCommand } from "./commands/migrate";
import { scanCommand } from "./commands/scan";
import { serveCommand } from "./commands/serve";
import { workerCommand } from "./commands/worker";
import type { CliCommand } from "./cli-command";

export const COMMANDS: readonly CliCommand[] = [scanCommand, findingsCommand, migrateCommand, serveCommand, workerCommand];
