import { expect, test } from "@playwright/test";
import { e2eEmail, storageStatePath } from "./auth-users";
import { shoot } from "./shoot";

test.use({ storageState: storageStatePath("engineer") });

// An analyst assigns a finding to an engineer; the engineer finds it in "my work" and takes it through in
// progress to resolved, leaving a comment on the way. Every step shows at once and lands in the timeline.
test("an engineer takes an assigned finding through to resolved", async ({ page, browser }, testInfo) => {
  const analyst = await browser.newContext({ storageState: storageStatePath("analyst") });
  const lead = await analyst.newPage();
  await lead.goto("/findings?assignee=none&severity=high");
  const row = lead.getByRole("table", { name: "Findings" }).locator("tbody tr").first();
  const title = (await row.getByRole("link").first().innerText()).trim();
  await row.getByRole("checkbox").check();
  const bulk = lead.getByRole("form", { name: "Bulk actions" });
  await bulk.getByLabel("Assignee").selectOption({ label: e2eEmail("engineer") });
  await bulk.getByRole("button", { name: "Apply to selected" }).click();
  await expect(bulk.getByRole("status")).toHaveText("1 finding assigned.");
  await analyst.close();

  await page.goto("/my-work");
  const work = page.getByRole("table", { name: "Findings assigned to me" });
  const link = work.getByRole("link", { name: title }).first();
  await expect(link).toBeVisible();
  await shoot(page, testInfo, "engineer-my-work");
  await link.click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();

  const triage = page.getByRole("region", { name: "Triage" });
  await triage.getByRole("button", { name: "Start work" }).click();
  await expect(page.getByTestId("triage-status")).toHaveText("In progress");

  await page.getByLabel("Add a comment").fill("Fix ships with the next deploy.");
  await page.getByRole("button", { name: "Comment", exact: true }).click();
  const timeline = page.getByTestId("finding-timeline");
  await expect(timeline).toContainText("Fix ships with the next deploy.");

  await triage.getByRole("button", { name: "Mark resolved" }).click();
  await expect(page.getByTestId("triage-status")).toHaveText("Resolved");
  // The status shows at once (optimistic); the timeline's new entry arrives with the server's confirmation.
  await expect(timeline).toContainText("In progress → Resolved");

  // The change is stored, not only shown: a fresh load agrees, with the whole story in the timeline.
  await page.reload();
  await expect(page.getByTestId("triage-status")).toHaveText("Resolved");
  await expect(page.getByTestId("finding-timeline")).toContainText("Open → In progress");
  await expect(page.getByTestId("finding-timeline")).toContainText(`by ${e2eEmail("engineer")}`);
  // Engineers cannot suppress: the option is not offered.
  await expect(page.getByText("Suppress or accept the risk…")).toHaveCount(0);
  await shoot(page, testInfo, "engineer-resolved");
});
