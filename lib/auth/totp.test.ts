import { describe, expect, it } from "vitest";
import { base32Decode, base32Encode, generateTotpSecret, hotp, matchTotp, totpCode, totpStep, totpUri } from "./totp";

// RFC 6238 appendix B, SHA-1 rows: the 20-byte ASCII secret "12345678901234567890", 8 digits.
const RFC_SECRET = base32Encode(Buffer.from("12345678901234567890"));
const RFC_VECTORS: Array<[number, string]> = [
  [59, "94287082"], [1111111109, "07081804"], [1111111111, "14050471"], [1234567890, "89005924"], [2000000000, "69279037"], [20000000000, "65353130"],
];

describe("TOTP (RFC 6238)", () => {
  it.each(RFC_VECTORS)("matches the RFC vector at T=%i", (seconds, expected) => {
    expect(totpCode(RFC_SECRET, seconds * 1000, 8)).toBe(expected);
  });

  it("matches the RFC 4226 HOTP vectors", () => {
    const secret = Buffer.from("12345678901234567890");
    expect([0, 1, 2, 9].map((counter) => hotp(secret, counter))).toEqual(["755224", "287082", "359152", "520489"]);
  });

  it("round-trips base32 and generates 160-bit secrets", () => {
    const bytes = Buffer.from([0, 1, 2, 250, 251, 252, 253, 254, 255, 7]);
    expect(base32Decode(base32Encode(bytes))).toEqual(bytes);
    expect(base32Encode(Buffer.from("foobar"))).toBe("MZXW6YTBOI");
    const secret = generateTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(base32Decode(secret)).toHaveLength(20);
    expect(generateTotpSecret()).not.toBe(secret);
  });

  it("accepts the current code and one step of drift, nothing further", () => {
    const secret = generateTotpSecret();
    const now = 1_700_000_000_000;
    expect(matchTotp(secret, totpCode(secret, now), now)).toBe(totpStep(now));
    expect(matchTotp(secret, totpCode(secret, now - 30_000), now)).toBe(totpStep(now) - 1);
    expect(matchTotp(secret, totpCode(secret, now + 30_000), now)).toBe(totpStep(now) + 1);
    expect(matchTotp(secret, totpCode(secret, now - 90_000), now)).toBeNull();
  });

  it("refuses a code whose step was already used (replay) and malformed codes", () => {
    const secret = generateTotpSecret();
    const now = 1_700_000_000_000;
    const code = totpCode(secret, now);
    expect(matchTotp(secret, code, now, totpStep(now))).toBeNull();
    for (const bad of ["", "12345", "1234567", "12345a", " 123456", "' OR 1=1"]) expect(matchTotp(secret, bad, now)).toBeNull();
  });

  it("builds the otpauth URI authenticator apps import", () => {
    const uri = new URL(totpUri("JBSWY3DPEHPK3PXP", "ana@example.com"));
    expect(uri.protocol).toBe("otpauth:");
    expect(uri.searchParams.get("secret")).toBe("JBSWY3DPEHPK3PXP");
    expect(uri.searchParams.get("issuer")).toBe("Vigil");
    expect(decodeURIComponent(uri.pathname)).toContain("Vigil:ana@example.com");
  });
});
