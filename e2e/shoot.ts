import type { Page, TestInfo } from "@playwright/test";

/** Saves a full-page screenshot under e2e/output/screenshots, named by page and colour scheme, for people to review. */
export async function shoot(page: Page, testInfo: TestInfo, name: string) {
  await page.screenshot({ path: `e2e/output/screenshots/${testInfo.project.name}-${name}.png`, fullPage: true, caret: "initial" });
}
