// UI check: the status bar's visible text, once it contains `contains`.
import type { Page } from 'playwright-core';

interface Args { contains: string; timeoutMs?: number }

export async function check(page: Page, { contains, timeoutMs = 20_000 }: Args) {
  const bar = page.locator('.part.statusbar').first();
  for (const deadline = Date.now() + timeoutMs; ; await page.waitForTimeout(100)) {
    const text = (await bar.innerText().catch(() => '')).replace(/\s+/g, ' ').trim();
    if (text.includes(contains)) return text;
    if (Date.now() > deadline) throw new Error(`the status bar never showed "${contains}"; it shows: ${text || 'nothing'}`);
  }
}
