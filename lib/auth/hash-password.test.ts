import { describe, expect, it } from "vitest";
import { hashPassword, verifyAgainstDummy, verifyPassword } from "./hash-password";

const FAST = { N: 2 ** 10, r: 8, p: 1 };

describe("password hashing (scrypt)", () => {
  it("verifies the right password and refuses a wrong one", async () => {
    const hash = await hashPassword("correct horse battery staple", FAST);
    expect(await verifyPassword("correct horse battery staple", hash)).toBe(true);
    expect(await verifyPassword("correct horse battery stapler", hash)).toBe(false);
    expect(await verifyPassword("", hash)).toBe(false);
  });

  it("salts every hash and records its parameters", async () => {
    const one = await hashPassword("same password here", FAST);
    const two = await hashPassword("same password here", FAST);
    expect(one).not.toBe(two);
    expect(one).toMatch(/^scrypt\$N=1024,r=8,p=1\$[\w-]{22}\$[\w-]{43}$/);
  });

  it("uses OWASP's minimum parameters by default", async () => {
    expect(await hashPassword("a long enough password")).toMatch(/^scrypt\$N=131072,r=8,p=1\$/);
  });

  it("treats unicode-equivalent passwords alike (NFKC) and other strings as wrong", async () => {
    const hash = await hashPassword("caf\u00e9 au lait 123", FAST);
    expect(await verifyPassword("cafe\u0301 au lait 123", hash)).toBe(true);
    expect(await verifyPassword("anything", "plaintext-password")).toBe(false);
    expect(await verifyPassword("anything", "scrypt$N=1073741824,r=8,p=1$AAAA$AAAA")).toBe(false); // memory bomb refused
  });

  it("the dummy verification for unknown users never succeeds", async () => {
    expect(await verifyAgainstDummy("not-a-real-password", FAST)).toBe(false);
  });
});
