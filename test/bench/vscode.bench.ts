// Figures measured inside a real VS Code (code-server's workbench and Node extension host, in headless chromium):
// activation, opening My Sprint from the cache a previous window left, and extension-host memory around loading a
// 10,000-item board. Each window runs one step of test/bench/vscode/steps.ts as its extensionTestsPath module.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { BenchFigure } from './figures';
import { LocalGitHub, startLocalGitHub } from './vscode/localGitHub';
import { FillCacheResult, LargeBoardResult, MemorySample, OpenFromCacheResult, ViewOpening } from './vscode/protocol';
import { inVSCode } from './vscode/window';

const ROOT = path.resolve(__dirname, '../../..');
const TREE_YARDSTICK = path.join(ROOT, 'test/bench/treeYardstick');
const EXTENSION_ID = 'sprint-flow.sprint-flow';
/** A built-in extension activated at startup too: its timings show what the window allowed anyone. */
const YARDSTICK_EXTENSION = 'vscode.git';
const BOARD_ITEMS = 10_000;
/**
 * Windows reopened from the cache; the figures are their medians, since other work on the machine adds noise. Half
 * of them open the tree yardstick first and half My Sprint first, so neither always gets the warmer workbench.
 */
const REOPENINGS = 6;
/** The issue's target for My Sprint against the tree yardstick (an extension's static tree of the same rows). */
const YARDSTICK_RATIO_TARGET = 1.2;
/** Files in the workspace, so the Explorer has rows to draw when it is timed as a yardstick. */
const WORKSPACE_FILES = 10;
/** Long enough that no answer arrives while a reopened window is measured. */
const SLOW_GITHUB_MS = 300_000;

interface Reopened {
  first: FillCacheResult;
  later: OpenFromCacheResult[];
  /** The machine's 1-minute load average as each window started. */
  loads: number[];
}

export async function measure(): Promise<BenchFigure[]> {
  installVSCode();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sprint-flow-bench-vscode-'));
  try {
    const reopened = await reopenedFromCache(work);
    const withQuery = await largeBoard(work, []);
    const withoutQuery = await largeBoard(work, ['--no-items-query']);
    return [
      ...activationFigures(reopened),
      ...openingFigures(reopened),
      ...yardstickFigures(reopened),
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
 * Windows on one workspace and one kept session, like quitting VS Code and starting it again: the first loads the
 * demo sprint (Sprint Flow caches it in workspaceState); the later ones start while GitHub answers nothing.
 */
async function reopenedFromCache(work: string): Promise<Reopened> {
  const folder = path.join(work, 'workspace');
  const session = path.join(work, 'session');
  fs.mkdirSync(folder);
  for (let i = 1; i <= WORKSPACE_FILES; i += 1) {
    fs.writeFileSync(path.join(folder, `notes-${i}.md`), `# Notes ${i}\n`);
  }
  const yardstickRows = path.join(work, 'yardstick-rows.json');
  installTreeYardstick(session);
  return withLocalGitHub([], async (github) => {
    const loads = [os.loadavg()[0]];
    const first = await inVSCode<FillCacheResult>({ step: 'fillCache', github, folder, session, yardstickRows });
    await github.switches({ latencyMs: SLOW_GITHUB_MS });
    const later: OpenFromCacheResult[] = [];
    for (let i = 0; i < REOPENINGS; i += 1) {
      await github.clearRequests();
      loads.push(os.loadavg()[0]);
      const window = await inVSCode<OpenFromCacheResult>({ step: 'openFromCache', github, folder, session, yardstickRows, yardstickFirst: i % 2 === 1 });
      const answered = (await github.requests()).filter((request) => request.status !== 0);
      if (answered.length > 0 || !window.refreshStillRunning) {
        throw new Error(`GitHub answered during a reopened window (${answered.map((r) => `${r.method} ${r.path}`).join(', ')}), so the rows timed may not come from the cache.`);
      }
      later.push(window);
    }
    return { first, later, loads };
  });
}

/**
 * Installs the tree yardstick (test/bench/treeYardstick, plain JavaScript) in the session's code-server as an
 * installed extension: code-server loads only one --extensionDevelopmentPath, and that one is Sprint Flow's.
 */
function installTreeYardstick(session: string): void {
  const manifest = JSON.parse(fs.readFileSync(path.join(TREE_YARDSTICK, 'package.json'), 'utf8')) as { publisher: string; name: string; version: string };
  const installed = path.join(session, 'code-server/extensions', `${manifest.publisher}.${manifest.name}-${manifest.version}`);
  fs.cpSync(TREE_YARDSTICK, installed, { recursive: true });
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

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const ms = (value: number) => `${Math.round(value)} ms`;
const spread = (values: number[]) => `${ms(Math.min(...values))} to ${ms(Math.max(...values))} over ${values.length} windows`;

/** A median figure over the reopened windows, with their spread (and what else there is to say) as its note. */
function medianFigure(section: string, name: string, values: number[], extra: { target?: BenchFigure['target']; note?: string } = {}): BenchFigure {
  return {
    section,
    name,
    value: median(values),
    unit: 'ms',
    ...(extra.target ? { target: extra.target } : {}),
    note: [`median; ${spread(values)}`, extra.note].filter(Boolean).join('; '),
  };
}

function activationFigures({ first, later, loads }: Reopened): BenchFigure[] {
  const section = 'Activation in a real VS Code (production bundle, window reopened with a cached sprint)';
  const target = { atMost: 25 };
  const stats = (id: string) => later.map((window) => window.activationStats[id]).filter((times) => times !== undefined);
  const ours = stats(EXTENSION_ID);
  const yardstick = stats(YARDSTICK_EXTENSION);
  const figures: BenchFigure[] = [
    medianFigure(section, 'activate(), timed by Sprint Flow', later.map((window) => window.activation.activateMs), {
      target,
      note: `its own body: services, views, commands, the cached sprint read; not loading the bundle, not the first refresh; 1-minute load average ${loads.map((l) => l.toFixed(1)).join(', ')} on ${os.cpus().length} cores`,
    }),
    {
      section,
      name: 'activate(), timed by Sprint Flow, first window (nothing cached)',
      value: first.activation.activateMs,
      unit: 'ms',
      target,
      ...(first.activation.activatedByVSCode ? {} : { note: 'the bench activated it: VS Code had not within 60 s' }),
    },
  ];
  if (ours.length > 0) {
    figures.push(
      medianFigure(section, "activate() call, timed by VS Code's extension host", ours.map((t) => t.callActivateMs), {
        target,
        note: `Developer: Startup Performance, activated by ${ours[0].event}${yardstick.length ? `; ${YARDSTICK_EXTENSION}: ${ms(median(yardstick.map((t) => t.callActivateMs)))}` : ''}`,
      }),
      medianFigure(section, "loading dist/extension.js, timed by VS Code's extension host", ours.map((t) => t.loadCodeMs), {
        note: yardstick.length ? `${YARDSTICK_EXTENSION} in the same windows: ${ms(median(yardstick.map((t) => t.loadCodeMs)))}` : undefined,
      }),
    );
  }
  return figures;
}

function openingFigures({ later }: Reopened): BenchFigure[] {
  const section = `My Sprint opened from the previous window's cache (${later[0].cachedItems} items, GitHub not answering), click to rows`;
  const times = (pick: (window: OpenFromCacheResult) => ViewOpening, key: keyof Omit<ViewOpening, 'rowsAtFirstItem'>) => later.map((window) => pick(window)[key]);
  const sprint = (window: OpenFromCacheResult) => window.opening;
  const explorer = (window: OpenFromCacheResult) => window.explorerOpening;
  return [
    medianFigure(section, 'Sprint Flow icon → first row in the DOM', times(sprint, 'toFirstRowMs')),
    medianFigure(section, 'Sprint Flow icon → first item row in the DOM', times(sprint, 'toFirstItemMs')),
    medianFigure(section, 'Sprint Flow icon → first item row painted', times(sprint, 'toFirstItemPaintedMs'), {
      target: { atMost: 100 },
      note:
        "timed in the page from the click's pointerdown, rows seen by a MutationObserver, painted = the frame after; " +
        "an extension's tree takes two round trips to the extension host over code-server's WebSocket (its root, then the open groups), the Explorer none",
    }),
    medianFigure(section, `yardstick: Explorer icon → first file row painted (${WORKSPACE_FILES} files)`, times(explorer, 'toFirstItemPaintedMs'), {
      note: "VS Code's own view, same windows, just after",
    }),
  ];
}

/**
 * My Sprint against the tree yardstick: a minimal extension (test/bench/treeYardstick) with one static tree of the
 * same rows and depth, held in memory, opened in the same windows the same way. The ratio is of the medians.
 */
function yardstickFigures({ later, loads }: Reopened): BenchFigure[] {
  const section = 'My Sprint against the tree yardstick (an extension with one static tree of the same rows), click to first item row painted';
  const ours = later.map((window) => window.opening.toFirstItemPaintedMs);
  const yardstick = later.map((window) => window.yardstickOpening.toFirstItemPaintedMs);
  const perWindow = later.map((window, i) => `${ms(ours[i])} / ${ms(yardstick[i])}${window.yardstickFirst ? ' (yardstick first)' : ''}`);
  const load = `1-minute load average ${loads.slice(1).map((l) => l.toFixed(1)).join(', ')} on ${os.cpus().length} cores`;
  return [
    medianFigure(section, 'My Sprint (Sprint Flow, from its cache)', ours, { note: load }),
    medianFigure(section, 'tree yardstick', yardstick, { note: `per window, My Sprint / yardstick: ${perWindow.join(', ')}` }),
    {
      section,
      name: 'My Sprint ÷ tree yardstick',
      value: median(ours) / median(yardstick),
      unit: '×',
      target: { atMost: YARDSTICK_RATIO_TARGET },
      note: `median of the per-window ratios: ${median(ours.map((v, i) => v / yardstick[i])).toFixed(2)}×`,
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
