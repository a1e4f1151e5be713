// UI check: Content Security Policy violations in every frame of the workbench, webviews included. `start` begins
// listening to the page's console, where Chromium reports each violation ("... violates the following Content
// Security Policy directive ...") whatever frame it happened in, and forgets what was seen; `read` returns what was
// seen since. `probe` breaks the policy on purpose in the webview showing `waitFor` (an inline script), so a test can
// show that the watch sees violations there.
import type { Frame, Page } from 'playwright-core';

// The function given to evaluate() runs in the webview; this project compiles without the DOM library.
declare const document: any;

interface Violation { frame: string; message: string }

const seen: Violation[] = [];
const watched = new WeakSet<Page>();

interface Args { action: 'start' | 'read' | 'probe'; waitFor?: string; timeoutMs?: number }

export async function check(page: Page, { action, waitFor = 'main', timeoutMs = 20_000 }: Args) {
  if (action === 'start') {
    if (!watched.has(page)) {
      watched.add(page);
      page.on('console', (message) => {
        const text = message.text();
        if (/Content Security Policy/i.test(text)) seen.push({ frame: message.location().url.slice(0, 160), message: text.slice(0, 400) });
      });
    }
    seen.length = 0;
    return [];
  }
  if (action === 'probe') {
    const frame = await frameWith(page, waitFor, timeoutMs);
    await frame.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'document.body.dataset.cspProbe = "ran";';
      document.body.appendChild(script);
      script.remove();
    });
    await page.waitForTimeout(500);
    return { ran: await frame.evaluate(() => document.body.dataset.cspProbe ?? null), violations: seen.slice() };
  }
  return seen.slice();
}

async function frameWith(page: Page, selector: string, timeoutMs: number): Promise<Frame> {
  for (const deadline = Date.now() + timeoutMs; ; await page.waitForTimeout(200)) {
    for (const frame of page.frames()) {
      if (frame !== page.mainFrame() && (await frame.locator(selector).count().catch(() => 0)) > 0) return frame;
    }
    if (Date.now() > deadline) throw new Error(`no webview frame has ${selector}`);
  }
}
