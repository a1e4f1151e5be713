// UI check: clicks a view container's activity-bar entry and times, with the page's own clock, how long the view
// whose title contains `view` (in any case) takes to show its first row and its first row at `itemLevel` (an item
// under a group), in the DOM and painted. The clock starts at the click's pointerdown event and a MutationObserver
// sees the rows arrive, so neither Playwright's round trips nor polling are counted.
import type { Page } from 'playwright-core';

interface Args { container: string; view: string; itemLevel?: number; timeoutMs?: number }

/** Page times in milliseconds of performance.now(), set as they happen. */
interface Timing {
  clickAt?: number;
  firstRowAt?: number;
  firstItemAt?: number;
  firstItemPaintedAt?: number;
  rowsAtFirstItem?: { label: string; level: number }[];
}

/** The few DOM features the in-page code uses (the project compiles without the DOM library). */
interface PageElement {
  textContent: string | null;
  getAttribute(name: string): string | null;
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): ArrayLike<PageElement>;
}
interface PageGlobals {
  document: PageElement & {
    body: PageElement;
    addEventListener(type: 'pointerdown', listener: (event: { timeStamp: number }) => void, options: { capture: boolean; once: boolean }): void;
  };
  MutationObserver: new (callback: () => void) => { observe(target: PageElement, options: { childList: boolean; subtree: boolean }): void; disconnect(): void };
  requestAnimationFrame(callback: () => void): void;
  sprintFlowViewOpening?: Timing;
}

export async function check(page: Page, { container, view, itemLevel = 2, timeoutMs = 20_000 }: Args) {
  // The entry, not its label: the badge (a count) sits over the label and would take the click.
  const entry = page.locator('.part.activitybar .action-item').filter({ has: page.locator(`.action-label[aria-label^="${container}"]`) }).first();
  await entry.waitFor({ timeout: timeoutMs });
  const openAlready = await page.locator('.part.sidebar .pane-header', { hasText: view }).count();
  if (openAlready > 0) throw new Error(`the view "${view}" is on screen already, so its opening cannot be timed`);

  await page.evaluate(({ view, itemLevel }) => {
    const w = globalThis as unknown as PageGlobals;
    const timing: Timing = {};
    w.sprintFlowViewOpening = timing;
    w.document.addEventListener('pointerdown', (event) => (timing.clickAt ??= event.timeStamp), { capture: true, once: true });
    const paneRows = () => {
      const title = view.toLowerCase();
      const pane = Array.from(w.document.querySelectorAll('.part.sidebar .pane')).find((p) => p.querySelector('.pane-header')?.textContent?.toLowerCase().includes(title));
      return pane ? Array.from(pane.querySelectorAll('.pane-body .monaco-list-row')) : [];
    };
    const observer = new w.MutationObserver(() => {
      const rows = paneRows();
      if (rows.length === 0 || timing.clickAt === undefined) return;
      timing.firstRowAt ??= performance.now();
      const level = (row: PageElement) => Number(row.getAttribute('aria-level')) || 1;
      if (!rows.some((row) => level(row) === itemLevel)) return;
      timing.firstItemAt = performance.now();
      timing.rowsAtFirstItem = rows.map((row) => ({ label: row.querySelector('.label-name')?.textContent ?? '', level: level(row) }));
      observer.disconnect();
      // A task queued from an animation-frame callback runs once that frame is painted.
      w.requestAnimationFrame(() => setTimeout(() => (timing.firstItemPaintedAt = performance.now()), 0));
    });
    observer.observe(w.document.body, { childList: true, subtree: true });
  }, { view, itemLevel });

  await entry.click();
  await page.waitForFunction(() => (globalThis as unknown as PageGlobals).sprintFlowViewOpening?.firstItemPaintedAt !== undefined, undefined, { timeout: timeoutMs })
    .catch(async () => {
      throw new Error(`view "${view}" showed no row at level ${itemLevel} within ${timeoutMs} ms of the click: ${JSON.stringify(await timingOf(page))}`);
    });
  const timing = await timingOf(page);
  const since = (at?: number) => (at === undefined || timing.clickAt === undefined ? undefined : at - timing.clickAt);
  return {
    toFirstRowMs: since(timing.firstRowAt),
    toFirstItemMs: since(timing.firstItemAt),
    toFirstItemPaintedMs: since(timing.firstItemPaintedAt),
    rowsAtFirstItem: timing.rowsAtFirstItem ?? [],
  };
}

function timingOf(page: Page): Promise<Timing> {
  return page.evaluate(() => (globalThis as unknown as PageGlobals).sprintFlowViewOpening ?? {});
}
