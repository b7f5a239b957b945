import { describe, expect, it } from "vitest";
import { averagePostures } from "@/lib/posture/average-postures";

describe("averagePostures", () => {
  it("averages the accounts' overall and per-service scores, each account once", () => {
    const average = averagePostures([
      { overall: { score: 60 }, services: [{ key: "s3", score: 50 }, { key: "iam", score: 70 }] },
      { overall: { score: 80 }, services: [{ key: "iam", score: 90 }] },
      { overall: null, services: [] },
    ]);
    expect(average.overall).toBe(70);
    expect(average.accounts).toBe(2);
    expect(average.services).toEqual([{ key: "iam", score: 80 }, { key: "s3", score: 50 }]);
  });
  it("has no overall score without any scored account", () => {
    expect(averagePostures([])).toEqual({ overall: null, accounts: 0, services: [] });
  });
});
