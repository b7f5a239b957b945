/**
 * The findings list's query string: every filter, the sort and the page live in the URL, so a view can be
 * bookmarked and shared. Parsing never throws: a broken query string yields messages the page can show.
 */
import { z } from "zod";
import { postgresText } from "@/lib/db/postgres-text";
import { decodeFindingsCursor } from "@/lib/findings/find-findings-cursor";

export const SEVERITIES = ["critical", "high", "medium", "low", "informational"] as const;
export type SeverityName = (typeof SEVERITIES)[number];

export const FINDING_STATUSES = ["open", "in_progress", "resolved", "suppressed", "risk_accepted"] as const;
export type FindingStatusName = (typeof FINDING_STATUSES)[number];

export const FINDING_SORTS = ["severity", "last_seen", "first_seen"] as const;
export type FindingSort = (typeof FINDING_SORTS)[number];

export const PAGE_SIZES = [25, 50, 100] as const;

/** "First seen within": how recent a finding's first appearance is. */
export const FIRST_SEEN_WINDOWS = { "24h": 1, "7d": 7, "30d": 30, "90d": 90 } as const;
export type FirstSeenWindow = keyof typeof FIRST_SEEN_WINDOWS;

/** Group the list by one of these instead of listing rows. */
export const FINDING_GROUPINGS = ["check", "resource", "account"] as const;
export type FindingGrouping = (typeof FINDING_GROUPINGS)[number];

/** Statuses shown when the URL names none: the work still to do. "status=any" lifts the filter. */
export const DEFAULT_STATUSES: FindingStatusName[] = ["open", "in_progress"];

/** A query-string value: absent, one value, a repeated key, or comma-separated values. */
const list = <T extends z.ZodType<string, string>>(item: T) =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((value) =>
      (Array.isArray(value) ? value : value === undefined ? [] : [value])
        .flatMap((entry) => entry.split(","))
        .map((entry) => entry.trim())
        .filter((entry) => entry !== ""),
    )
    .pipe(z.array(item).max(20));

/** Takes the first value when a key is repeated, and treats "" as absent (empty form fields). */
const single = <T extends z.ZodType>(inner: T) =>
  z.preprocess((value) => {
    const first = Array.isArray(value) ? value[0] : value;
    return first === "" ? undefined : first;
  }, inner);

const token = z.string().regex(/^[A-Za-z0-9._:\-/]{1,128}$/, "use letters, digits and . _ : - / only");

export const findingsQuerySchema = z.object({
  severity: list(z.enum(SEVERITIES, { error: `severity must be one of ${SEVERITIES.join(", ")}` })),
  status: list(z.enum([...FINDING_STATUSES, "any"], { error: `status must be one of ${FINDING_STATUSES.join(", ")} or any` })),
  service: list(token),
  account: list(z.string().regex(/^\d{12}$/, "account must be a 12-digit AWS account id")),
  region: list(token),
  check: list(token),
  framework: list(token),
  resource: list(z.uuid("resource must be a resource id")),
  /** "me" (the signed-in user), "none" (unassigned) or a user id. */
  assignee: single(z.union([z.enum(["me", "none"]), z.uuid()], { error: "assignee must be me, none or a user id" }).optional()),
  first_seen: single(z.enum(Object.keys(FIRST_SEEN_WINDOWS) as [FirstSeenWindow, ...FirstSeenWindow[]], { error: `first_seen must be one of ${Object.keys(FIRST_SEEN_WINDOWS).join(", ")}` }).optional()),
  group: single(z.enum(FINDING_GROUPINGS, { error: `group must be one of ${FINDING_GROUPINGS.join(", ")}` }).optional()),
  q: single(z.string().trim().max(200, "search text is limited to 200 characters").check(postgresText("search text must not contain control characters")).optional()),
  sort: single(z.enum(FINDING_SORTS, { error: `sort must be one of ${FINDING_SORTS.join(", ")}` }).default("severity")),
  size: single(
    z.coerce
      .number()
      .refine((n) => (PAGE_SIZES as readonly number[]).includes(n), `size must be one of ${PAGE_SIZES.join(", ")}`)
      .default(50),
  ),
  after: single(z.string().max(400).optional()),
}).superRefine((query, context) => {
  if (query.after !== undefined && decodeFindingsCursor(query.after, query.sort) === null) {
    context.addIssue({ code: "custom", path: ["after"], message: "the page cursor is malformed or belongs to another sort; go back to the first page" });
  }
});

export type FindingsQuery = z.output<typeof findingsQuerySchema>;
export type SearchParamsRecord = Record<string, string | string[] | undefined>;

export type ParsedFindingsQuery = { ok: true; query: FindingsQuery } | { ok: false; problems: string[] };

export function parseFindingsQuery(searchParams: SearchParamsRecord): ParsedFindingsQuery {
  const parsed = findingsQuerySchema.safeParse(searchParams);
  if (parsed.success) return { ok: true, query: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => `${issue.path.filter((part) => typeof part === "string").join(".") || "query"}: ${issue.message}`),
  };
}

/** The statuses a query filters on, or null for every status. */
export function effectiveStatuses(query: Pick<FindingsQuery, "status">): FindingStatusName[] | null {
  if (query.status.includes("any")) return null;
  if (query.status.length === 0) return DEFAULT_STATUSES;
  return query.status.filter((status): status is FindingStatusName => status !== "any");
}

/** The query string of a findings view, for links. Defaults are left out so URLs stay short. */
export function toFindingsSearch(query: Partial<FindingsQuery>): string {
  const params = new URLSearchParams();
  for (const key of ["severity", "status", "service", "account", "region", "check", "framework", "resource"] as const) {
    const values = query[key];
    if (values && values.length > 0) params.set(key, values.join(","));
  }
  for (const key of ["assignee", "first_seen", "group"] as const) {
    const value = query[key];
    if (value) params.set(key, value);
  }
  if (query.q) params.set("q", query.q);
  if (query.sort && query.sort !== "severity") params.set("sort", query.sort);
  if (query.size && query.size !== 50) params.set("size", String(query.size));
  if (query.after) params.set("after", query.after);
  const search = params.toString();
  return search ? `?${search}` : "";
}
