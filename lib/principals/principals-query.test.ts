import { describe, expect, it } from "vitest";
import { parsePrincipalsQuery, toPrincipalsSearch } from "./principals-query";

describe("principals query", () => {
  it("reads filters from a query string and writes them back", () => {
    const parsed = parsePrincipalsQuery({ account: "123456789012", kind: "role", risk: "privilege-escalation", q: " deploy ", page: "3" });
    expect(parsed).toEqual({ ok: true, query: { account: "123456789012", kind: "role", risk: "privilege-escalation", q: "deploy", page: 3 } });
    if (parsed.ok) expect(toPrincipalsSearch(parsed.query)).toBe("?account=123456789012&kind=role&risk=privilege-escalation&q=deploy&page=3");
  });

  it("treats empty values as absent and keeps only the first of repeated ones", () => {
    expect(parsePrincipalsQuery({ account: "", kind: ["user", "role"] })).toEqual({ ok: true, query: { kind: "user" } });
    expect(toPrincipalsSearch({ page: 1 })).toBe("");
  });

  it("explains every invalid filter", () => {
    const parsed = parsePrincipalsQuery({ account: "12", risk: "scary", page: "0" });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.problems).toHaveLength(3);
      expect(parsed.problems[0]).toMatch(/^account: account must be a 12-digit/);
      expect(parsed.problems[1]).toMatch(/^risk: risk must be one of full-admin, /);
      expect(parsed.problems[2]).toMatch(/^page: page starts at 1/);
    }
  });
});
