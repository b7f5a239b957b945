import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findCheck } from "@/lib/checks/catalogue";
import type { CheckSettings } from "@/lib/checks/check-definition";
import { createCheckContext } from "@/lib/checks/create-check-context";
import { runCheck } from "@/lib/checks/run-check";
import type { ResourceRecord, ServiceName } from "@/lib/inventory/resource-record";

interface FixtureCase {
  name: string;
  resources: Partial<ResourceRecord>[];
  target: string;
  expected: string;
  now?: string;
  settings?: Partial<CheckSettings>;
  /** Text the verdict's reason must contain (pins why, not only what). */
  reasonContains?: string;
}

const ACCOUNT = "111122223333";
const DIR = join(import.meta.dirname, "fixtures");
const SERVICE_BY_PREFIX: Record<string, ServiceName> = { IAM: "iam", AccessAnalyzer: "iam", S3: "s3", Lambda: "lambda", KMS: "kms" };
const GLOBAL_TYPES = /^AWS::IAM::|^AWS::S3::AccountPublicAccessBlock$/;

function complete(r: Partial<ResourceRecord>): ResourceRecord {
  const type = r.type ?? "";
  const arn = r.arn ?? "";
  return {
    arn,
    type,
    accountId: r.accountId ?? ACCOUNT,
    region: r.region ?? (GLOBAL_TYPES.test(type) ? "global" : "us-east-1"),
    service: r.service ?? SERVICE_BY_PREFIX[type.split("::")[1] ?? ""] ?? "iam",
    name: r.name ?? arn.split(/[/:]/).pop() ?? arn,
    configuration: r.configuration ?? {},
  };
}

const files = readdirSync(DIR).filter((f) => f.endsWith(".json"));

describe.each(files)("%s", (file) => {
  const check = findCheck(file.replace(/\.json$/, ""));
  const cases = JSON.parse(readFileSync(join(DIR, file), "utf8")) as FixtureCase[];

  it("names a check in the catalogue", () => {
    expect(check).toBeDefined();
  });

  it.each(cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const resources = c.resources.map(complete);
    const target = resources.find((r) => r.arn === c.target);
    expect(target, "target must be one of the resources").toBeDefined();
    if (!check || !target) return;
    const context = createCheckContext(resources, { accountId: ACCOUNT, now: new Date(c.now ?? "2026-06-01T00:00:00Z"), settings: c.settings });
    const verdict = runCheck(check, target, context);
    expect(verdict.status, verdict.reason).toBe(c.expected);
    expect(verdict.reason.length).toBeGreaterThan(10);
    if (c.reasonContains) expect(verdict.reason).toContain(c.reasonContains);
  });
});
