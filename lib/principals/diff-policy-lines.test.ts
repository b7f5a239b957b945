import { describe, expect, it } from "vitest";
import { diffPolicyLines } from "./diff-policy-lines";
import type { PolicyDocument } from "./principal-detail";

const inline = (document: unknown): PolicyDocument => ({ source: { kind: "inline", arn: null, name: "app", viaGroup: null }, document });

describe("diffPolicyLines", () => {
  it("marks the actions the suggestion drops and the lines it adds", () => {
    const current = [
      inline({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: ["s3:GetObject", "s3:DeleteObject"], Resource: "*" }] }),
      { source: { kind: "trust", arn: "arn:aws:iam::1:role/r", name: "trust", viaGroup: null }, document: { Statement: [{ Action: "sts:AssumeRole" }] } } satisfies PolicyDocument,
    ];
    const suggested = { Version: "2012-10-17", Statement: [{ Sid: "Used1", Effect: "Allow", Action: ["s3:GetObject"], Resource: ["*"] }] };
    const { left, right } = diffPolicyLines(current, suggested);
    expect(left[0]).toEqual({ text: "// inline app", change: "same" });
    expect(left.filter((line) => line.change === "removed").map((line) => line.text.trim())).toEqual(['"s3:DeleteObject"']);
    expect(left.some((line) => line.text.includes("sts:AssumeRole"))).toBe(false); // trust policies are not replaced
    expect(right.filter((line) => line.change === "added").map((line) => line.text.trim())).toEqual(['"Sid": "Used1",']);
    expect(right.find((line) => line.text.includes("s3:GetObject"))?.change).toBe("same");
    // "Resource": "*" and "Resource": ["*"] grant the same: neither side shows it as changed.
    expect(left.find((line) => line.text.trim() === '"*"')?.change).toBe("same");
  });
});
