// What vscode.bench.ts tells a VS Code session through the environment (the extension host inherits it), and what
// the session writes back as JSON.

export const STEP_VARIABLE = 'SPRINT_FLOW_BENCH_STEP';
export const RESULT_FILE_VARIABLE = 'SPRINT_FLOW_BENCH_RESULT';
export const GITHUB_VARIABLE = 'SPRINT_FLOW_BENCH_GITHUB';
/** The JSON file of My Sprint's rows the tree yardstick (test/bench/treeYardstick) serves; read at its activation. */
export const YARDSTICK_ROWS_VARIABLE = 'SPRINT_FLOW_BENCH_YARDSTICK_ROWS';
/** Set to 1 when a window opens the yardstick before My Sprint (the bench alternates the order). */
export const YARDSTICK_FIRST_VARIABLE = 'SPRINT_FLOW_BENCH_YARDSTICK_FIRST';

/** A row of the yardstick's tree, as My Sprint drew it. */
export interface YardstickRow {
  label: string;
  description?: string;
  icon?: string;
  expanded?: boolean;
  children?: YardstickRow[];
}

/** The local GitHub a session talks to, as the fake GitHub's command line prints it. */
export interface GitHubUnderTest {
  apiUrl: string;
  projectUrl: string;
}

export interface Activation {
  /** What activate() measured itself: its synchronous body, from its first line to its return. */
  activateMs: number;
  /** Whether VS Code activated the extension on its own (onStartupFinished), rather than the bench asking. */
  activatedByVSCode: boolean;
}

export interface VSCodeActivationTimes {
  /** Loading dist/extension.js (require). */
  loadCodeMs: number;
  /** The activate() call, as the extension host timed it. */
  callActivateMs: number;
  /** Until the value activate() returned had resolved. */
  finishActivateMs: number;
  event: string;
}

export interface FillCacheResult {
  activation: Activation;
  items: number;
}

/** What ui/viewOpeningTime.ts measures in the page. */
export interface ViewOpening {
  toFirstRowMs: number;
  toFirstItemMs: number;
  toFirstItemPaintedMs: number;
  rowsAtFirstItem: { label: string; level: number }[];
}

export interface OpenFromCacheResult {
  activation: Activation;
  /** Developer: Startup Performance's "Extension Activation Stats", by extension id. */
  activationStats: Record<string, VSCodeActivationTimes>;
  cachedItems: number;
  opening: ViewOpening;
  /** The same measure for VS Code's own Explorer (a few files), in the same window just after: a yardstick. */
  explorerOpening: ViewOpening;
  /** The same measure for the tree yardstick: an extension's static tree of the same rows, held in memory. */
  yardstickOpening: ViewOpening;
  /** Whether the yardstick was opened before My Sprint in this window. */
  yardstickFirst: boolean;
  /** The refresh the opening started had not finished when the rows were read: they came from the cache. */
  refreshStillRunning: boolean;
}

export interface MemorySample {
  rssMiB: number;
  heapUsedMiB: number;
}

export interface LargeBoardResult {
  activation: Activation;
  /** How the samples before and after were taken (which garbage collection, if any). */
  method: string;
  before: MemorySample;
  after: MemorySample;
  /** The highest values sampled while the board loaded. */
  peak: MemorySample;
  loadMs: number;
  items: number;
}

export type StepResult = FillCacheResult | OpenFromCacheResult | LargeBoardResult;
