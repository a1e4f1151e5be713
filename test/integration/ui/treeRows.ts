// UI check (runs in the test driver, not the extension host): the rows of a view pane found by its title.
import type { Locator, Page } from 'playwright-core';

interface Args { view: string; min?: number; contains?: string; timeoutMs?: number }

export async function check(page: Page, { view, min = 1, contains, timeoutMs = 20_000 }: Args) {
  const pane = page.locator('.pane', { has: page.locator('.pane-header', { hasText: view }) }).first();
  const rows = pane.locator('.pane-body .monaco-list-row');
  // Tree contents arrive asynchronously from the extension host (often after a "loading" row): poll. The list only
  // draws the rows in its viewport, which is short when several views share the side bar, so a row being looked for
  // may be further down: scroll on while waiting.
  const ready = async () => (await rows.count()) >= min && (!contains || (await rows.allInnerTexts()).some(t => t.includes(contains)));
  for (const deadline = Date.now() + timeoutMs; !(await ready()); await page.waitForTimeout(100)) {
    if (Date.now() > deadline) {
      const seen = (await rows.allInnerTexts()).map(t => t.replace(/\s+/g, ' ')).join(' | ');
      throw new Error(`view "${view}" never showed ${contains ? `a row with "${contains}"` : `${min} row(s)`}; it shows: ${seen || 'no rows'}`);
    }
    if (contains) await scrollOn(pane, rows);
  }
  // One call for every row: a row at a time costs four round trips to the page each, which a test polling a
  // long list under load cannot afford.
  const drawn = await rows.evaluateAll((elements: any[]) => elements.map((row) => {
    const text = (css: string) => Array.from(row.querySelectorAll(css) as ArrayLike<any>, (e) => e.textContent ?? '').join(' ').trim();
    return {
      index: Number(row.getAttribute('data-index')),
      label: text('.label-name'),
      description: text('.label-description'),
      ariaLabel: row.getAttribute('aria-label') ?? '',
      level: Number(row.getAttribute('aria-level')) || 1,
    };
  }));
  return drawn.sort((a, b) => a.index - b.index).map(({ label, description, ariaLabel, level }) => ({ label, description, ariaLabel, level }));
}

/**
 * Steps the pane's list a little one way and, once it stops moving, jumps to the far other end, so every row is
 * drawn in turn. The wheel events go to the list itself, not through the mouse, which a tooltip or notification
 * under the pointer would take; the sweep does not depend on which way the list reads them.
 */
async function scrollOn(pane: Locator, rows: Locator): Promise<void> {
  const lastIndex = async () => Math.max(-1, ...(await rows.evaluateAll(els => els.map(e => Number(e.getAttribute('data-index'))))));
  const list = pane.locator('.pane-body .monaco-list-rows').first();
  if (!(await list.isVisible())) return;
  const wheel = (deltaY: number) => list.dispatchEvent('wheel', { deltaY, deltaMode: 0, bubbles: true, cancelable: true });
  const before = await lastIndex();
  await wheel(66);
  await pane.page().waitForTimeout(50);
  if ((await lastIndex()) === before) await wheel(-100_000);
}
