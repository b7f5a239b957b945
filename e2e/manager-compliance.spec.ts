import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { storageStatePath } from "./auth-users";
import { shoot } from "./shoot";

// Managers read and export; the viewer role is theirs.
test.use({ storageState: storageStatePath("viewer") });

// A manager opens the CIS report, downloads its CSV for the auditors and prints the signed summary.
test("a manager opens a compliance report, downloads its CSV and prints it @visual", async ({ page }, testInfo) => {
  await page.goto("/compliance");
  await expect(page.getByRole("heading", { level: 1, name: "Compliance" })).toBeVisible();
  await shoot(page, testInfo, "manager-compliance");
  await page.getByRole("link", { name: "CIS Amazon Web Services Foundations Benchmark" }).first().click();
  await expect(page).toHaveURL(/\/compliance\/cis-aws-7\.0/);
  await expect(page.getByTestId("compliance-rate")).toContainText(/%|—/);
  const section = page.getByRole("region", { name: /2 Identity and Access Management/ });
  await expect(section.getByRole("table")).toBeVisible();
  await expect(section.locator("[data-status=fail]").first()).toBeVisible();
  await shoot(page, testInfo, "manager-framework");

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download CSV" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^vigil-cis-aws-7\.0-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile((await download.path())!, "utf8");
  const lines = csv.trimEnd().split("\r\n");
  expect(lines[0]).toBe("framework,version,scope,generated_at,section,requirement,title,status,reason,checks,resources_passed,resources_failed,failing_resources");
  expect(lines.length).toBeGreaterThan(50);
  expect(lines.some((line) => line.includes(",fail,") && line.includes("arn:aws:"))).toBe(true);

  await page.getByRole("link", { name: "Printable report" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Compliance report: CIS Amazon Web Services Foundations Benchmark/ })).toBeVisible();
  await expect(page.getByTestId("report-statement")).toContainText(/controls, \d+ pass and \d+ fail/);
  await expect(page.getByLabel("Signatures")).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await shoot(page, testInfo, "manager-report-print");
});
