import { expect, test } from "@playwright/test";
import { shoot } from "./shoot";

const TYPES = ["AWS::S3::Bucket", "AWS::IAM::User", "AWS::Lambda::Function", "AWS::KMS::Key"];

test("the inventory lists buckets, users, functions and keys, and opens one @visual", async ({ page }, testInfo) => {
  await page.goto("/resources");
  const table = page.getByRole("table", { name: "Resources" });
  await expect(table).toBeVisible();
  await shoot(page, testInfo, "resources");

  for (const type of TYPES) {
    await page.goto(`/resources?type=${encodeURIComponent(type)}`);
    const rows = table.locator("tbody tr");
    await expect(rows.first(), `${type} is listed`).toBeVisible();
    await expect(rows.first()).toContainText(type);
  }

  await page.goto("/resources?type=AWS::S3::Bucket");
  const link = table.locator("tbody tr").first().getByRole("link").first();
  const name = (await link.innerText()).trim();
  await link.click();
  await expect(page).toHaveURL(/\/resources\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(name);
  await expect(page.getByLabel("Configuration", { exact: true })).toContainText(name);
  await expect(page.getByRole("heading", { name: /^Versions/ })).toBeVisible();
  await shoot(page, testInfo, "resource");
});

test("the inventory searches by name", async ({ page }) => {
  await page.goto("/resources");
  await page.getByLabel("Search name or ARN").fill("zz-no-such-resource");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/q=zz-no-such-resource/);
  await expect(page.getByRole("heading", { name: "No resources match these filters" })).toBeVisible();
});
