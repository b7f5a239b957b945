import { describe, expect, it } from "vitest";
import { digestPeriod } from "./digest-period";

describe("digestPeriod", () => {
  it("covers the previous UTC day for daily digests", () => {
    expect(digestPeriod("daily", new Date("2026-11-25T07:05:00Z"))).toEqual({
      label: "on 2026-11-24", from: new Date("2026-11-24T00:00:00Z"), to: new Date("2026-11-25T00:00:00Z"),
    });
  });

  it("covers the previous week on Mondays only for weekly digests", () => {
    expect(digestPeriod("weekly", new Date("2026-11-23T07:05:00Z"))).toEqual({
      label: "in the week of 2026-11-16", from: new Date("2026-11-16T00:00:00Z"), to: new Date("2026-11-23T00:00:00Z"),
    });
    expect(digestPeriod("weekly", new Date("2026-11-24T07:05:00Z"))).toBeNull();
  });
});
