import { expect, test } from "@playwright/test";
import { storageStatePath } from "./auth-users";
import { shoot } from "./shoot";

test.use({ storageState: storageStatePath("analyst") });

// A security analyst narrows the findings to one framework, groups them to see which checks fail most,
// and opens one finding to read its evidence.
test("a security analyst filters findings by framework and severity, groups them and opens one @visual", async ({ page }, testInfo) => {
  await page.goto("/findings");
  const filters = page.getByRole("form", { name: "Filter findings" });
  await filters.getByLabel("Compliance framework").selectOption("aws-fsbp");
  await filters.getByRole("checkbox", { name: "Critical" }).check();
  await filters.getByRole("checkbox", { name: "High" }).check();
  await filters.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/framework=aws-fsbp/);

  const rows = page.getByRole("table", { name: "Findings" }).locator("tbody tr");
  await expect(rows.first()).toBeVisible();
  const severities = await page.locator("tbody [data-severity]").evaluateAll((nodes) => nodes.map((node) => node.getAttribute("data-severity")));
  expect(severities.every((severity) => severity === "critical" || severity === "high")).toBe(true);
  await shoot(page, testInfo, "analyst-findings-filtered");

  // Grouping by check keeps the filters and counts each check's findings.
  await filters.getByLabel("Group by").selectOption("check");
  await filters.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/group=check/);
  const groups = page.getByRole("table", { name: "Findings grouped by check" });
  await expect(groups.locator("tbody tr").first()).toBeVisible();
  await shoot(page, testInfo, "analyst-findings-grouped");
  await groups.locator("tbody tr").first().getByRole("link").click();
  await expect(page).toHaveURL(/check=/);
  await expect(page).not.toHaveURL(/group=/);

  // Keyboard: the first finding link is reachable and opens the finding.
  const first = rows.first().getByRole("link").first();
  const title = (await first.innerText()).trim();
  await first.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/findings\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByTestId("evidence").locator("mark").first()).toBeVisible();
  await expect(page.getByRole("region", { name: "Triage" })).toBeVisible();

  // At 1280 px the sidebar sits beside the main column, never over it.
  const main = await page.getByRole("region", { name: "What is wrong" }).boundingBox();
  const side = await page.getByRole("region", { name: "Triage" }).boundingBox();
  expect(main && side && main.x + main.width <= side.x).toBe(true);
  await shoot(page, testInfo, "analyst-finding");
});
