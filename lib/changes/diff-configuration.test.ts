import { describe, expect, it } from "vitest";
import { diffConfiguration } from "./diff-configuration";

describe("diffConfiguration", () => {
  it("reports nothing for equal configurations, whatever the key order", () => {
    expect(diffConfiguration({ a: 1, b: { c: [1, 2] } }, { b: { c: [1, 2] }, a: 1 })).toEqual([]);
  });

  it("reports changed, added and removed leaves with their paths, sorted by key", () => {
    const before = { Versioning: { Status: "Enabled", MFADelete: "Disabled" }, Tags: [{ Key: "team", Value: "a" }] };
    const after = { Versioning: { Status: "Suspended" }, Tags: [{ Key: "team", Value: "b" }, { Key: "env", Value: "prod" }], Logging: {} };
    expect(diffConfiguration(before, after)).toEqual([
      { path: "Logging", kind: "added", after: {} },
      { path: "Tags[0].Value", kind: "changed", before: "a", after: "b" },
      { path: "Tags[1]", kind: "added", after: { Key: "env", Value: "prod" } },
      { path: "Versioning.MFADelete", kind: "removed", before: "Disabled" },
      { path: "Versioning.Status", kind: "changed", before: "Enabled", after: "Suspended" },
    ]);
  });

  it("treats a change of shape as one change of that field", () => {
    expect(diffConfiguration({ Policy: null }, { Policy: { Statement: [] } })).toEqual([
      { path: "Policy", kind: "changed", before: null, after: { Statement: [] } },
    ]);
    expect(diffConfiguration({ n: 1 }, { n: "1" })).toEqual([{ path: "n", kind: "changed", before: 1, after: "1" }]);
  });

  it("ignores the collectors' top-level _errors bookkeeping", () => {
    expect(diffConfiguration({ _errors: { GetBucketPolicy: "AccessDenied" } }, {})).toEqual([]);
  });
});
