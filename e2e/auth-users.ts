// The e2e users scripts/serve-e2e.mjs creates (`vigil users create ... --password-env`), one per role.
// Test-only credentials for a throw-away database on loopback; never used anywhere else.
export const E2E_PASSWORD = "e2e-only password, not a secret";
export const E2E_ADMIN_TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
export const E2E_ROLES = ["admin", "analyst", "engineer", "viewer"] as const;
export type E2eRole = (typeof E2E_ROLES)[number];

export const e2eEmail = (role: E2eRole) => `${role}@e2e.vigil.test`;
export const storageStatePath = (role: E2eRole) => `e2e/output/.auth/${role}.json`;
