import { type CliCommand, parseOptions } from "../cli-command";
import { withDatabase } from "../with-database";

export const migrateCommand: CliCommand = {
  name: "migrate",
  usage: "migrate",
  summary: "Apply pending database migrations and exit",
  async run(args) {
    parseOptions(args, {}, this.usage);
    await withDatabase(async () => console.log("Database schema is up to date."));
    return 0;
  },
};
