import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toPlainJson } from "@/collectors/core/to-plain-json";

/** What emitResource stored before: the JSON text round trip without `$metadata`. */
const viaText = (value: unknown) => JSON.parse(JSON.stringify(value, (key, item: unknown) => (key === "$metadata" ? undefined : item)) ?? "null") as unknown;

describe("toPlainJson", () => {
  it("gives what the JSON text round trip gives, for any SDK-shaped value", () => {
    const leaf = fc.oneof(
      fc.string(),
      fc.boolean(),
      fc.double(),
      fc.constant(null),
      fc.constant(undefined),
      fc.date({ noInvalidDate: false }),
    );
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: "small" }, leaf, tie("array"), tie("object")),
      array: fc.array(tie("node"), { maxLength: 4 }),
      object: fc.dictionary(fc.oneof(fc.string(), fc.constant("$metadata")), tie("node"), { maxKeys: 4 }),
    })).object;
    fc.assert(
      fc.property(value, (configuration) => {
        expect(toPlainJson(configuration)).toStrictEqual(viaText(configuration));
      }),
    );
  });

  it("drops response metadata at any depth and turns Dates into ISO strings", () => {
    const output = {
      $metadata: { httpStatusCode: 200 },
      Rules: [{ CreateDate: new Date("2026-01-02T03:04:05Z"), $metadata: {}, Skipped: undefined }, undefined, Number.NaN],
    };
    expect(toPlainJson(output)).toEqual({ Rules: [{ CreateDate: "2026-01-02T03:04:05.000Z" }, null, null] });
  });

  it("falls back to the text round trip for values that are not plain (maps, byte arrays, toJSON)", () => {
    const odd = { map: new Map([["a", 1]]), bytes: new Uint8Array([1, 2]), custom: { toJSON: () => "custom" }, holes: [1, , 3] };
    expect(toPlainJson(odd)).toStrictEqual(viaText(odd));
    expect(() => toPlainJson({ big: BigInt(1) })).toThrow(TypeError);
  });
});
