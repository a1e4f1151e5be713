// UI check (runs in the test driver, not the extension host): the rows of a view pane found by its title.
import type { Page } from 'playwright-core';

export async function check(page: Page, { view, min = 1, timeoutMs = 20_000 }: { view: string; min?: number; timeoutMs?: number }) {
  const pane = page.locator('.pane', { has: page.locator('.pane-header', { hasText: view }) }).first();
  const rows = pane.locator('.pane-body .monaco-list-row');
  // Tree contents arrive asynchronously from the extension host: poll until enough rows are there.
  const deadline = Date.now() + timeoutMs;
  while ((await rows.count()) < min) {
    if (Date.now() > deadline) throw new Error(`view "${view}" shows ${await rows.count()} row(s), expected at least ${min}`);
    await page.waitForTimeout(100);
  }
  const result = [];
  const text = async (row: ReturnType<typeof rows.nth>, css: string) => (await row.locator(css).allTextContents()).join(' ').trim();
  for (const row of await rows.all()) {
    result.push({
      label: await text(row, '.label-name'),
      description: await text(row, '.label-description'),
      ariaLabel: (await row.getAttribute('aria-label')) ?? '',
      level: Number(await row.getAttribute('aria-level')) || 1,
    });
  }
  return result;
}
