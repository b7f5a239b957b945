/**
 * The memo an evaluation leaves for the next: per resource type the ARNs and configuration hashes it judged, and
 * per check what it read and one verdict code per resource. Stored compressed, one row per account
 * (evaluation_memos). A memo that cannot be read, or was made with other checks or settings, is ignored: the
 * next evaluation then runs every check, which is always correct, only slower.
 */
import { promisify } from "node:util";
import { gunzip, gzip } from "node:zlib";
import { hash } from "node:crypto";
import type { CheckDefinition, CheckSettings, VerdictStatus } from "@/lib/checks/check-definition";
import type { CheckScope } from "@/lib/checks/check-scope";
import { type Exposure, readExposure } from "@/lib/checks/check-outcome";

/** p pass, f fail, P fail reachable publicly, X fail reachable from other accounts, n not applicable, u unknown. */
export type VerdictCode = "p" | "f" | "P" | "X" | "n" | "u";

export interface MemoCheck {
  /** It read the clock: its verdicts are never reused. */
  now: boolean;
  /** Resource types and ARNs it read besides the resource judged: a change to any re-runs it on every resource. */
  types: string[];
  arns: string[];
  /** One VerdictCode per resource of its type, in the order of `resources[type].arns`. */
  codes: string;
}

export interface EvaluationMemo {
  inputsKey: string;
  /** When every check last ran on every resource: reuse stops FULL_EVALUATION_INTERVAL_MS after it. */
  fullEvaluationAt: Date;
  resources: Record<string, { arns: string[]; hashes: string[] }>;
  /** Fingerprint of each narrower read (check-reads.ts ReadProjection) over the whole inventory. */
  projections: Record<string, string>;
  checks: Record<string, MemoCheck>;
}

/**
 * A full evaluation at least once a day, whatever changed: anything a recorded read could miss (a helper's code
 * changed in an upgrade without its check's) lives a day at most.
 */
export const FULL_EVALUATION_INTERVAL_MS = 24 * 60 * 60 * 1000;

const FORMAT = 1;

export function verdictCode(status: VerdictStatus, evidence: unknown): VerdictCode {
  if (status === "pass") return "p";
  if (status === "not_applicable") return "n";
  if (status === "unknown") return "u";
  const exposure = readExposure(evidence);
  return exposure === "public" ? "P" : exposure === "cross-account" ? "X" : "f";
}

export function codeStatus(code: string): VerdictStatus {
  return code === "p" ? "pass" : code === "n" ? "not_applicable" : code === "u" ? "unknown" : "fail";
}

export function codeExposure(code: string): Exposure | null {
  return code === "P" ? "public" : code === "X" ? "cross-account" : null;
}

/**
 * What the verdicts were reached with, as one hash: every check's identity and code, the settings, the disabled
 * checks and exclusions. Any difference and the memo is not used.
 */
export function evaluationInputsKey(checks: readonly CheckDefinition[], settings: CheckSettings, scope: CheckScope): string {
  const catalogue = checks.map((c) => [c.id, c.resourceType, c.severity, c.title, c.evaluate.toString()]);
  const input = JSON.stringify({ format: FORMAT, catalogue, settings, disabled: scope.disabledChecks ?? {}, exclusions: scope.exclusions ?? [] });
  return hash("sha256", input, "base64url");
}

// Compression runs on libuv's thread pool: the scan's own thread goes on with its queries meanwhile.
const compress = promisify(gzip);
const decompress = promisify(gunzip);

export async function encodeEvaluationMemo(memo: EvaluationMemo): Promise<Buffer> {
  const { fullEvaluationAt, ...rest } = memo;
  return compress(JSON.stringify({ format: FORMAT, fullEvaluationAt: fullEvaluationAt.toISOString(), ...rest }), { level: 1 });
}

/** The memo, or null when it is unreadable or of another format. */
export async function decodeEvaluationMemo(state: Uint8Array): Promise<EvaluationMemo | null> {
  try {
    const parsed = JSON.parse((await decompress(state)).toString("utf8")) as Record<string, unknown>;
    if (parsed.format !== FORMAT || typeof parsed.inputsKey !== "string" || typeof parsed.fullEvaluationAt !== "string") return null;
    if (!isRecord(parsed.resources) || !isRecord(parsed.checks) || !isRecord(parsed.projections)) return null;
    return {
      inputsKey: parsed.inputsKey,
      fullEvaluationAt: new Date(parsed.fullEvaluationAt),
      resources: parsed.resources as EvaluationMemo["resources"],
      projections: parsed.projections as EvaluationMemo["projections"],
      checks: parsed.checks as EvaluationMemo["checks"],
    };
  } catch {
    return null;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
