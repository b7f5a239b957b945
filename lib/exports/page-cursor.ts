/** Opaque pagination cursors: base64url JSON of the last row's sort key. Malformed cursors are input errors. */
import { z } from "zod";
import { VigilError } from "@/lib/errors/vigil-error";

export function encodeCursor(key: Record<string, string>): string {
  return Buffer.from(JSON.stringify(key), "utf8").toString("base64url");
}

export function decodeCursor<T extends z.ZodType>(cursor: string | undefined, shape: T): z.infer<T> | null {
  if (!cursor) return null;
  try {
    return shape.parse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
  } catch {
    throw new VigilError("invalid_input", "The cursor is not one this API returned.");
  }
}
