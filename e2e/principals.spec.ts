import { expect, test } from "@playwright/test";
import { shoot } from "./shoot";

// The sample account's IAM analysis, stored by `vigil scan` when the e2e server starts.
test("the principals list shows risks and opens a principal with its paths and suggestion @visual", async ({ page }, testInfo) => {
  await page.goto("/principals");
  const table = page.getByRole("table", { name: "Principals" });
  await expect(table).toBeVisible();
  await expect(page.getByTestId("principals-total")).toHaveText("13 principals");
  await expect(table.getByTestId("full-admin-badge")).toHaveCount(2);
  await shoot(page, testInfo, "principals");

  await page.locator('select[name="risk"]').selectOption("trust-any-account");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/risk=trust-any-account/);
  await expect(table.getByTestId("principal-row")).toHaveCount(1);
  await expect(table.getByTestId("principal-row")).toContainText("bad_role");

  await page.goto("/principals?q=bob");
  await table.getByRole("link", { name: "bob", exact: true }).click();
  await expect(page).toHaveURL(/\/principals\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("bob");
  // A risk with its exact granting statement highlighted.
  await expect(page.locator('[data-testid="risk"][data-category="not-action-allow"] [data-granting="true"]').first()).toContainText('"NotAction"');
  // The escalation path hop by hop.
  await expect(page.getByTestId("escalation-hop").first()).toContainText("sts:AssumeRole");
  await expect(page.getByTestId("escalation-hop").first()).toContainText("bad_role");
  // The least-privilege suggestion: the diff, its proof and the downloads.
  await expect(page.getByTestId("suggestion")).toHaveAttribute("data-state", "replace");
  await expect(page.getByTestId("suggestion-proof")).toHaveAttribute("data-verified", "true");
  await expect(page.getByTestId("diff-suggested")).toContainText('"Version": "2012-10-17"');
  await shoot(page, testInfo, "principal");

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download Terraform" }).click();
  expect((await download).suggestedFilename()).toBe("bob-least-privilege.tf");
});

test("a role whose permissions were all used keeps its policy, with its permissions by service", async ({ page }) => {
  await page.goto("/principals?q=invpclambda");
  await page.getByRole("table", { name: "Principals" }).getByRole("link", { name: "invpclambda" }).click();
  await expect(page.getByTestId("suggestion")).toHaveAttribute("data-state", "keep");
  await expect(page.getByRole("link", { name: "Download JSON policy" })).toHaveCount(0);
  await expect(page.getByTestId("permission-service").first()).toBeVisible();
});

test("who can answers on the server, with the granting statements", async ({ page }, testInfo) => {
  await page.goto("/principals");
  await page.getByLabel("Action", { exact: true }).fill("iam:PassRole");
  await page.getByLabel("Resource ARN", { exact: true }).fill("arn:aws:iam::123456789012:role/level3");
  await page.getByRole("button", { name: "Ask" }).click();
  await expect(page).toHaveURL(/action=iam%3APassRole/);
  const answer = page.getByTestId("who-can-answer");
  await expect(answer).toContainText("4 principals can do iam:PassRole");
  await expect(answer.getByRole("table", { name: "Who can" })).toContainText("github-deploy");
  await shoot(page, testInfo, "principals-who-can");
});
