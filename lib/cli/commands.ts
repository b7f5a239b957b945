import { accountsCommand } from "./commands/accounts";
import { exportCommand } from "./commands/export";
import { findingsCommand } from "./commands/findings";
import { migrateCommand } from "./commands/migrate";
import { scanCommand } from "./commands/scan";
import { serveCommand } from "./commands/serve";
import { usersCommand } from "./commands/users";
import { workerCommand } from "./commands/worker";
import type { CliCommand } from "./cli-command";

export const COMMANDS: readonly CliCommand[] = [scanCommand, accountsCommand, findingsCommand, exportCommand, migrateCommand, serveCommand, workerCommand, usersCommand];
