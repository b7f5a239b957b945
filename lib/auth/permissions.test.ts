import { describe, expect, it } from "vitest";
import { VigilError } from "@/lib/errors/vigil-error";
import { ACTIONS, authorize, can, type Actor, type Role } from "./permissions";

const actor = (role: Role, accountScope: string[] | null = null): Actor => ({ userId: "u1", role, accountScope });

describe("permissions", () => {
  it("lets admins do everything", () => {
    for (const action of ACTIONS) expect(can(actor("admin"), action)).toBe(true);
  });

  it("keeps viewers read-only", () => {
    expect(can(actor("viewer"), "findings:read")).toBe(true);
    expect(can(actor("viewer"), "compliance:read")).toBe(true);
    for (const action of ["findings:triage", "findings:suppress", "scans:run", "accounts:manage", "users:manage", "audit:read"] as const) {
      expect(can(actor("viewer"), action)).toBe(false);
    }
  });

  it("lets engineers change only the findings assigned to them", () => {
    expect(can(actor("engineer"), "findings:triage", { assigneeId: "u1" })).toBe(true);
    expect(can(actor("engineer"), "findings:triage", { assigneeId: "u2" })).toBe(false);
    expect(can(actor("engineer"), "findings:triage", { assigneeId: null })).toBe(false);
    expect(can(actor("engineer"), "findings:suppress", { assigneeId: "u1" })).toBe(false);
  });

  it("lets analysts triage and suppress any finding but not manage accounts or users", () => {
    expect(can(actor("analyst"), "findings:triage", { assigneeId: "someone" })).toBe(true);
    expect(can(actor("analyst"), "findings:suppress")).toBe(true);
    expect(can(actor("analyst"), "accounts:manage")).toBe(false);
    expect(can(actor("analyst"), "users:manage")).toBe(false);
  });

  it("confines scoped users to their accounts, whatever their role", () => {
    const scoped = actor("admin", ["111111111111"]);
    expect(can(scoped, "findings:read", { accountId: "111111111111" })).toBe(true);
    expect(can(scoped, "findings:read", { accountId: "222222222222" })).toBe(false);
  });

  it("throws a forbidden VigilError naming the role and action", () => {
    expect(() => authorize(actor("viewer"), "scans:run")).toThrowError(VigilError);
    expect(() => authorize(actor("viewer"), "scans:run")).toThrow(/viewer.*scans:run/);
  });
});
