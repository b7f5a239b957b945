// Every page against WCAG 2.1 A and AA (axe-core: contrast, names, labels, landmarks, table headers) in the
// light and the dark theme, and the layout at a 1280 px laptop and a wide monitor without sideways scrolling.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { storageStatePath } from "./auth-users";

const PAGES = [
  "/", "/posture", "/findings", "/findings?group=check", "/my-work", "/resources", "/principals", "/compliance",
  "/scans", "/accounts", "/changes",
];

/** Pages reached by following the first link of a list: a finding, a resource, a principal, a framework. */
const DETAIL_PAGES = [
  { list: "/findings", link: /^\/findings\/[0-9a-f-]{36}$/ },
  { list: "/resources", link: /^\/resources\/[0-9a-f-]{36}$/ },
  { list: "/principals", link: /^\/principals\/[0-9a-f-]{36}$/ },
  { list: "/compliance", link: /^\/compliance\/[a-z0-9-]+$/ },
];

async function expectNoViolations(page: Page, path: string) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const violations = results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    help: violation.help,
    where: violation.nodes.slice(0, 3).map((node) => node.target.join(" ")),
  }));
  expect(violations, `${path} has WCAG A/AA violations`).toEqual([]);
}

async function expectNoSidewaysScroll(page: Page, path: string) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
}

async function firstDetailPath(page: Page, list: string, link: RegExp): Promise<string> {
  await page.goto(list);
  const detailLink = async () => {
    const hrefs = await page.locator("main a[href]").evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute("href") ?? ""));
    return hrefs.find((candidate) => link.test(candidate.split("?")[0] ?? ""));
  };
  // The list streams in after the page shell: wait for its first detail link.
  await expect.poll(detailLink, { message: `${list} links to a detail page` }).toBeTruthy();
  return (await detailLink()) as string;
}

test.describe("accessibility @visual", () => {
  for (const path of PAGES) {
    test(`${path} meets WCAG 2.1 AA and fits a 1280 px screen`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator("main")).toBeVisible();
      await expectNoViolations(page, path);
      await expectNoSidewaysScroll(page, path);
    });
  }

  for (const { list, link } of DETAIL_PAGES) {
    test(`the first detail page of ${list} meets WCAG 2.1 AA`, async ({ page }) => {
      const path = await firstDetailPath(page, list, link);
      await page.goto(path);
      await expect(page.locator("main")).toBeVisible();
      await expectNoViolations(page, path);
      await expectNoSidewaysScroll(page, path);
    });
  }

  test.describe("as an administrator", () => {
    test.use({ storageState: storageStatePath("admin") });
    for (const path of ["/admin/users", "/admin/audit", "/settings", "/settings/notifications", "/settings/integrations"]) {
      test(`${path} meets WCAG 2.1 AA`, async ({ page }) => {
        await page.goto(path);
        await expect(page.locator("main")).toBeVisible();
        await expectNoViolations(page, path);
      });
    }
  });

  test("the findings table is usable from the keyboard alone", async ({ page }) => {
    await page.goto("/findings");
    const firstLink = page.getByRole("table", { name: /Findings/ }).locator("tbody a[href^='/findings/']").first();
    await expect(firstLink).toBeVisible();
    // Tab from the top of the page until the first finding's link has the focus, then open it with Enter.
    for (let step = 0; step < 80; step++) {
      await page.keyboard.press("Tab");
      if (await firstLink.evaluate((element) => element === document.activeElement)) break;
    }
    await expect(firstLink).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/findings\/[0-9a-f-]{36}$/);
  });
});

test.describe("a wide monitor", () => {
  test.use({ viewport: { width: 2560, height: 1300 } });
  for (const path of ["/", "/findings", "/compliance"]) {
    test(`${path} uses the width without sideways scrolling`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator("main")).toBeVisible();
      await expectNoSidewaysScroll(page, path);
    });
  }
});
