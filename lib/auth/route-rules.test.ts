import { describe, expect, it } from "vitest";
import { accessFor } from "./route-rules";

describe("accessFor", () => {
  it("matches static and dynamic segments", () => {
    expect(accessFor("/findings")).toEqual({ kind: "action", action: "findings:read" });
    expect(accessFor("/findings/5b0e0f62-9d1d-4f55-8f57-0c6b1c2a1f11")).toEqual({ kind: "action", action: "findings:read" });
    expect(accessFor("/admin/users")).toEqual({ kind: "action", action: "users:manage" });
    expect(accessFor("/sign-in")).toEqual({ kind: "public" });
    expect(accessFor("/api/health")).toEqual({ kind: "public" });
  });

  it("requires sign-in for paths no rule names (deny by default)", () => {
    expect(accessFor("/not-a-page")).toEqual({ kind: "signed_in" });
    expect(accessFor("/sign-in/extra")).toEqual({ kind: "signed_in" });
    expect(accessFor("/api/health/../../admin/users")).toEqual({ kind: "signed_in" });
    expect(accessFor("/admin")).toEqual({ kind: "signed_in" });
  });

  it("does not let a public prefix open the pages below it", () => {
    expect(accessFor("/setup/anything")).toEqual({ kind: "signed_in" });
    expect(accessFor("/api/auth/oidc/start/x")).toEqual({ kind: "signed_in" });
  });
});
