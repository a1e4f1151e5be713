// UI check: answer the open quick input like a person. Waits for the quick input whose title contains `title`,
// then types `text` (or filters to the row containing `pick` and selects it) and presses Enter.
import type { Page } from 'playwright-core';

interface Args { title: string; text?: string; pick?: string; timeoutMs?: number }

export async function check(page: Page, { title, text, pick, timeoutMs = 20_000 }: Args) {
  const widget = page.locator('.quick-input-widget');
  const heading = widget.locator('.quick-input-title');
  for (const deadline = Date.now() + timeoutMs; ; await page.waitForTimeout(100)) {
    const shown = (await widget.isVisible().catch(() => false)) && ((await heading.innerText().catch(() => '')) || '').includes(title);
    if (shown) break;
    if (Date.now() > deadline) throw new Error(`no quick input titled "${title}" appeared; title now: ${await heading.innerText().catch(() => 'none')}`);
  }
  const input = widget.locator('.quick-input-box input');
  const shownTitle = await heading.innerText();
  if (pick !== undefined) {
    await input.fill(pick);
    const row = widget.locator('.quick-input-list .monaco-list-row', { hasText: pick }).first();
    await row.waitFor({ timeout: timeoutMs });
    await row.click();
  } else {
    await input.fill(text ?? '');
    await page.waitForTimeout(150); // let validation run before accepting
    await input.press('Enter');
  }
  return shownTitle;
}
