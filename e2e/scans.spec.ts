import { expect, test } from "@playwright/test";
import { shoot } from "./shoot";

test("the scans page shows the history and the gaps of the sample scan @visual", async ({ page }, testInfo) => {
  await page.goto("/scans");
  const history = page.getByRole("table", { name: "Scan history" }).first();
  await expect(history).toBeVisible();
  await expect(history.locator("tbody tr").first()).toContainText(/Succeeded|Partial|Failed|Running|Queued/);
  const gaps = page.getByTestId("scan-gaps").first();
  await expect(gaps).toBeVisible();
  await expect(gaps.locator("tbody tr").first()).toBeVisible();
  await shoot(page, testInfo, "scans");
});

test("the health endpoint reports the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ ok: true });
});

test("the scan status endpoint validates its id", async ({ request }) => {
  expect((await request.get("/api/scans/not-a-uuid")).status()).toBe(400);
  expect((await request.get("/api/scans/00000000-0000-4000-8000-000000000000")).status()).toBe(404);
});
