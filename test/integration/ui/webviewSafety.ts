// UI check: what a webview's page is made of, for the hostile-content test. Finds the webview frame showing
// `waitFor` (and `contains`), then reports the elements that text from GitHub must never become (scripts beyond the
// page's own, images, frames, forms, styles, links...), every event-handler, style or URL attribute,
// the tripwire the hostile strings set if they ever run, the page's text, and whether anything overflows the layout.
import type { Frame, Page } from 'playwright-core';

// The functions given to evaluate() run in the webview; this project compiles without the DOM library.
declare const document: any;
declare function getComputedStyle(element: unknown): any;

interface Args { waitFor: string; contains?: string; timeoutMs?: number }

/** Looked for in the body, where the pages put text from GitHub (VS Code's own head holds styles and a policy). */
const FOREIGN = {
  script: 'script',
  img: 'img, image',
  frame: 'iframe, frame, object, embed',
  media: 'video, audio, source',
  form: 'form, input, textarea',
  style: 'style, [style]',
  link: 'link:not([rel="stylesheet"]), base, meta[http-equiv]',
  anchor: 'a',
  foreignObject: 'foreignObject',
};

/** Attributes that load or navigate to something: the pages set none of them. */
const URL_ATTRIBUTES = ['href', 'xlink:href', 'src', 'srcset', 'action', 'formaction', 'data', 'poster', 'background'];

async function find(page: Page, waitFor: string, contains: string | undefined, timeoutMs: number): Promise<Frame> {
  for (const deadline = Date.now() + timeoutMs; ; await page.waitForTimeout(200)) {
    for (const frame of page.frames()) {
      try {
        if ((await frame.locator(waitFor).count()) === 0) continue;
        if (!contains || ((await frame.evaluate(() => document.body.textContent)) ?? '').includes(contains)) return frame;
      } catch {
        // a frame that went away while we looked
      }
    }
    if (Date.now() > deadline) throw new Error(`no webview showed ${waitFor}${contains ? ` with "${contains.slice(0, 80)}"` : ''}`);
  }
}

export async function check(page: Page, { waitFor, contains, timeoutMs = 30_000 }: Args) {
  const frame = await find(page, waitFor, contains, timeoutMs);
  const counts: Record<string, number> = {};
  for (const [name, selector] of Object.entries(FOREIGN)) counts[name] = await frame.locator('body').locator(selector).count();
  const page$ = await frame.evaluate((urlAttributes: string[]) => {
    const risky: string[] = [];
    // Scripts are listed on their own below: the page's bundle is one, with a src.
    for (const element of Array.from(document.body.querySelectorAll('*:not(script)') as ArrayLike<any>)) {
      for (const attribute of Array.from(element.attributes as ArrayLike<{ name: string; value: string }>)) {
        const name = attribute.name.toLowerCase();
        if (name.startsWith('on') || name === 'style' || urlAttributes.includes(name)) {
          risky.push(`<${element.tagName.toLowerCase()} ${attribute.name}="${attribute.value.slice(0, 80)}">`);
        }
      }
    }
    const heights = (selector: string) => Math.max(0, ...Array.from(document.querySelectorAll(selector) as ArrayLike<any>).map((e) => e.getBoundingClientRect().height));
    const tallest = Array.from(document.querySelectorAll('tr') as ArrayLike<any>).sort((a, b) => b.getBoundingClientRect().height - a.getBoundingClientRect().height)[0];
    const root = document.documentElement;
    return {
      risky,
      // Inline scripts by id: VS Code adds one (#_vscodeApiScript) that defines acquireVsCodeApi.
      scripts: Array.from(document.scripts as ArrayLike<{ src: string; id: string }>).map((s) => (s.src ? s.src.split('/').pop() ?? '' : `#${s.id}`)),
      tripwire: document.body.dataset.tripwire ?? null,
      title: document.title,
      text: document.body.textContent ?? '',
      layout: { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, tallestRow: heights('tr'), tallestRowHtml: (tallest?.outerHTML ?? '').slice(0, 600), tallestItemLink: heights('.item-link'), lineHeight: parseFloat(getComputedStyle(document.body).lineHeight) || 20 },
    };
  }, URL_ATTRIBUTES);
  return { counts, ...page$ };
}
