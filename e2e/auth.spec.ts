// Sign-in journeys: anonymous visitors are sent to sign in, each role sees what it may, sign-out ends the
// session on the server, and wrong credentials get one generic message.
import { expect, test } from "@playwright/test";
import { E2E_PASSWORD, e2eEmail, storageStatePath } from "./auth-users";

test.describe("signed out", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("every page sends an anonymous visitor to sign in, and the API answers 401", async ({ page, request }) => {
    for (const path of ["/", "/findings", "/admin/users", "/admin/audit"]) {
      await page.goto(path);
      await expect(page).toHaveURL(/\/sign-in/);
    }
    await expect(page.getByRole("heading", { name: "Sign in to Vigil" })).toBeVisible();
    const response = await request.get("/api/findings");
    expect(response.status()).toBe(401);
    expect((await request.get("/api/health")).status()).toBe(200);
  });

  test("wrong credentials get one generic message", async ({ page }) => {
    await page.goto("/sign-in?next=/scans");
    await page.getByLabel("E-mail address").fill(e2eEmail("viewer"));
    await page.getByLabel("Password").fill("definitely not it");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("The e-mail address, password or code is not right.")).toBeVisible();
    await page.getByLabel("Password").fill(E2E_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/scans$/);
  });

  test("pages carry a nonce-based Content-Security-Policy and no inline-script allowance", async ({ request }) => {
    const response = await request.get("/sign-in");
    const csp = response.headers()["content-security-policy"] ?? "";
    expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(response.headers()["x-frame-options"]).toBe("DENY");
  });
});

test.describe("as a viewer", () => {
  test.use({ storageState: storageStatePath("viewer") });

  test("reads findings but cannot open administration", async ({ page }) => {
    await page.goto("/findings");
    await expect(page.getByRole("heading", { name: "Findings", level: 1 })).toBeVisible();
    await expect(page.getByTestId("user-menu")).toContainText("(viewer)");
    await expect(page.getByTestId("user-menu").getByRole("link", { name: "Users" })).toHaveCount(0);
    const response = await page.goto("/admin/users");
    expect(response?.status()).toBe(403);
  });
});

test.describe("as an engineer", () => {
  test.use({ storageState: storageStatePath("engineer") });

  test("sees findings, not the audit trail", async ({ page }) => {
    await page.goto("/findings");
    await expect(page.getByTestId("user-menu")).toContainText("(engineer)");
    expect((await page.goto("/admin/audit"))?.status()).toBe(403);
  });
});

test.describe("as an analyst", () => {
  test.use({ storageState: storageStatePath("analyst") });

  test("works with findings but cannot manage users", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByTestId("user-menu")).toContainText("(analyst)");
    expect((await page.goto("/admin/users"))?.status()).toBe(403);
  });
});

test.describe("as an admin", () => {
  test.use({ storageState: storageStatePath("admin") });

  test("manages users and reads the audit trail, which records the sign-ins", async ({ page }) => {
    await page.goto("/admin/users");
    await expect(page.getByRole("table", { name: "Users" })).toContainText(e2eEmail("engineer"));
    await page.getByRole("link", { name: "Audit trail" }).click();
    await expect(page.getByRole("table", { name: "Audit events" })).toContainText("auth.sign_in");
    const download = await page.request.get("/admin/audit/export?format=json&action=auth.sign_in");
    expect(download.status()).toBe(200);
    expect((await download.json()).length).toBeGreaterThan(0);
  });
});

test.describe("signing out", () => {
  test("ends the session on the server, so the old cookie no longer works", async ({ browser }) => {
    // A fresh sign-in, so the saved states the other specs use stay valid.
    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const page = await context.newPage();
    await page.goto("/sign-in");
    await page.getByLabel("E-mail address").fill(e2eEmail("analyst"));
    await page.getByLabel("Password").fill(E2E_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByTestId("user-menu")).toBeVisible();
    const cookie = (await context.cookies()).find((candidate) => candidate.name === "vigil_session");
    expect(cookie?.httpOnly).toBe(true);
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in\?notice=signed_out/);

    const replay = await browser.newContext({ storageState: { cookies: [cookie!], origins: [] } });
    const again = await replay.newPage();
    await again.goto("/findings");
    await expect(again).toHaveURL(/\/sign-in/);
    await replay.close();
    await context.close();
  });
});
