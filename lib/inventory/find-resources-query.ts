/**
 * The inventory list's query string, validated at the page boundary. Parsing never throws: a broken
 * query string yields messages the page shows.
 */
import { z } from "zod";
import { postgresText } from "@/lib/db/postgres-text";

const single = <T extends z.ZodType>(inner: T) =>
  z.preprocess((value) => {
    const first = Array.isArray(value) ? value[0] : value;
    return first === "" ? undefined : first;
  }, inner);

const token = z.string().regex(/^[A-Za-z0-9._:\-/]{1,128}$/, "use letters, digits and . _ : - / only");

const cursorSchema = z.object({ t: z.string().max(256).check(postgresText()), n: z.string().max(2048).check(postgresText()), i: z.uuid() });
export type ResourcesCursor = z.infer<typeof cursorSchema>;

export function encodeResourcesCursor(row: { type: string; name: string; id: string }): string {
  const json = JSON.stringify({ t: row.type, n: row.name, i: row.id } satisfies ResourcesCursor);
  return btoa(String.fromCharCode(...new TextEncoder().encode(json)))
    .replaceAll("+", "-")
    .replaceAll("/", "_")
    .replace(/=+$/, "");
}

export function decodeResourcesCursor(value: string): ResourcesCursor | null {
  try {
    const binary = atob(value.replaceAll("-", "+").replaceAll("_", "/"));
    const json = new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
    const parsed = cursorSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export const resourcesQuerySchema = z.object({
  service: single(token.optional()),
  type: single(z.string().regex(/^AWS::[A-Za-z0-9]+::[A-Za-z0-9]+$/, "type looks like AWS::S3::Bucket").optional()),
  region: single(token.optional()),
  account: single(z.string().regex(/^\d{12}$/, "account must be a 12-digit AWS account id").optional()),
  q: single(z.string().trim().max(200, "search text is limited to 200 characters").check(postgresText("search text must not contain control characters")).optional()),
  deleted: single(z.enum(["include", "only"], { error: "deleted must be include or only" }).optional()),
  after: single(
    z
      .string()
      .max(3000)
      .refine((value) => decodeResourcesCursor(value) !== null, "the page cursor is malformed; go back to the first page")
      .optional(),
  ),
});

export type ResourcesQuery = z.output<typeof resourcesQuerySchema>;

export type ParsedResourcesQuery = { ok: true; query: ResourcesQuery } | { ok: false; problems: string[] };

export function parseResourcesQuery(searchParams: Record<string, string | string[] | undefined>): ParsedResourcesQuery {
  const parsed = resourcesQuerySchema.safeParse(searchParams);
  if (parsed.success) return { ok: true, query: parsed.data };
  return { ok: false, problems: parsed.error.issues.map((issue) => `${issue.path.join(".") || "query"}: ${issue.message}`) };
}

export function toResourcesSearch(query: Partial<ResourcesQuery>): string {
  const params = new URLSearchParams();
  for (const key of ["service", "type", "region", "account", "q", "deleted", "after"] as const) {
    const value = query[key];
    if (value) params.set(key, value);
  }
  const search = params.toString();
  return search ? `?${search}` : "";
}
