import { describe, expect, it } from "vitest";
import { dueState, summariseScanChanges } from "@/lib/findings/summarise-scan-changes";

describe("summariseScanChanges", () => {
  it("sorts a scan's events into new, resolved and regressed, once per finding", () => {
    expect(summariseScanChanges([
      { findingId: "a", kind: "opened" },
      { findingId: "b", kind: "resolved" },
      { findingId: "c", kind: "resource_deleted" },
      { findingId: "d", kind: "regressed" },
      { findingId: "e", kind: "suppression_expired" },
      { findingId: "d", kind: "regressed" },
      { findingId: "f", kind: "commented" },
    ])).toEqual({ opened: ["a"], resolved: ["b", "c"], regressed: ["d", "e"] });
  });
});

describe("dueState", () => {
  const now = new Date("2026-11-23T12:00:00Z");
  it("grades a due date against now", () => {
    expect(dueState(null, now)).toBe("none");
    expect(dueState(new Date("2026-11-23T11:59:59Z"), now)).toBe("overdue");
    expect(dueState(new Date("2026-11-30T12:00:00Z"), now)).toBe("due_soon");
    expect(dueState(new Date("2026-11-30T12:00:01Z"), now)).toBe("on_track");
  });
});
