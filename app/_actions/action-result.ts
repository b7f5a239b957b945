import "server-only";
import { z } from "zod";
import { VigilError, type VigilErrorCode } from "@/lib/errors/vigil-error";

/**
 * What a server action returns: its value, or an expected failure the form can show. Server actions cannot
 * throw typed errors to the browser (Next replaces the message), so the outcome is an explicit union.
 */
export type ActionResult<T = undefined> =
  | { ok: true; value: T }
  | { ok: false; code: VigilErrorCode; message: string; fieldErrors?: Record<string, string> };

/** Validates the input, runs the action, and turns VigilError and zod failures into a failed result. */
export async function runAction<S extends z.ZodType, T>(schema: S, raw: unknown, run: (input: z.output<S>) => Promise<T>): Promise<ActionResult<T>> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[issue.path.join(".") || "input"] ??= issue.message;
    return { ok: false, code: "invalid_input", message: Object.values(fieldErrors).join("; "), fieldErrors };
  }
  try {
    return { ok: true, value: await run(parsed.data) };
  } catch (error) {
    if (error instanceof VigilError) return { ok: false, code: error.code, message: error.message };
    if (error instanceof z.ZodError) return { ok: false, code: "invalid_input", message: error.issues.map((issue) => issue.message).join("; ") };
    throw error;
  }
}
