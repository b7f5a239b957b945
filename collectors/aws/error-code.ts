/** The AWS error code of a failed call ("AccessDenied", "NoSuchBucketPolicy", "TimeoutError"...). */
export function errorCode(error: unknown): string {
  if (error && typeof error === "object") {
    const shaped = error as { name?: unknown; Code?: unknown; code?: unknown };
    for (const candidate of [shaped.Code, shaped.name, shaped.code]) {
      if (typeof candidate === "string" && candidate !== "" && candidate !== "Error") return candidate;
    }
  }
  return "UnknownError";
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Programming errors must surface; everything else an AWS call throws becomes a gap. */
export function isProgrammingError(error: unknown): boolean {
  return error instanceof TypeError || error instanceof ReferenceError || error instanceof SyntaxError;
}

/** IAM's "no such entity" as the SDK names it, and as AWS's wire format does. */
export const NO_SUCH_ENTITY = ["NoSuchEntityException", "NoSuchEntity"];
