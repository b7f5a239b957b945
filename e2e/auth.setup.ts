// Signs in once per role through the real sign-in form and saves each browser state, so the journeys run
// as a signed-in user (analyst by default; auth specs pick a role with test.use({ storageState })).
import { expect, test as setup, type Page } from "@playwright/test";
import { totpCode } from "../lib/auth/totp";
import { E2E_ADMIN_TOTP_SECRET, E2E_PASSWORD, E2E_ROLES, e2eEmail, storageStatePath } from "./auth-users";

export async function signIn(page: Page, role: (typeof E2E_ROLES)[number], code?: string) {
  await page.goto("/sign-in");
  await page.getByLabel("E-mail address").fill(e2eEmail(role));
  await page.getByLabel("Password").fill(E2E_PASSWORD);
  if (role === "admin") await page.getByLabel(/Authenticator code/).fill(code ?? totpCode(E2E_ADMIN_TOTP_SECRET));
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("user-menu")).toContainText(`(${role})`);
}

for (const role of E2E_ROLES) {
  setup(`sign in as ${role}`, async ({ page }) => {
    // Each TOTP code is accepted once; the admin signs in with the next step's code so a later spec can use the current one.
    await signIn(page, role, role === "admin" ? totpCode(E2E_ADMIN_TOTP_SECRET, Date.now() + 30_000) : undefined);
    await page.context().storageState({ path: storageStatePath(role) });
  });
}
