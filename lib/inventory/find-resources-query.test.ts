import { describe, expect, it } from "vitest";
import { decodeResourcesCursor, encodeResourcesCursor, parseResourcesQuery, toResourcesSearch } from "@/lib/inventory/find-resources-query";

describe("parseResourcesQuery", () => {
  it("accepts the inventory filters", () => {
    const result = parseResourcesQuery({ service: "s3", type: "AWS::S3::Bucket", region: "us-east-1", deleted: "include", q: "logs" });
    expect(result).toEqual({ ok: true, query: { service: "s3", type: "AWS::S3::Bucket", region: "us-east-1", deleted: "include", q: "logs" } });
  });
  it("reports broken parameters", () => {
    const result = parseResourcesQuery({ type: "bucket", deleted: "yes", after: "zzz" });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toHaveLength(3);
  });
});

describe("resources cursor", () => {
  it("round-trips names with any characters", () => {
    const row = { type: "AWS::KMS::Key", name: "alias/ünïcode key", id: "3f1c2b9e-8d4a-4c7b-9e2f-1a2b3c4d5e6f" };
    const cursor = encodeResourcesCursor(row);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeResourcesCursor(cursor)).toEqual({ t: row.type, n: row.name, i: row.id });
    expect(parseResourcesQuery({ after: cursor }).ok).toBe(true);
    expect(toResourcesSearch({ after: cursor, service: "kms" })).toBe(`?service=kms&after=${cursor}`);
  });
});
