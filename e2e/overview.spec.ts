import { expect, test } from "@playwright/test";
import { shoot } from "./shoot";

test("the overview shows the sample banner, a 0-100 score, finding counts and scan freshness @visual", async ({ page }, testInfo) => {
  await page.goto("/");
  await expect(page.getByRole("status").filter({ hasText: "Showing the built-in sample account" })).toBeVisible();

  const score = page.getByTestId("posture-score");
  await expect(score).toBeVisible();
  const value = Number((await score.innerText()).match(/\d+/)?.[0]);
  expect(value).toBeGreaterThanOrEqual(0);
  expect(value).toBeLessThanOrEqual(100);

  const counts = page.getByTestId("severity-counts").getByRole("listitem");
  await expect(counts).toHaveCount(5);
  const numbers = (await counts.allInnerTexts()).map((text) => Number(text.replace(/[^\d]/g, "")));
  expect(numbers.reduce((sum, n) => sum + n, 0)).toBeGreaterThan(0);

  await expect(page.getByRole("heading", { name: "Scan freshness" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Newest critical and high findings" })).toBeVisible();
  await shoot(page, testInfo, "overview");

  await page.getByRole("link", { name: "How the score is calculated" }).click();
  await expect(page).toHaveURL(/\/posture$/);
  await expect(page.getByRole("heading", { name: "Posture score", level: 1 })).toBeVisible();
  await shoot(page, testInfo, "posture");
});
