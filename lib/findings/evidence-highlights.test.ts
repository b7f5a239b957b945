import { describe, expect, it } from "vitest";
import { summariseEvidence } from "@/lib/findings/evidence-highlights";

describe("summariseEvidence", () => {
  it("separates the reason from the detail leaves, with readable paths", () => {
    const summary = summariseEvidence({
      reason: "The bucket policy allows anyone to read objects.",
      details: { statement: { Sid: "PublicRead", Principal: "*", Action: ["s3:GetObject"] }, public: true },
    });
    expect(summary.reason).toBe("The bucket policy allows anyone to read objects.");
    expect(summary.highlights).toEqual([
      { path: "statement.Sid", value: "PublicRead" },
      { path: "statement.Principal", value: "*" },
      { path: "statement.Action[0]", value: "s3:GetObject" },
      { path: "public", value: "true" },
    ]);
  });

  it("copes with evidence that has no details or is not an object", () => {
    expect(summariseEvidence({ reason: "r", details: null })).toEqual({ reason: "r", highlights: [] });
    expect(summariseEvidence({ authType: "NONE", reason: "open" })).toEqual({ reason: "open", highlights: [{ path: "authType", value: "NONE" }] });
    expect(summariseEvidence("plain")).toEqual({ reason: null, highlights: [{ path: "(value)", value: "plain" }] });
  });
});
