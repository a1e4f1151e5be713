// UI check: the walkthrough shown in the editor area: its title and its steps' titles, once `title` is on screen.
import type { Page } from 'playwright-core';

declare const document: any;

export async function check(page: Page, { title }: { title: string }) {
  const end = Date.now() + 20_000;
  for (;;) {
    const shown = await page.evaluate((wanted: string) => {
      const editor = document.querySelector('.part.editor');
      if (!editor || !editor.innerText.includes(wanted)) return undefined;
      return [...editor.querySelectorAll('.getting-started-step .step-title')].map((el: any) => el.textContent.trim());
    }, title);
    if (shown) return { shown: true, steps: shown as string[] };
    if (Date.now() > end) return { shown: false, steps: [] as string[] };
    await page.waitForTimeout(200);
  }
}
