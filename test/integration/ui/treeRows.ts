// UI check (runs in the test driver, not the extension host): the rows of a view pane found by its title.
import type { Page } from 'playwright-core';

interface Args { view: string; min?: number; contains?: string; timeoutMs?: number }

export async function check(page: Page, { view, min = 1, contains, timeoutMs = 20_000 }: Args) {
  const pane = page.locator('.pane', { has: page.locator('.pane-header', { hasText: view }) }).first();
  const rows = pane.locator('.pane-body .monaco-list-row');
  // Tree contents arrive asynchronously from the extension host (often after a "loading" row): poll.
  const ready = async () => (await rows.count()) >= min && (!contains || (await rows.allInnerTexts()).some(t => t.includes(contains)));
  for (const deadline = Date.now() + timeoutMs; !(await ready()); await page.waitForTimeout(100)) {
    if (Date.now() > deadline) {
      const seen = (await rows.allInnerTexts()).map(t => t.replace(/\s+/g, ' ')).join(' | ');
      throw new Error(`view "${view}" never showed ${contains ? `a row with "${contains}"` : `${min} row(s)`}; it shows: ${seen || 'no rows'}`);
    }
  }
  const text = async (row: ReturnType<typeof rows.nth>, css: string) => (await row.locator(css).allTextContents()).join(' ').trim();
  const result = [];
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
