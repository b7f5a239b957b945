import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { RequestOptions } from "@/lib/iam/evaluate/build-request";
import { buildRequest } from "@/lib/iam/evaluate/build-request";
import { evaluateRequest } from "@/lib/iam/evaluate/evaluate-request";
import { policySetOf } from "@/lib/iam/evaluate/evaluate-principal-request";
import { listEffectiveActions } from "@/lib/iam/effective/list-effective-actions";
import type { IamModel, IamPrincipal } from "@/lib/iam/model/iam-model";
import { allCatalogueActions, expandActionPattern } from "@/lib/policy/action-catalogue";
import type { CatalogueAction } from "@/lib/policy/action-catalogue";
import { parsePolicy } from "@/lib/policy/parse-policy";

const ACCOUNT = "111122223333";
const NOW = { now: new Date("2026-01-01T00:00:00Z") };

// Services kept small so the reference can evaluate every candidate action one by one.
const pattern = fc.constantFrom("s3:GetObject", "s3:Get*", "s3:*", "iam:Pass*", "iam:*", "sts:AssumeRole", "kms:Decrypt", "ec2:Describe*", "s*:Get*", "iam:?ut*");
const resource = fc.constantFrom("*", "arn:aws:s3:::b/*", `arn:aws:iam::${ACCOUNT}:role/\${aws:username}`, `arn:aws:iam::${ACCOUNT}:user/\${aws:username}`);
const condition = fc.option(
  fc.constantFrom(
    { Bool: { "aws:SecureTransport": "true" } },
    { StringEquals: { "aws:PrincipalTag/team": "ops" } },
    { DateLessThan: { "aws:CurrentTime": "2001-01-01T00:00:00Z" } },
  ),
  { nil: undefined },
);
const statement: fc.Arbitrary<Stmt> = fc.record({
  effect: fc.constantFrom("Allow", "Allow", "Deny"),
  actions: fc.array(pattern, { minLength: 1, maxLength: 3 }),
  // NotAction on Deny statements (on an Allow it makes the whole catalogue a candidate: see the test below).
  not: fc.constantFrom(false, false, false, true),
  resource,
  condition,
});
interface Stmt {
  effect: string;
  actions: string[];
  not: boolean;
  resource: string;
  condition: object | undefined;
}

const toDoc = (list: Stmt[]) => ({
  Statement: list.map((s) => ({
    Effect: s.effect,
    [s.not && s.effect === "Deny" ? "NotAction" : "Action"]: s.actions,
    Resource: s.resource,
    ...(s.condition ? { Condition: s.condition } : {}),
  })),
});
let n = 0;
const parse = (list: Stmt[], kind: "inline" | "boundary" | "scp" = "inline") => parsePolicy(toDoc(list), { kind, arn: null, name: `p${n++}`, viaGroup: null });

function principal(name: string, kind: "user" | "role", policies: IamPrincipal["policies"], boundary: IamPrincipal["boundary"], tags: Record<string, string>): IamPrincipal {
  return {
    arn: `arn:aws:iam::${ACCOUNT}:${kind}/${name}`, name, kind, accountId: ACCOUNT, path: "/", createDate: null, policies, boundary, trustPolicy: null,
    groups: [], tags, instanceProfiles: [], accessKeyCount: null, hasLoginProfile: null, lastUsed: null, serviceLastAccessed: null, serviceLinked: false,
  };
}

/** The one-evaluation-per-action definition the grouped computation must reproduce exactly. */
function reference(model: IamModel, p: IamPrincipal, options: RequestOptions) {
  const seen = new Map<string, CatalogueAction>();
  let candidates: CatalogueAction[] | null = null;
  for (const policy of p.policies) {
    for (const s of policy.statements) {
      if (s.effect !== "Allow" || candidates) continue;
      if (s.notActions) candidates = allCatalogueActions();
      else for (const x of s.actions ?? []) for (const a of expandActionPattern(x)) seen.set(a.action, a);
    }
  }
  const set = policySetOf(model, p);
  const scoped = p.policies.some((x) => x.statements.some((s) => s.effect === "Allow" && !(s.resources ?? []).includes("*")));
  return (candidates ?? [...seen.values()]).flatMap((a) => {
    const some = evaluateRequest(set, buildRequest(p, a.action, "*", options));
    if (some.decision === "denied") return [];
    const every = !scoped || evaluateRequest(set, buildRequest(p, a.action, "*", { ...options, scope: "every" })).decision === some.decision;
    return [{ action: a.action, decision: some.decision, everyResource: every, detail: some }];
  });
}

describe("listEffectiveActions", () => {
  it("decides every action exactly as evaluating it alone would, for principals that share policies or not", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(statement, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }),
        fc.option(fc.array(statement, { minLength: 1, maxLength: 2 }), { nil: undefined }),
        fc.option(fc.array(statement, { minLength: 1, maxLength: 2 }), { nil: undefined }),
        fc.boolean(),
        (identityRaw, boundaryRaw, scpRaw, plain) => {
          // Plain runs have no condition and no policy variable, so decisions are shared across principals.
          const strip = (list: Stmt[]) => (plain ? list.map((x) => ({ ...x, condition: undefined, resource: x.resource.includes("$") ? "*" : x.resource })) : list);
          const [identity, boundary, scp] = [identityRaw.map(strip), boundaryRaw && strip(boundaryRaw), scpRaw && strip(scpRaw)];
          const policies = identity.map((list) => parse(list));
          const bound = boundary ? parse(boundary, "boundary") : null;
          const model = { principals: [], scps: scp ? [[parse(scp, "scp")]] : [] } as unknown as IamModel;
          // Same policies, different context (user name, tags, session) or no boundary: shared groups must not leak.
          const principals = [
            principal("alice", "user", policies, bound, { team: "ops" }),
            principal("bob", "user", policies, bound, {}),
            principal("carol", "role", policies, bound, { team: "ops" }),
            principal("dave", "user", policies, null, {}),
          ];
          for (const p of principals) {
            const got = listEffectiveActions(model, p, NOW).map((a) => ({ action: a.action, decision: a.decision, everyResource: a.everyResource, detail: a.detail }));
            expect(got).toEqual(reference(model, p, NOW));
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it("decides the whole catalogue exactly as evaluating each action alone would, for an Allow with NotAction", () => {
    const broad = parsePolicy(
      { Statement: [{ Effect: "Allow", NotAction: ["iam:*", "organizations:*"], Resource: "*" }, { Effect: "Allow", Action: ["s3:GetObject", "*"], Resource: "arn:aws:s3:::b/*", Condition: { StringEquals: { "aws:PrincipalTag/team": "ops" } } }] },
      { kind: "inline", arn: null, name: "broad", viaGroup: null },
    );
    const deny = parse([{ effect: "Deny", actions: ["s3:*", "ec2:Describe*"], not: false, resource: "*", condition: { StringEquals: { "aws:PrincipalTag/team": "ops" } } }]);
    const bound = parse([{ effect: "Allow", actions: ["s3:*", "kms:*", "sts:*", "ec2:*"], not: false, resource: "*", condition: undefined }], "boundary");
    const model = { principals: [], scps: [] } as unknown as IamModel;
    for (const p of [principal("ops", "user", [broad, deny], bound, { team: "ops" }), principal("dev", "role", [broad, deny], bound, {}), principal("free", "role", [broad], null, {})]) {
      const got = listEffectiveActions(model, p, NOW);
      const want = reference(model, p, NOW);
      expect(got.length).toBe(want.length);
      got.forEach((a, i) => {
        const w = want[i];
        if (a.action !== w?.action || a.decision !== w.decision || a.everyResource !== w.everyResource || JSON.stringify(a.detail) !== JSON.stringify(w.detail)) {
          expect({ action: a.action, decision: a.decision, everyResource: a.everyResource, detail: a.detail }).toEqual(w);
        }
      });
    }
  });

  it("lists every catalogue action for an administrator, and none that a NotAction Deny leaves out", () => {
    const admin = parse([{ effect: "Allow", actions: ["*"], not: false, resource: "*", condition: undefined }]);
    const deny = parsePolicy({ Statement: [{ Effect: "Deny", NotAction: ["s3:*"], Resource: "*" }] }, { kind: "inline", arn: null, name: "deny", viaGroup: null });
    const model = { principals: [], scps: [] } as unknown as IamModel;
    expect(listEffectiveActions(model, principal("root", "role", [admin], null, {}), NOW)).toHaveLength(allCatalogueActions().length);
    const s3Only = listEffectiveActions(model, principal("s3", "role", [admin, deny], null, {}), NOW);
    expect(s3Only.length).toBe(expandActionPattern("s3:*").length);
    expect(s3Only.every((a) => a.service === "s3" && a.key === a.action.toLowerCase())).toBe(true);
  });
});
