import { describe, expect, it } from "vitest";
import { summariseFindingGroups } from "@/lib/findings/summarise-finding-groups";

describe("summariseFindingGroups", () => {
  it("puts the group with the worst severity first, then the larger group", () => {
    const groups = summariseFindingGroups([
      { key: "many-low", severity: "low", count: 40 },
      { key: "one-critical", severity: "critical", count: 1 },
      { key: "mixed", severity: "high", count: 2 },
      { key: "mixed", severity: "medium", count: 3 },
      { key: "two-high", severity: "high", count: 9 },
    ]);
    expect(groups.map((group) => group.key)).toEqual(["one-critical", "two-high", "mixed", "many-low"]);
    expect(groups.find((group) => group.key === "mixed")).toMatchObject({ count: 5, worst: "high", bySeverity: { high: 2, medium: 3, critical: 0 } });
  });

  it("keeps at most `limit` groups", () => {
    const rows = Array.from({ length: 5 }, (_, i) => ({ key: `k${i}`, severity: "low" as const, count: i + 1 }));
    expect(summariseFindingGroups(rows, 2).map((group) => group.key)).toEqual(["k4", "k3"]);
  });
});
