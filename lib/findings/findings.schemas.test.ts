import { describe, expect, it } from "vitest";
import { effectiveStatuses, parseFindingsQuery, toFindingsSearch } from "@/lib/findings/findings.schemas";
import { encodeFindingsCursor } from "@/lib/findings/find-findings-cursor";

const parse = (params: Record<string, string | string[]>) => {
  const result = parseFindingsQuery(params);
  if (!result.ok) throw new Error(result.problems.join("; "));
  return result.query;
};

describe("parseFindingsQuery", () => {
  it("applies defaults to an empty query string", () => {
    const query = parse({});
    expect(query).toMatchObject({ severity: [], status: [], sort: "severity", size: 50 });
    expect(effectiveStatuses(query)).toEqual(["open", "in_progress"]);
  });

  it("accepts comma-separated and repeated values alike", () => {
    expect(parse({ severity: "critical,high" }).severity).toEqual(["critical", "high"]);
    expect(parse({ severity: ["critical", "high"] }).severity).toEqual(["critical", "high"]);
  });

  it("treats empty form fields as absent", () => {
    const query = parse({ service: "", q: "", sort: "", size: "" });
    expect(query.service).toEqual([]);
    expect(query.q).toBeUndefined();
    expect(query.sort).toBe("severity");
  });

  it("lifts the status filter with status=any", () => {
    expect(effectiveStatuses(parse({ status: "any" }))).toBeNull();
    expect(effectiveStatuses(parse({ status: "resolved" }))).toEqual(["resolved"]);
  });

  it("reports every broken parameter by name instead of throwing", () => {
    const result = parseFindingsQuery({ severity: "bogus", sort: "random", size: "7", account: "12" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.some((problem) => problem.startsWith("severity:"))).toBe(true);
    expect(result.problems.some((problem) => problem.startsWith("sort:"))).toBe(true);
    expect(result.problems.some((problem) => problem.startsWith("size:"))).toBe(true);
    expect(result.problems.some((problem) => problem.startsWith("account:"))).toBe(true);
  });

  it("rejects a cursor that is garbage or belongs to another sort", () => {
    expect(parseFindingsQuery({ after: "not-a-cursor" }).ok).toBe(false);
    const row = { id: "3f1c2b9e-8d4a-4c7b-9e2f-1a2b3c4d5e6f", severity: "high" as const, lastSeenAt: new Date(), firstSeenAt: new Date() };
    const severityCursor = encodeFindingsCursor(row, "severity");
    expect(parseFindingsQuery({ after: severityCursor }).ok).toBe(true);
    expect(parseFindingsQuery({ after: severityCursor, sort: "last_seen" }).ok).toBe(false);
  });

  it("limits the free-text search", () => {
    expect(parseFindingsQuery({ q: "x".repeat(201) }).ok).toBe(false);
  });
});

describe("toFindingsSearch", () => {
  it("round-trips through the parser and leaves defaults out", () => {
    const query = parse({ severity: "critical,high", service: "s3", q: "public bucket", sort: "last_seen", size: "100" });
    const search = toFindingsSearch(query);
    expect(search).not.toContain("status=");
    const reparsed = parse(Object.fromEntries(new URLSearchParams(search)));
    expect(reparsed).toEqual(query);
  });

  it("is empty for the default view", () => {
    expect(toFindingsSearch(parse({}))).toBe("");
  });
});

describe("triage filters in the query string", () => {
  it("reads framework, assignee, first seen and grouping, and writes them back into links", () => {
    const query = parse({ framework: "cis-aws-7.0", assignee: "me", first_seen: "7d", group: "check" });
    expect(query).toMatchObject({ framework: ["cis-aws-7.0"], assignee: "me", first_seen: "7d", group: "check" });
    expect(toFindingsSearch(query)).toBe("?framework=cis-aws-7.0&assignee=me&first_seen=7d&group=check");
  });

  it("rejects an assignee that is neither me, none nor a user id, and an unknown window", () => {
    const result = parseFindingsQuery({ assignee: "bob", first_seen: "1y", group: "color" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((problem) => problem.split(":")[0]).sort()).toEqual(["assignee", "first_seen", "group"]);
  });
});
