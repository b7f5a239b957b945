import { describe, expect, it } from "vitest";
import { formatAgo, formatDateTime, formatDuration } from "@/app/_format/format-time";

const now = new Date("2026-11-23T12:00:00Z");

describe("formatAgo", () => {
  it("says just now under a minute", () => {
    expect(formatAgo(new Date("2026-11-23T11:59:30Z"), now)).toBe("just now");
  });
  it("picks the largest whole unit", () => {
    expect(formatAgo(new Date("2026-11-23T09:00:00Z"), now)).toBe("3 hours ago");
    expect(formatAgo(new Date("2026-11-22T12:00:00Z"), now)).toBe("yesterday");
    expect(formatAgo(new Date("2026-11-03T12:00:00Z"), now)).toBe("2 weeks ago");
  });
  it("handles future dates", () => {
    expect(formatAgo(new Date("2026-11-23T12:10:00Z"), now)).toBe("in 10 minutes");
  });
});

describe("formatDuration", () => {
  it("formats seconds, minutes and hours", () => {
    const start = new Date("2026-11-23T12:00:00Z");
    expect(formatDuration(start, new Date("2026-11-23T12:00:42Z"))).toBe("42 s");
    expect(formatDuration(start, new Date("2026-11-23T12:03:05Z"))).toBe("3 min 05 s");
    expect(formatDuration(start, new Date("2026-11-23T13:02:00Z"))).toBe("1 h 02 min");
  });
  it("shows a dash when a bound is missing", () => {
    expect(formatDuration(null, now)).toBe("—");
    expect(formatDuration(now, null)).toBe("—");
  });
});

describe("formatDateTime", () => {
  it("prints UTC", () => {
    expect(formatDateTime(now)).toMatch(/23 Nov 2026, 12:00 UTC/);
  });
});
