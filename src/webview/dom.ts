/**
 * Building the page without HTML strings: every text from GitHub becomes a text node (textContent), so a title
 * such as `<img src=x onerror=...>` is shown, never parsed.
 */
export type Child = Node | string | number | undefined | null | false | Child[];

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string | undefined> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  setAttributes(element, attributes);
  append(element, children);
  return element;
}

const SVG = 'http://www.w3.org/2000/svg';

export function svg(tag: string, attributes: Record<string, string | number | undefined> = {}, ...children: Child[]): SVGElement {
  const element = document.createElementNS(SVG, tag);
  setAttributes(element, attributes);
  append(element, children);
  return element;
}

function setAttributes(element: Element, attributes: Record<string, string | number | undefined>): void {
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined) element.setAttribute(name, String(value));
  }
}

export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    if (Array.isArray(child)) {
      append(parent, child);
      continue;
    }
    parent.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
}

/** Replaces an element's children. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  append(parent, children);
}

/** A codicon from the bundled font. */
export function icon(name: string, label?: string): HTMLElement {
  const element = h('span', { class: `codicon codicon-${name}` });
  if (label) {
    element.setAttribute('role', 'img');
    element.setAttribute('aria-label', label);
  } else {
    element.setAttribute('aria-hidden', 'true');
  }
  return element;
}

/** A table of numbers: the accessible twin of every chart. A cell shows at most a few lines (see .cell). */
export function table(caption: string, header: string[], rows: Child[][], options: { numeric?: number[]; testId?: string } = {}): HTMLTableElement {
  const numeric = new Set(options.numeric ?? []);
  return h(
    'table',
    { 'data-test': options.testId },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, ...header.map((label, i) => h('th', { scope: 'col', class: numeric.has(i) ? 'num' : undefined }, label)))),
    h('tbody', {}, ...rows.map((cells) => h('tr', {}, ...cells.map((cell, i) => h('td', { class: numeric.has(i) ? 'num' : undefined }, h('div', { class: 'cell' }, cell)))))),
  );
}

export function section(title: string, testId: string, ...children: Child[]): HTMLElement {
  return h('section', { 'data-test': testId, 'aria-label': title }, h('h2', {}, title), ...children);
}
