// UI check: reads a webview's DOM. Webviews are nested iframes in the workbench (an outer frame per panel, the
// page in an inner one); this finds the frame whose page has `waitFor` (and, with `contains`, that text), then
// returns the text of every element matching each selector and how many elements match each `count` selector.
// `styles` reads computed CSS (theme colours); with `screenshot`, it also saves a picture of that webview.
import type { Frame, Page } from 'playwright-core';

interface Args {
  waitFor: string;
  contains?: string;
  texts?: Record<string, string>;
  counts?: Record<string, string>;
  /** Computed style values: name → [selector, CSS property] of the first match. */
  styles?: Record<string, [string, string]>;
  screenshot?: string;
  timeoutMs?: number;
}

async function matches(frame: Frame, waitFor: string, contains?: string): Promise<boolean> {
  try {
    const element = frame.locator(waitFor).first();
    if ((await element.count()) === 0) return false;
    return !contains || ((await frame.locator('body').innerText({ timeout: 1000 })) ?? '').includes(contains);
  } catch {
    return false;
  }
}

export async function check(page: Page, { waitFor, contains, texts = {}, counts = {}, styles = {}, screenshot, timeoutMs = 30_000 }: Args) {
  let frame: Frame | undefined;
  for (const deadline = Date.now() + timeoutMs; !frame; await page.waitForTimeout(200)) {
    for (const candidate of page.frames()) {
      if (await matches(candidate, waitFor, contains)) {
        frame = candidate;
        break;
      }
    }
    if (!frame && Date.now() > deadline) {
      throw new Error(`no webview showed ${waitFor}${contains ? ` with "${contains}"` : ''} (frames: ${page.frames().map((f) => f.url().slice(0, 80)).join(', ')})`);
    }
  }
  const result: { texts: Record<string, string[]>; counts: Record<string, number>; styles: Record<string, string>; screenshot?: string } = { texts: {}, counts: {}, styles: {} };
  for (const [name, selector] of Object.entries(texts)) {
    result.texts[name] = (await frame.locator(selector).allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
  }
  for (const [name, selector] of Object.entries(counts)) {
    result.counts[name] = await frame.locator(selector).count();
  }
  for (const [name, [selector, property]] of Object.entries(styles)) {
    result.styles[name] = await frame.locator(selector).first().evaluate((element, p) => (globalThis as unknown as { getComputedStyle(e: unknown): { getPropertyValue(p: string): string } }).getComputedStyle(element).getPropertyValue(p), property);
  }
  if (screenshot) {
    // The outermost iframe of this webview inside the workbench shows the whole panel.
    let element = await frame.frameElement();
    for (let parent = frame.parentFrame(); parent && parent.parentFrame(); parent = parent.parentFrame()) {
      element = await parent.frameElement();
    }
    await element.screenshot({ path: screenshot });
    result.screenshot = screenshot;
  }
  return result;
}
