/**
 * The one error type of the database layer. `message` is a single line meant for the person running Vigil
 * (the CLI prints it without a stack trace); `code` lets callers branch without parsing text.
 */
export type DatabaseErrorCode =
  | "database_unreachable"
  | "migration_failed"
  | "migration_blocked"
  | "embedded_port_in_use"
  | "embedded_data_dir_invalid"
  | "embedded_already_running"
  | "embedded_start_failed";

export class DatabaseError extends Error {
  readonly code: DatabaseErrorCode;

  constructor(code: DatabaseErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "DatabaseError";
    this.code = code;
  }
}
