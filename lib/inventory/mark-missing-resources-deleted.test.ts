import { describe, expect, it } from "vitest";
import { completeScopes } from "./mark-missing-resources-deleted";

const has = (scopes: { service: string; region: string }[], service: string, region: string) =>
  scopes.some((scope) => scope.service === service && scope.region === region);

describe("completeScopes", () => {
  it("covers every service globally and in each scanned region when nothing failed", () => {
    const scopes = completeScopes({ regionsScanned: ["us-east-1", "eu-west-1"], inventoryGaps: [] });
    expect(scopes).toHaveLength(4 * 3);
  });

  it("blocks a whole service after a global listing gap, and one region after a regional one", () => {
    const scopes = completeScopes({
      regionsScanned: ["us-east-1", "eu-west-1"],
      inventoryGaps: [
        { service: "s3", region: "global" },
        { service: "lambda", region: "eu-west-1" },
      ],
    });
    expect(scopes.some((scope) => scope.service === "s3")).toBe(false);
    expect(has(scopes, "lambda", "eu-west-1")).toBe(false);
    expect(has(scopes, "lambda", "us-east-1")).toBe(true);
  });

  it("treats an Access Analyzer listing gap as an IAM gap in that region, where analyzers are stored", () => {
    const scopes = completeScopes({ regionsScanned: ["us-east-1"], inventoryGaps: [{ service: "accessanalyzer", region: "us-east-1" }] });
    expect(has(scopes, "iam", "us-east-1")).toBe(false);
    expect(has(scopes, "iam", "global")).toBe(true);
  });
});
