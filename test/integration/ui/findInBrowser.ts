// UI check: where in the browser side of the workbench any of `needles` occurs: localStorage, sessionStorage, every
// IndexedDB database (where VS Code in a browser keeps global and workspace state, the extensions' mementos
// included) and the DOM of every frame, webviews included. Returns the hits and what was searched, so a test can
// tell an empty search from a clean one.
import type { Page } from 'playwright-core';

declare const document: any;
declare const indexedDB: any;
declare const localStorage: any;
declare const sessionStorage: any;

interface Needle { name: string; text: string }
interface Hit { needle: string; where: string }

export async function check(page: Page, { needles }: { needles: Needle[] }) {
  const hits: Hit[] = [];
  const storage = await page.evaluate(async (list: Needle[]) => {
    const found: Hit[] = [];
    const searched: string[] = [];
    const look = (where: string, text: string) => list.forEach((n) => text.includes(n.text) && found.push({ needle: n.name, where }));
    const asText = (value: unknown): string => {
      if (typeof value === 'string') return value;
      if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) return new TextDecoder().decode(value as Uint8Array);
      try {
        return JSON.stringify(value, (_key, v) => (ArrayBuffer.isView(v) ? new TextDecoder().decode(v as Uint8Array) : v)) ?? String(value);
      } catch {
        return String(value);
      }
    };
    for (const [name, area] of [['localStorage', localStorage], ['sessionStorage', sessionStorage]] as const) {
      for (let i = 0; i < area.length; i++) {
        const key = area.key(i);
        look(`${name} ${key}`, `${key}\n${area.getItem(key)}`);
      }
      searched.push(`${name} (${area.length} keys)`);
    }
    const request = <T>(r: any) => new Promise<T>((resolve, reject) => ((r.onsuccess = () => resolve(r.result)), (r.onerror = () => reject(r.error))));
    for (const { name } of await indexedDB.databases()) {
      const db: any = await request(indexedDB.open(name));
      let entries = 0;
      for (const store of Array.from(db.objectStoreNames as ArrayLike<string>)) {
        const objectStore = db.transaction(store, 'readonly').objectStore(store);
        const [keys, values] = await Promise.all([request<unknown[]>(objectStore.getAllKeys()), request<unknown[]>(objectStore.getAll())]);
        keys.forEach((key, i) => look(`IndexedDB ${name}/${store} ${asText(key).slice(0, 120)}`, `${asText(key)}\n${asText(values[i])}`));
        entries += keys.length;
      }
      db.close();
      searched.push(`IndexedDB ${name} (${entries} entries)`);
    }
    return { found, searched };
  }, needles);
  hits.push(...storage.found);
  let frames = 0;
  for (const frame of page.frames()) {
    const html = await frame.evaluate(() => document.documentElement.outerHTML as string).catch(() => undefined);
    if (html === undefined) continue;
    frames++;
    needles.forEach((n) => html.includes(n.text) && hits.push({ needle: n.name, where: `DOM of ${frame.url().slice(0, 120)}` }));
  }
  return { hits, searched: [...storage.searched, `DOM of ${frames} frames`] };
}
