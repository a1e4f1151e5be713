// UI check: every row of a tree view as drawn (label length, row height, whether the label spills out of the row)
// and, for rows whose label contains one of `hover`, the tooltip the workbench renders when the mouse rests on it:
// its text, its links and any element that is not plain text. The list is virtual, so the check scrolls through it.
import type { Locator, Page } from 'playwright-core';

declare const document: any;

interface Args { view: string; hover?: string[]; timeoutMs?: number }

interface Hover { text: string; links: string[]; elements: string[] }

interface Row { index: number; label: string; labelLength: number; height: number; spills: boolean; hover?: Hover }

const HOVER = '.workbench-hover, .monaco-hover';

export async function check(page: Page, { view, hover = [], timeoutMs = 20_000 }: Args) {
  const pane = page.locator('.pane', { has: page.locator('.pane-header', { hasText: view }) }).first();
  const body = pane.locator('.pane-body');
  await body.locator('.monaco-list-row').first().waitFor({ timeout: timeoutMs });
  const rows = new Map<number, Row>();
  const box = await body.boundingBox();
  if (!box) throw new Error(`the view "${view}" is not drawn`);
  await page.mouse.move(box.x + box.width / 2, box.y + 5);
  for (let page$ = 0; page$ < 400; page$++) {
    let added = 0;
    const drawn = await body.locator('.monaco-list-row').evaluateAll((elements: any[]) => elements.map((e) => Number(e.getAttribute('data-index'))));
    for (const index of drawn) {
      if (rows.has(index)) continue;
      // By index, not position: hovering may scroll the list and the rows' elements are reused. A row the list has
      // stopped drawing since (a refresh redraws it) is measured on a later pass.
      const stable = body.locator(`.monaco-list-row[data-index="${index}"]`);
      const measured = await measure(stable, index).catch(() => undefined);
      if (!measured) continue;
      if (hover.some((h) => measured.label.includes(h.slice(0, 60)))) measured.hover = await hoverOf(page, stable, box);
      rows.set(index, measured);
      added++;
    }
    if (added === 0 && drawn.every((index) => rows.has(index))) break;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, Math.max(100, box.height - 44));
    await page.waitForTimeout(150);
  }
  return [...rows.values()].sort((a, b) => a.index - b.index);
}

async function measure(row: Locator, index: number): Promise<Row> {
  return row.evaluate((element: any, i: number) => {
    const label = element.querySelector('.label-name');
    const text: string = label?.textContent ?? '';
    const rowBox = element.getBoundingClientRect();
    const labelBox = label?.getBoundingClientRect();
    return {
      index: i,
      label: text.slice(0, 300),
      labelLength: text.length,
      height: rowBox.height,
      spills: !!labelBox && (labelBox.height > rowBox.height || labelBox.right > rowBox.right + 1),
    };
  }, index, { timeout: 2000 });
}

async function hoverOf(page: Page, row: Locator, view: { x: number; y: number; width: number; height: number }): Promise<Hover | undefined> {
  // The tooltip starts with the item's "#N": wait for that one, not for whatever hover was showing before.
  const number = ((await row.locator('.label-name').textContent()) ?? '').split(' ')[0];
  const shown = page.locator(HOVER, { hasText: new RegExp(`^\\s*${number}\\s`) }).last();
  for (let attempt = 0; attempt < 6; attempt++) {
    await page.keyboard.press('Escape');
    const box = await row.locator('.label-name').boundingBox();
    if (!box) continue;
    // A row at the edge of the list may sit under the next view's header: bring it to the middle first.
    if (box.y < view.y + 4 || box.y + box.height > view.y + view.height - 4) {
      await page.mouse.move(view.x + view.width / 2, view.y + view.height / 2);
      await page.mouse.wheel(0, box.y - (view.y + view.height / 2));
      await page.waitForTimeout(150);
      continue;
    }
    await page.mouse.move(box.x + 4, box.y + box.height / 2, { steps: 3 });
    try {
      await shown.waitFor({ state: 'visible', timeout: 6000 });
    } catch {
      await page.mouse.move(0, 0);
      continue;
    }
    return shown.evaluate((element: any) => ({
      text: (element.textContent ?? '').slice(0, 2000),
      links: Array.from(element.querySelectorAll('a') as ArrayLike<any>).map((a) => a.getAttribute('data-href') ?? a.getAttribute('href') ?? ''),
      elements: Array.from(element.querySelectorAll('img, script, iframe, object, embed, style, [style*="url("], input, form, video, svg') as ArrayLike<any>).map((e) => e.tagName.toLowerCase()),
    }));
  }
  return undefined;
}
