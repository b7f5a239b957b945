import { describe, expect, it } from "vitest";
import { signWebhook, verifyWebhook } from "./sign-webhook";

describe("webhook signatures", () => {
  const body = JSON.stringify({ event: "finding.opened" });
  const signature = signWebhook(body, "s3cret", 1_800_000_000);

  it("verify with the same secret, body and a fresh timestamp", () => {
    expect(verifyWebhook(body, { signature, timestamp: "1800000000" }, "s3cret", 1_800_000_100)).toBe(true);
  });

  it("fail for another secret, an altered body, or a replay outside the window", () => {
    expect(verifyWebhook(body, { signature, timestamp: "1800000000" }, "other", 1_800_000_000)).toBe(false);
    expect(verifyWebhook(`${body} `, { signature, timestamp: "1800000000" }, "s3cret", 1_800_000_000)).toBe(false);
    expect(verifyWebhook(body, { signature, timestamp: "1800000000" }, "s3cret", 1_800_000_301)).toBe(false);
    expect(verifyWebhook(body, { signature: null, timestamp: "1800000000" }, "s3cret", 1_800_000_000)).toBe(false);
  });
});
