/**
 * The webviews' strings, translated by the host and put on the page's root element (see views/webviewHtml.ts): webview code
 * has no text of its own, so a translation reaches every panel through vscode.l10n on the host.
 */
import type { WebviewStrings } from './protocol';

const payload = document.getElementById('root')?.dataset.strings;

export const s: WebviewStrings = payload ? JSON.parse(payload) : ({} as WebviewStrings);

/** "1 item" or "3 items": the singular and the plural are whole strings, so each language words them its own way. */
export function counted(n: number, one: string, many: string): string {
  return n === 1 ? one : fill(many, n);
}

/** A translated string with its `{0}`, `{1}` … filled in. */
export function fill(template: string, ...args: (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (match, index: string) => (Number(index) < args.length ? String(args[Number(index)]) : match));
}
