import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluateRequest } from "@/lib/iam/evaluate/evaluate-request";
import type { Request } from "@/lib/iam/evaluate/request";
import { allCatalogueActions, expandActionPattern } from "@/lib/policy/action-catalogue";
import { matchGlob } from "@/lib/policy/glob";
import { parsePolicy } from "@/lib/policy/parse-policy";

const catalogue = allCatalogueActions().filter((_, i) => i % 7 === 0).map((a) => a.action);
const action = fc.constantFrom(...catalogue);
/** Patterns derived from real actions: the action itself, its service wildcard, or a prefix wildcard. */
const pattern = action.chain((a) => {
  const [service, name] = a.split(":") as [string, string];
  return fc.constantFrom(a, `${service}:*`, `${service}:${name.slice(0, 3)}*`, "*", `${service.slice(0, 1)}*:${name.slice(0, 1)}*`, `${service}:${name.slice(0, 2)}?${name.slice(3)}`);
});
const resource = fc.constantFrom("*", "arn:aws:s3:::b/*", "arn:aws:s3:::b/k", "arn:aws:iam::111122223333:role/*");
const condition = fc.option(fc.constantFrom({ Bool: { "aws:SecureTransport": "true" } }, { StringEquals: { "aws:PrincipalAccount": "111122223333" } }), { nil: undefined });
const policy = (statements: unknown[]) => parsePolicy({ Statement: statements }, { kind: "inline", arn: null, name: "p", viaGroup: null });
const req = (a: string): Request => ({
  principal: { arn: "arn:aws:iam::111122223333:role/r", accountId: "111122223333", kind: "role" },
  action: a,
  resource: "arn:aws:s3:::b/k",
  context: { "aws:principalaccount": ["111122223333"] },
});

describe("evaluator properties", () => {
  it("deny always wins: adding a matching unconditional Deny never leaves a request allowed", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ pattern, resource, condition }), { minLength: 1, maxLength: 4 }), action, (allows, a) => {
        const statements = allows.map((s) => ({ Effect: "Allow", Action: s.pattern, Resource: s.resource, ...(s.condition ? { Condition: s.condition } : {}) }));
        const withDeny = [...statements, { Effect: "Deny", Action: a, Resource: "*" }];
        expect(evaluateRequest({ identity: [policy(withDeny)] }, req(a)).decision).toBe("denied");
        expect(evaluateRequest({ identity: [policy(statements), policy([{ Effect: "Deny", Action: "*", Resource: "*" }])] }, req(a)).decision).toBe("denied");
      }),
      { numRuns: 300 },
    );
  });

  it("NotAction complements Action", () => {
    fc.assert(
      fc.property(fc.array(pattern, { minLength: 1, maxLength: 3 }), action, (patterns, a) => {
        const allowed = evaluateRequest({ identity: [policy([{ Effect: "Allow", Action: patterns, Resource: "*" }])] }, req(a)).decision === "allowed";
        const notAllowed = evaluateRequest({ identity: [policy([{ Effect: "Allow", NotAction: patterns, Resource: "*" }])] }, req(a)).decision === "allowed";
        expect(allowed).toBe(!notAllowed);
      }),
      { numRuns: 500 },
    );
  });

  it("wildcard expansion never loses a matching action", () => {
    fc.assert(
      fc.property(pattern, action, (p, a) => {
        if (matchGlob(p, a, false)) expect(expandActionPattern(p).map((x) => x.action)).toContain(a);
        for (const x of expandActionPattern(p).slice(0, 50)) expect(matchGlob(p, x.action, false)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
