import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { canonicalizeConfiguration, canonicalJson, hashConfiguration } from "./hash-configuration";

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

describe("canonicalizeConfiguration", () => {
  it("gives canonicalJson's text and hash, and the copy JSON would give back, for any value", () => {
    fc.assert(
      fc.property(fc.anything({ withDate: true, withBoxedValues: true, withMap: true, withSet: true, withSparseArray: true, withNullPrototype: true }), (value) => {
        const configuration = { value };
        const result = canonicalizeConfiguration(configuration);
        expect(result.json).toBe(canonicalJson(configuration));
        expect(result.hash).toBe(hashConfiguration(configuration));
        expect(result.configuration).toStrictEqual(JSON.parse(canonicalJson(configuration)));
      }),
      { numRuns: 2_000 },
    );
  });

  it("turns what the AWS SDK returns into what the database gives back", () => {
    const result = canonicalizeConfiguration({ b: undefined, a: new Date("2026-01-02T03:04:05.000Z"), c: [undefined, Number.NaN] });
    expect(result.configuration).toStrictEqual({ a: "2026-01-02T03:04:05.000Z", c: [null, null] });
    expect(result.json).toBe('{"a":"2026-01-02T03:04:05.000Z","c":[null,null]}');
  });
});
