// UI check: the notification whose message contains `contains`, as the notification center lists it (the smoke-test
// driver that runs these tests turns toasts off, so the test opens the center first): its text and its buttons.
// With `click`, presses the button with that label.
import type { Page } from 'playwright-core';

interface Args { contains: string; click?: string; timeoutMs?: number }

export async function check(page: Page, { contains, click, timeoutMs = 20_000 }: Args) {
  const items = page.locator('.notifications-center .notification-list-item');
  const item = items.filter({ hasText: contains }).first();
  for (const deadline = Date.now() + timeoutMs; ; await page.waitForTimeout(100)) {
    if (await item.isVisible().catch(() => false)) break;
    if (Date.now() > deadline) {
      const shown = await page.locator('.notifications-center .notification-list-item-message').allInnerTexts().catch(() => []);
      throw new Error(`no notification says "${contains}"; listed: ${shown.join(' | ') || 'none'}`);
    }
  }
  // A long message is listed collapsed, with its buttons hidden until it is expanded.
  const expand = item.locator('.codicon-notifications-expand');
  if (await expand.isVisible().catch(() => false)) await expand.click();
  const message = (await item.locator('.notification-list-item-message').innerText()).replace(/\s+/g, ' ').trim();
  const buttonLocator = item.locator('.notification-list-item-buttons-container .monaco-button');
  const buttons = (await buttonLocator.allInnerTexts()).map((b) => b.trim());
  if (click !== undefined) await buttonLocator.filter({ hasText: click }).first().click();
  return { message, buttons };
}
