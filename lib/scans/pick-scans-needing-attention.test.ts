import { describe, expect, it } from "vitest";
import { attentionReason, pickScansNeedingAttention, type FreshnessInput } from "@/lib/scans/pick-scans-needing-attention";

const NOW = new Date("2026-11-23T12:00:00Z");
const hoursAgo = (hours: number) => new Date(NOW.getTime() - hours * 3_600_000);
const scanned = (id: string, overrides: Partial<NonNullable<FreshnessInput["finished"]>> = {}): FreshnessInput => {
  const finished = { id: `${id}-scan`, status: "succeeded", complete: true, finishedAt: hoursAgo(2), gapCount: 0, ...overrides };
  return { account: { id }, latest: { id: finished.id, status: finished.status }, finished };
};

describe("attentionReason", () => {
  it("passes a recent, complete, successful scan", () => {
    expect(attentionReason(scanned("a"), NOW)).toBeNull();
  });
  it("names what needs a look", () => {
    expect(attentionReason({ account: { id: "a" }, latest: null, finished: null }, NOW)).toBe("never scanned");
    expect(attentionReason({ account: { id: "a" }, latest: { id: "s", status: "running" }, finished: null }, NOW)).toBe("first scan in progress");
    expect(attentionReason(scanned("a", { status: "failed" }), NOW)).toBe("latest scan failed");
    expect(attentionReason(scanned("a", { finishedAt: hoursAgo(25) }), NOW)).toBe("not scanned in the last 24 hours");
    expect(attentionReason(scanned("a", { gapCount: 2 }), NOW)).toBe("parts could not be read");
    expect(attentionReason(scanned("a", { complete: false }), NOW)).toBe("parts could not be read");
    expect(attentionReason({ ...scanned("a"), latest: { id: "newer", status: "running" } }, NOW)).toBe("scan in progress");
  });
});

describe("pickScansNeedingAttention", () => {
  it("keeps the accounts needing a look, in order, up to the limit, and counts the fine ones", () => {
    const entries = [scanned("a"), scanned("b", { gapCount: 1 }), scanned("c"), scanned("d", { status: "failed" }), scanned("e", { finishedAt: hoursAgo(48) })];
    const picked = pickScansNeedingAttention(entries, NOW, 2);
    expect(picked.shown.map((entry) => entry.account.id)).toEqual(["b", "d"]);
    expect(picked).toMatchObject({ needing: 3, fine: 2 });
  });
});
