import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { parseKey } from "./resolve-sealing-key";
import { openSecret, sealSecret } from "./seal-secret";

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
    expect(() => openSecret(sealed, randomBytes(32))).toThrow(/differs from the key it was sealed with/);
    const raw = Buffer.from(sealed.slice(3), "base64");
    raw[raw.length - 1] = raw[raw.length - 1]! ^ 1;
    expect(() => openSecret(`v1:${raw.toString("base64")}`, key)).toThrow();
  });

  it("reads the key as hex or base64, and refuses one that is not 32 bytes", () => {
    const hex = randomBytes(32).toString("hex");
    expect(parseKey(hex).toString("hex")).toBe(hex);
    expect(parseKey(Buffer.from(hex, "hex").toString("base64")).toString("hex")).toBe(hex);
    expect(() => parseKey("too-short")).toThrow(/must be 32 bytes/);
  });
});
