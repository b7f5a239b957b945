import { describe, expect, it } from "vitest";
import { decodeFindingsCursor, encodeFindingsCursor, findingsAfterCursor } from "@/lib/findings/find-findings-cursor";

const row = {
  id: "3f1c2b9e-8d4a-4c7b-9e2f-1a2b3c4d5e6f",
  severity: "medium" as const,
  lastSeenAt: new Date("2026-11-23T10:00:00.123Z"),
  firstSeenAt: new Date("2026-10-01T08:00:00.000Z"),
};

describe("findings cursor", () => {
  it("round-trips the sort key of each sort", () => {
    expect(decodeFindingsCursor(encodeFindingsCursor(row, "severity"), "severity")).toEqual({ s: "medium", t: "2026-11-23T10:00:00.123Z", i: row.id });
    expect(decodeFindingsCursor(encodeFindingsCursor(row, "last_seen"), "last_seen")).toEqual({ t: "2026-11-23T10:00:00.123Z", i: row.id });
    expect(decodeFindingsCursor(encodeFindingsCursor(row, "first_seen"), "first_seen")).toEqual({ t: "2026-10-01T08:00:00.000Z", i: row.id });
  });

  it("is URL-safe", () => {
    expect(encodeFindingsCursor(row, "severity")).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it("refuses tampered content", () => {
    const forged = btoa(JSON.stringify({ s: "apocalyptic", t: "2026-11-23T10:00:00.000Z", i: row.id }));
    expect(decodeFindingsCursor(forged, "severity")).toBeNull();
    expect(decodeFindingsCursor(btoa(JSON.stringify({ t: "yesterday", i: row.id })), "last_seen")).toBeNull();
    expect(decodeFindingsCursor("%%%", "last_seen")).toBeNull();
  });

  it("continues a severity page with the same severity then the less severe ones", () => {
    const where = findingsAfterCursor({ s: "medium", t: "2026-11-23T10:00:00.123Z", i: row.id }, "severity");
    expect(where).toEqual({
      OR: [
        { severity: { in: ["low", "informational"] } },
        {
          severity: "medium",
          OR: [
            { lastSeenAt: { lt: new Date("2026-11-23T10:00:00.123Z") } },
            { lastSeenAt: new Date("2026-11-23T10:00:00.123Z"), id: { gt: row.id } },
          ],
        },
      ],
    });
  });

  it("has no 'later severity' branch after the least severe", () => {
    const where = findingsAfterCursor({ s: "informational", t: "2026-11-23T10:00:00.123Z", i: row.id }, "severity");
    expect(where.OR).toHaveLength(1);
  });
});
