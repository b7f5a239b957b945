import { describe, expect, it } from "vitest";
import { canonicalJson, hashConfiguration } from "./hash-configuration";

describe("hashConfiguration", () => {
  it("ignores key order at every depth", () => {
    const a = { Bucket: { Name: "logs", Region: "eu-west-1" }, Tags: [{ Key: "a", Value: "1" }] };
    const b = { Tags: [{ Value: "1", Key: "a" }], Bucket: { Region: "eu-west-1", Name: "logs" } };
    expect(hashConfiguration(a)).toBe(hashConfiguration(b));
  });

  it("changes when a value or the order of a list changes", () => {
    const base = { Versioning: { Status: "Enabled" }, Rules: [1, 2] };
    expect(hashConfiguration(base)).not.toBe(hashConfiguration({ ...base, Versioning: { Status: "Suspended" } }));
    expect(hashConfiguration(base)).not.toBe(hashConfiguration({ ...base, Rules: [2, 1] }));
  });

  it("writes a stable canonical text", () => {
    expect(canonicalJson({ b: 1, a: { d: null, c: true } })).toBe('{"a":{"c":true,"d":null},"b":1}');
  });
});
