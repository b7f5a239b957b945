import type { ParseProblem, ParsedCondition, ParsedPolicy, ParsedStatement, PolicySource } from "@/lib/policy/parsed-policy";
import { getCatalogueAction } from "@/lib/policy/action-catalogue";
import { type PrincipalValue, parsePrincipal } from "@/lib/policy/parse-principal";

let nextId = 1;

const STATEMENT_KEYS = new Set(["Sid", "Effect", "Action", "NotAction", "Resource", "NotResource", "Principal", "NotPrincipal", "Condition"]);

export interface ParseOptions {
  /** Resource policies (trust, bucket, key, function) must name a Principal; identity policies must not. */
  kind: "identity" | "resource";
}

/**
 * The one policy parser of Vigil (the IAM engine, checks, anomaly signals): parses a decoded policy document
 * (or its JSON or URL-encoded text) into statements the evaluator and the checks can use.
 * Never throws: anything malformed becomes a ParseProblem, and a statement that cannot be read is left out
 * (an unreadable Deny is reported as an error, since leaving it out may over-report access).
 */
export function parsePolicy(document: unknown, source: PolicySource, options: ParseOptions = { kind: "identity" }): ParsedPolicy {
  const label = source.arn ?? source.name;
  const problems: ParseProblem[] = [];
  const problem = (message: string, statementIndex: number | null = null, severity: ParseProblem["severity"] = "error") =>
    problems.push({ policy: label, statementIndex, severity, message });
  let doc = document;
  if (typeof doc === "string") {
    try {
      doc = JSON.parse(doc.trim().startsWith("%7B") ? decodeURIComponent(doc) : doc);
    } catch {
      problem("the document is not valid JSON");
      doc = null;
    }
  }
  const statements: ParsedStatement[] = [];
  if (doc === null || doc === undefined) {
    if (typeof document !== "string") problem("no policy document");
  } else if (typeof doc !== "object" || Array.isArray(doc)) {
    problem("the document is not a JSON object");
  } else {
    const raw = (doc as { Statement?: unknown }).Statement;
    if (raw === undefined) problem("the document has no Statement");
    const list = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
    list.forEach((s, index) => {
      const parsed = parseStatement(s, index, options, (m, severity) => problem(m, index, severity));
      if (parsed) statements.push(parsed);
    });
  }
  const byService = new Map<string, ParsedStatement[]>();
  for (const s of statements) {
    for (const service of s.services) {
      const bucket = byService.get(service) ?? [];
      bucket.push(s);
      byService.set(service, bucket);
    }
  }
  return { id: nextId++, source, statements, problems, byService, document: doc };
}

const UNNAMED: PolicySource = { kind: "inline", arn: null, name: "policy document", viaGroup: null };

/**
 * The readable statements of a document, for callers that judge one document and need no source or problems.
 * `resource` is for bucket, key, function and trust policies (Principal required, Resource defaults to "*").
 */
export function policyStatements(document: unknown, kind: ParseOptions["kind"] = "identity"): readonly ParsedStatement[] {
  // Several checks read the same resource's document in one evaluation: parse each document object once per kind.
  const memo = document !== null && typeof document === "object" ? (kind === "resource" ? resourceMemo : identityMemo) : null;
  const known = memo?.get(document as object);
  if (known) return known;
  const statements = parsePolicy(document, kind === "resource" ? { ...UNNAMED, kind: "resource" } : UNNAMED, { kind }).statements;
  memo?.set(document as object, statements);
  return statements;
}

const identityMemo = new WeakMap<object, readonly ParsedStatement[]>();
const resourceMemo = new WeakMap<object, readonly ParsedStatement[]>();

type Report = (message: string, severity?: ParseProblem["severity"]) => void;

function parseStatement(raw: unknown, index: number, options: ParseOptions, report: Report): ParsedStatement | null {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) {
    report("statement is not an object");
    return null;
  }
  const s = raw as Record<string, unknown>;
  for (const key of Object.keys(s)) if (!STATEMENT_KEYS.has(key)) report(`unknown statement element "${key}"`, "warning");
  if (s.Effect !== "Allow" && s.Effect !== "Deny") {
    report(`Effect must be "Allow" or "Deny", found ${JSON.stringify(s.Effect)}`);
    return null;
  }
  const actions = toList(s.Action, "Action", report);
  const notActions = toList(s.NotAction, "NotAction", report);
  if ((actions === null) === (notActions === null)) {
    report("a statement needs exactly one of Action or NotAction");
    return null;
  }
  const resources = toList(s.Resource, "Resource", report);
  const notResources = toList(s.NotResource, "NotResource", report);
  if (resources !== null && notResources !== null) {
    report("a statement cannot have both Resource and NotResource");
    return null;
  }
  if (options.kind === "identity" && resources === null && notResources === null) {
    report("an identity policy statement needs Resource or NotResource");
    return null;
  }
  const hasPrincipal = s.Principal !== undefined || s.NotPrincipal !== undefined;
  if (options.kind === "identity" && hasPrincipal) report("Principal is ignored in an identity policy", "warning");
  if (options.kind === "resource" && !hasPrincipal) {
    report("a resource policy statement needs Principal or NotPrincipal");
    return null;
  }
  for (const a of actions ?? notActions ?? []) {
    if (a !== "*" && !/^[a-z0-9*?-]+:[A-Za-z0-9*?_-]*$/i.test(a)) report(`action "${a}" is not of the form service:Action`);
    else if (!/[*?]/.test(a) && a !== "*" && !getCatalogueAction(a)) report(`action "${a}" is not in the AWS action catalogue`, "warning");
  }
  const conditions = parseConditions(s.Condition, report);
  if (conditions === null) return null;
  return {
    index,
    sid: typeof s.Sid === "string" && s.Sid !== "" ? s.Sid : null,
    effect: s.Effect,
    actions,
    notActions,
    resources: options.kind === "resource" && resources === null && notResources === null ? ["*"] : resources,
    notResources,
    principals: s.Principal === undefined ? null : parsePrincipal(s.Principal as PrincipalValue),
    notPrincipals: s.NotPrincipal === undefined ? null : parsePrincipal(s.NotPrincipal as PrincipalValue),
    conditions,
    services: servicesOf(actions, notActions),
    raw: s,
  };
}

function toList(value: unknown, element: string, report: Report): string[] | null {
  if (value === undefined) return null;
  const list = Array.isArray(value) ? value : [value];
  const strings = list.filter((v): v is string => typeof v === "string");
  if (strings.length !== list.length) report(`${element} holds values that are not strings; they are ignored`);
  return strings;
}

function servicesOf(actions: string[] | null, notActions: string[] | null): string[] {
  if (notActions) return ["*"];
  const out = new Set<string>();
  for (const a of actions ?? []) {
    const service = a === "*" ? "*" : (a.split(":")[0] ?? "").toLowerCase();
    out.add(/[*?]/.test(service) ? "*" : service);
  }
  return [...out];
}

const OPERATORS = new Set([
  "stringequals", "stringnotequals", "stringequalsignorecase", "stringnotequalsignorecase", "stringlike", "stringnotlike",
  "numericequals", "numericnotequals", "numericlessthan", "numericlessthanequals", "numericgreaterthan", "numericgreaterthanequals",
  "dateequals", "datenotequals", "datelessthan", "datelessthanequals", "dategreaterthan", "dategreaterthanequals",
  "bool", "binaryequals", "ipaddress", "notipaddress", "arnequals", "arnlike", "arnnotequals", "arnnotlike", "null",
]);

function parseConditions(raw: unknown, report: Report): ParsedCondition[] | null {
  if (raw === undefined) return [];
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) {
    report("Condition is not an object");
    return null;
  }
  const out: ParsedCondition[] = [];
  for (const [operator, block] of Object.entries(raw)) {
    const lower = operator.toLowerCase();
    const set = lower.startsWith("forallvalues:") ? "all" : lower.startsWith("foranyvalue:") ? "any" : null;
    let base = lower.replace(/^for(all|any)value(s)?:/, "");
    const ifExists = base.endsWith("ifexists");
    base = base.replace(/ifexists$/, "");
    // An unknown operator is kept: the evaluator answers "conditional" for it rather than guess.
    if (!OPERATORS.has(base)) report(`unknown condition operator "${operator}"`, "warning");
    if (!block || typeof block !== "object" || Array.isArray(block)) {
      report(`condition "${operator}" is not an object of keys`);
      return null;
    }
    for (const [key, value] of Object.entries(block)) {
      const values = (Array.isArray(value) ? value : [value]).map((v) => String(v));
      out.push({ operator, base, ifExists, set, key, keyLower: key.toLowerCase(), values });
    }
  }
  return out;
}
