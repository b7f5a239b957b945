import { expect, test } from "@playwright/test";
import { shoot } from "./shoot";

test("the findings list filters by severity through the URL and opens a finding @visual", async ({ page }, testInfo) => {
  await page.goto("/findings");
  const rows = page.getByRole("table", { name: "Findings" }).locator("tbody tr");
  await expect(rows.first()).toBeVisible();
  await shoot(page, testInfo, "findings");

  // Filtering through the form puts the filter in the URL; the server renders only matching rows.
  await page.getByRole("checkbox", { name: "High" }).check();
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/severity=high/);
  await expect(rows.first()).toBeVisible();
  const severities = await page.locator("tbody [data-severity]").evaluateAll((nodes) => nodes.map((node) => node.getAttribute("data-severity")));
  expect(severities.length).toBeGreaterThan(0);
  expect(new Set(severities)).toEqual(new Set(["high"]));
  await expect(page.getByRole("checkbox", { name: "High" })).toBeChecked();

  // The same view from a typed URL.
  await page.goto("/findings?severity=critical");
  const critical = await page.locator("tbody [data-severity]").evaluateAll((nodes) => nodes.map((node) => node.getAttribute("data-severity")));
  expect(new Set(critical)).toEqual(new Set(["critical"]));
  await shoot(page, testInfo, "findings-critical");

  const first = rows.first().getByRole("link").first();
  const title = (await first.innerText()).trim();
  await first.click();
  await expect(page).toHaveURL(/\/findings\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole("heading", { name: "What is wrong" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Timeline" })).toBeVisible();
  await expect(page.getByLabel("Evidence", { exact: true })).toBeVisible();
  await shoot(page, testInfo, "finding");

  await page.getByRole("region", { name: "Resource" }).getByRole("link").first().click();
  await expect(page).toHaveURL(/\/resources\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { name: "Current configuration" })).toBeVisible();
});

test("a broken findings query string shows what is wrong instead of crashing", async ({ page }) => {
  const response = await page.goto("/findings?severity=catastrophic&size=7");
  expect(response?.status()).toBe(200);
  const alert = page.getByRole("alert").filter({ hasText: "This link has filters Vigil cannot read" });
  await expect(alert).toContainText("severity must be one of");
  await expect(alert).toContainText("size must be one of");
  await page.getByRole("link", { name: "Clear the filters" }).click();
  await expect(page).toHaveURL(/\/findings$/);
});
