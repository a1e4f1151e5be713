// Reading the workbench's DOM from a test in the extension host. The vscode-real driver (scripts/vscode-real/run.mjs)
// serves the open page at VSCODE_REAL_UI_URL; uiCheck('name', args) runs check(page, args) from ui/name.ts
// there with Playwright and returns its (JSON) result, so the assertion stays in the mocha test.
export async function uiCheck<T = unknown>(name: string, args: object = {}): Promise<T> {
  const base = process.env.VSCODE_REAL_UI_URL;
  if (!base) throw new Error('VSCODE_REAL_UI_URL is not set: UI checks need the real VS Code driver (npm test)');
  const res = await fetch(`${base}/check/${name}`, { method: 'POST', body: JSON.stringify(args) });
  const reply = (await res.json()) as { ok: boolean; value?: T; error?: string };
  if (!reply.ok) throw new Error(`UI check '${name}' failed: ${reply.error}`);
  return reply.value as T;
}

/** A tree view's visible rows, top to bottom, as ui/treeRows.ts reads them. */
export interface TreeRow { label: string; description: string; ariaLabel: string; level: number }

/**
 * Waits until the view named `view` (its title, e.g. "My Sprint") shows at least `min` rows (default 1) and, with
 * `contains`, a row whose text includes it; returns the rows.
 */
export function treeRows(view: string, opts: { min?: number; contains?: string; timeoutMs?: number } = {}): Promise<TreeRow[]> {
  return uiCheck<TreeRow[]>('treeRows', { view, ...opts });
}
