import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { encryptionKey, openSecret, sealSecret } from "./seal-secret";
import { signWebhook, verifyWebhook } from "./sign-webhook";

describe("sealSecret", () => {
  const key = randomBytes(32);

  it("round-trips, never stores the clear text, and differs each time", () => {
    const sealed = sealSecret("hunter2-signing-secret", key);
    expect(sealed.startsWith("v1:")).toBe(true);
    expect(sealed).not.toContain("hunter2");
    expect(sealSecret("hunter2-signing-secret", key)).not.toBe(sealed);
    expect(openSecret(sealed, key)).toBe("hunter2-signing-secret");
  });

  it("refuses a value sealed with another key or tampered with", () => {
    const sealed = sealSecret("secret", key);
    expect(() => openSecret(sealed, randomBytes(32))).toThrow(/VIGIL_ENCRYPTION_KEY/);
    const raw = Buffer.from(sealed.slice(3), "base64");
    raw[raw.length - 1] = raw[raw.length - 1]! ^ 1;
    expect(() => openSecret(`v1:${raw.toString("base64")}`, key)).toThrow();
  });

  it("reads the key as hex or base64, and asks for one when unset", () => {
    const hex = randomBytes(32).toString("hex");
    expect(encryptionKey(hex).toString("hex")).toBe(hex);
    expect(encryptionKey(Buffer.from(hex, "hex").toString("base64")).toString("hex")).toBe(hex);
    expect(() => encryptionKey("")).toThrow(/Set VIGIL_ENCRYPTION_KEY/);
  });
});

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
