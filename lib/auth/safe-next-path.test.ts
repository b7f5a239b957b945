import { describe, expect, it } from "vitest";
import { safeNextPath } from "./safe-next-path";

describe("safeNextPath (open-redirect defence)", () => {
  it("keeps local paths with their query", () => {
    expect(safeNextPath("/findings?severity=critical")).toBe("/findings?severity=critical");
  });

  it.each(["https://evil.example", "//evil.example", "/\\evil.example", "javascript:alert(1)", "/sign-in", "/api/auth/sign-out", "\u0000/x", "/x\n", 42, null, "/".repeat(2000)])(
    "sends %j home",
    (value) => expect(safeNextPath(value)).toBe("/"),
  );
});
