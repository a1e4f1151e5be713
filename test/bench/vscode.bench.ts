// Figures measured inside a real VS Code (code-server's workbench and Node extension host, in headless chromium):
// activation, opening My Sprint from the cache a previous session left, and extension-host memory around loading a
// 10,000-item board. Each window runs one step of test/bench/vscode/steps.ts as its extensionTestsPath module.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { BenchFigure } from './figures';
import { LocalGitHub, startLocalGitHub } from './vscode/localGitHub';
import { FillCacheResult, LargeBoardResult, MemorySample, OpenFromCacheResult } from './vscode/protocol';
import { inVSCode } from './vscode/window';

const ROOT = path.resolve(__dirname, '../../..');
const BOARD_ITEMS = 10_000;
/** Long enough that no answer arrives while the second window is measured. */
const SLOW_GITHUB_MS = 120_000;

export async function measure(): Promise<BenchFigure[]> {
  installVSCode();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sprint-flow-bench-vscode-'));
  try {
    const { first, second } = await reopenedFromCache(work);
    const withQuery = await largeBoard(work, []);
    const withoutQuery = await largeBoard(work, ['--no-items-query']);
    return [
      ...activationFigures(first, second),
      ...openingFigures(second),
      ...memoryFigures('with items(query:)', withQuery),
      ...memoryFigures('without items(query:), every page of the board', withoutQuery),
    ];
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

function installVSCode(): void {
  const installed = spawnSync('bash', [path.join(ROOT, 'scripts/vscode-real/install.sh')], { encoding: 'utf8' });
  if (installed.status !== 0) {
    throw new Error(`scripts/vscode-real/install.sh failed (exit ${installed.status}):\n${installed.stdout}\n${installed.stderr}`);
  }
}

/**
 * Two windows on one workspace and one kept session, like closing VS Code and opening it again: the first loads the
 * demo sprint (Sprint Flow caches it in workspaceState); the second starts while GitHub answers nothing.
 */
async function reopenedFromCache(work: string): Promise<{ first: FillCacheResult; second: OpenFromCacheResult }> {
  const folder = path.join(work, 'workspace');
  const session = path.join(work, 'session');
  fs.mkdirSync(folder);
  return withLocalGitHub([], async (github) => {
    const first = await inVSCode<FillCacheResult>({ step: 'fillCache', github, folder, session });
    await github.switches({ latencyMs: SLOW_GITHUB_MS });
    await github.clearRequests();
    const second = await inVSCode<OpenFromCacheResult>({ step: 'openFromCache', github, folder, session });
    const answered = (await github.requests()).filter((request) => request.status !== 0);
    if (answered.length > 0 || !second.refreshStillRunning) {
      throw new Error(`GitHub answered during the second window (${answered.map((r) => `${r.method} ${r.path}`).join(', ')}), so the rows timed may not come from the cache.`);
    }
    return { first, second };
  });
}

async function largeBoard(work: string, cliArgs: string[]): Promise<LargeBoardResult> {
  const folder = fs.mkdtempSync(path.join(work, 'large-board-'));
  return withLocalGitHub(['--board-items', String(BOARD_ITEMS), ...cliArgs], (github) => inVSCode<LargeBoardResult>({ step: 'loadLargeBoard', github, folder }));
}

async function withLocalGitHub<T>(args: string[], use: (github: LocalGitHub) => Promise<T>): Promise<T> {
  const github = await startLocalGitHub(args);
  try {
    return await use(github);
  } finally {
    await github.close();
  }
}

function activationFigures(first: FillCacheResult, second: OpenFromCacheResult): BenchFigure[] {
  const section = 'Activation in a real VS Code (the production bundle)';
  const target = { atMost: 25 };
  const figures: BenchFigure[] = [
    {
      section,
      name: 'activate(), timed by Sprint Flow, window with a cached sprint',
      value: second.activation.activateMs,
      unit: 'ms',
      target,
      note: "activate()'s own body: services, views, commands, the cached sprint read; not loading the bundle, not the first refresh",
    },
    { section, name: 'activate(), timed by Sprint Flow, first window (nothing cached)', value: first.activation.activateMs, unit: 'ms', target },
  ];
  const vscode = second.activation.vscode;
  if (vscode) {
    figures.push(
      { section, name: "activate() call, timed by VS Code's extension host", value: vscode.callActivateMs, unit: 'ms', target, note: `Developer: Startup Performance; activated by ${vscode.event}, its result resolved after ${vscode.finishActivateMs} ms` },
      { section, name: "loading dist/extension.js, timed by VS Code's extension host", value: vscode.loadCodeMs, unit: 'ms' },
    );
  }
  return figures;
}

function openingFigures(second: OpenFromCacheResult): BenchFigure[] {
  const section = `My Sprint opened from the previous session's cache (${second.cachedItems} items, GitHub not answering)`;
  const { opening } = second;
  return [
    { section, name: 'click on the Sprint Flow icon → first row in the DOM', value: opening.toFirstRowMs, unit: 'ms' },
    { section, name: 'click on the Sprint Flow icon → first item row in the DOM', value: opening.toFirstItemMs, unit: 'ms' },
    {
      section,
      name: 'click on the Sprint Flow icon → first item row painted',
      value: opening.toFirstItemPaintedMs,
      unit: 'ms',
      target: { atMost: 100 },
      note: "timed in the page from the click's pointerdown; rows seen by a MutationObserver, painted = the frame after",
    },
  ];
}

function memoryFigures(variant: string, result: LargeBoardResult): BenchFigure[] {
  const section = `Extension-host memory, ${BOARD_ITEMS.toLocaleString('en-US')}-item board, ${variant} (1 MiB = 2^20 bytes)`;
  const row = (name: string, pick: (sample: MemorySample) => number, sample: MemorySample, note?: string): BenchFigure => ({
    section,
    name,
    value: pick(sample),
    unit: 'MiB',
    ...(note ? { note } : {}),
  });
  const heap = (s: MemorySample) => s.heapUsedMiB;
  const rss = (s: MemorySample) => s.rssMiB;
  const grew = (pick: (s: MemorySample) => number) => `${(pick(result.after) - pick(result.before)).toFixed(1)} MiB more than before`;
  return [
    row('heapUsed before, Sprint Flow active, no project', heap, result.before, result.method),
    row('heapUsed after the board loaded', heap, result.after, `${grew(heap)}; the load took ${(result.loadMs / 1000).toFixed(1)} s and kept ${result.items} items of mine`),
    row('heapUsed at its highest while loading', heap, result.peak, 'sampled every 50 ms'),
    row('rss before', rss, result.before),
    row('rss after the board loaded', rss, result.after, grew(rss)),
    row('rss at its highest while loading', rss, result.peak),
  ];
}
