// UI check: what the workbench shows of a view container: the activity-bar entries, the side bar's title and the
// titles of its view panes. A container with a single view hides that pane's header and names the view in the
// side bar title instead ("Sprint Flow: My Sprint"); `panes` lists hidden headers too.
import type { Page } from 'playwright-core';

export async function check(page: Page, { container = '', timeoutMs = 20_000 }: { container?: string; timeoutMs?: number }) {
  const title = page.locator('.part.sidebar .composite.title h2', { hasText: container }).first();
  await title.waitFor({ timeout: timeoutMs });
  const clean = (s: string[]) => s.map(t => t.replace(/\s+/g, ' ').trim()).filter(Boolean);
  return {
    activityBar: clean(await page.locator('.part.activitybar .action-item .action-label').evaluateAll(
      els => els.map(e => e.getAttribute('aria-label') ?? ''))),
    sideBarTitle: ((await title.textContent()) ?? '').trim(),
    panes: clean(await page.locator('.part.sidebar .pane-header .title').allTextContents()),
  };
}
