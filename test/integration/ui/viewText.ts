// UI check: the visible text of a view pane's body (welcome content included), once it contains `contains`.
import type { Page } from 'playwright-core';

interface Args { view: string; contains: string; timeoutMs?: number }

export async function check(page: Page, { view, contains, timeoutMs = 20_000 }: Args) {
  const body = page.locator('.pane', { has: page.locator('.pane-header', { hasText: view }) }).first().locator('.pane-body');
  for (const deadline = Date.now() + timeoutMs; ; await page.waitForTimeout(100)) {
    const text = (await body.innerText().catch(() => '')).replace(/\s+/g, ' ').trim();
    if (text.includes(contains)) return text;
    if (Date.now() > deadline) throw new Error(`view "${view}" never showed "${contains}"; it shows: ${text || 'nothing'}`);
  }
}
