/**
 * Text bound for a Postgres text column or comparison: PostgreSQL cannot store or compare NUL (the query
 * fails with "invalid byte sequence"), and other control characters have no place in a name, a search or
 * a comment (they hide text in logs and terminals). Refused at the boundary with a message, never a 500.
 *
 *   q: z.string().trim().max(200).check(postgresText())
 */
import { z } from "zod";

/** Control characters except tab, line feed and carriage return (comments keep their line breaks). */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/;

export function postgresText(message = "must not contain control characters") {
  return z.refine<string>((value) => !CONTROL.test(value), message);
}

/**
 * Search text for Prisma's `contains` / `startsWith`, which put the value into LIKE unescaped: without
 * this a search for "%" or "_" matches every row. Backslash is PostgreSQL's default LIKE escape.
 */
export function likeText(text: string): string {
  return text.replace(/[\\%_]/g, "\\$&");
}
