import { describe, expect, it } from "vitest";
import { dueScheduleSlot, InvalidScheduleError, validateSchedule } from "./due-schedule-slot";

describe("dueScheduleSlot", () => {
  it("returns the slot just passed with a deterministic key", () => {
    const slot = dueScheduleSlot("123456789012", "0 */6 * * *", new Date("2026-03-01T12:02:10Z"));
    expect(slot?.at.toISOString()).toBe("2026-03-01T12:00:00.000Z");
    expect(slot?.key).toBe("123456789012@2026-03-01T12:00:00.000Z");
  });

  it("includes a slot at exactly now", () => {
    expect(dueScheduleSlot("1", "0 */6 * * *", new Date("2026-03-01T18:00:00Z"))?.at.toISOString()).toBe(
      "2026-03-01T18:00:00.000Z",
    );
  });

  it("skips a slot missed by more than the grace window", () => {
    expect(dueScheduleSlot("1", "0 */6 * * *", new Date("2026-03-01T13:00:00Z"))).toBeNull();
  });

  it("gives two schedulers the same key for the same slot", () => {
    const a = dueScheduleSlot("1", "*/15 * * * *", new Date("2026-03-01T10:15:01Z"));
    const b = dueScheduleSlot("1", "*/15 * * * *", new Date("2026-03-01T10:16:59Z"));
    expect(a?.key).toBe(b?.key);
  });

  it("rejects malformed expressions with a clear error", () => {
    expect(() => validateSchedule("every six hours")).toThrow(InvalidScheduleError);
    expect(() => validateSchedule("61 * * * *")).toThrow(/Invalid scan schedule/);
  });
});
