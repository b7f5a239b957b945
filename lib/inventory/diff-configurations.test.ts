import { describe, expect, it } from "vitest";
import { diffConfigurations } from "@/lib/inventory/diff-configurations";

describe("diffConfigurations", () => {
  it("lists changed, added and removed leaves with readable paths", () => {
    const before = { Versioning: { Status: "Suspended" }, Logging: null, Tags: [{ Key: "team", Value: "web" }], Old: 1 };
    const after = { Versioning: { Status: "Enabled" }, Logging: { TargetBucket: "logs" }, Tags: [{ Key: "team", Value: "data" }], New: true };
    expect(diffConfigurations(before, after)).toEqual([
      { path: "Logging", kind: "changed", before: "null", after: '{"TargetBucket":"logs"}' },
      { path: "New", kind: "added", after: "true" },
      { path: "Old", kind: "removed", before: "1" },
      { path: "Tags[0].Value", kind: "changed", before: "web", after: "data" },
      { path: "Versioning.Status", kind: "changed", before: "Suspended", after: "Enabled" },
    ]);
  });

  it("compares lists of plain values as sets", () => {
    const before = { Action: ["s3:GetObject", "s3:ListBucket"] };
    expect(diffConfigurations(before, { Action: ["s3:ListBucket", "s3:GetObject"] })).toEqual([]);
    expect(diffConfigurations(before, { Action: ["s3:ListBucket", "s3:PutObject"] })).toEqual([
      { path: "Action[]", kind: "removed", before: "s3:GetObject" },
      { path: "Action[]", kind: "added", after: "s3:PutObject" },
    ]);
  });

  it("reports statements added at the end of a list of objects", () => {
    expect(diffConfigurations({ Statement: [{ Sid: "a" }] }, { Statement: [{ Sid: "a" }, { Sid: "b" }] })).toEqual([
      { path: "Statement[1]", kind: "added", after: '{"Sid":"b"}' },
    ]);
  });

  it("finds nothing between identical configurations", () => {
    expect(diffConfigurations({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toEqual([]);
  });
});
