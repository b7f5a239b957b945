/**
 * The one error type domain functions throw for expected failures. Its code decides the HTTP status
 * (httpStatusFor) and the CLI's one-line message; anything else is an unexpected 500.
 */
export type VigilErrorCode =
  | "invalid_input"
  | "not_found"
  | "conflict"
  | "unauthenticated"
  | "forbidden"
  | "unavailable"
  | "not_configured";

export class VigilError extends Error {
  constructor(
    readonly code: VigilErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "VigilError";
  }
}

const STATUS: Record<VigilErrorCode, number> = {
  invalid_input: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  not_configured: 422,
  unavailable: 503,
};

export function httpStatusFor(error: unknown): number {
  return error instanceof VigilError ? STATUS[error.code] : 500;
}
