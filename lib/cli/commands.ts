import { accountsCommand } from "./commands/accounts";
import { exportCommand } from "./commands/export";
import { findingsCommand } from "./commands/findings";
import { migrateCommand } from "./commands/migrate";
import { principalsCommand } from "./commands/principals";
import { scanCommand } from "./commands/scan";
import { serveCommand } from "./commands/serve";
import { suggestionCommand } from "./commands/suggestion";
import { usersCommand } from "./commands/users";
import { whoCanCommand } from "./commands/who-can";
import { workerCommand } from "./commands/worker";
import type { CliCommand } from "./cli-command";

export const COMMANDS: readonly CliCommand[] = [scanCommand, accountsCommand, findingsCommand, principalsCommand, whoCanCommand, suggestionCommand, exportCommand, migrateCommand, serveCommand, workerCommand, usersCommand];
