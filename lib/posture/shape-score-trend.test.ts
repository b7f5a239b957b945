import { describe, expect, it } from "vitest";
import { describeSeries, shapeScoreTrend } from "@/lib/posture/shape-score-trend";

const at = (day: number) => new Date(Date.UTC(2026, 10, day));

describe("shapeScoreTrend", () => {
  const trend = shapeScoreTrend(
    [
      { accountId: "b", score: 80, createdAt: at(2) },
      { accountId: "a", score: 58.24, createdAt: at(1) },
      { accountId: "a", score: 64.31, createdAt: at(3) },
      { accountId: "b", score: 70, createdAt: at(3) },
    ],
    new Map([["a", "Prod"]]),
  );

  it("merges snapshots taken at the same time into one point, oldest first", () => {
    expect(trend.data).toEqual([
      { at: at(1).getTime(), a: 58.2 },
      { at: at(2).getTime(), b: 80 },
      { at: at(3).getTime(), a: 64.3, b: 70 },
    ]);
  });

  it("summarises each account, worst current score first, and says it in words", () => {
    expect(trend.series).toEqual([
      { key: "a", name: "Prod", first: 58.2, last: 64.3, change: 6.1, points: 2 },
      { key: "b", name: "b", first: 80, last: 70, change: -10, points: 2 },
    ]);
    expect(trend.series.map(describeSeries)).toEqual(["Prod: 64.3 now, up 6.1 over 2 scans.", "b: 70 now, down 10 over 2 scans."]);
  });
});
