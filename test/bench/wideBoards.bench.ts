// npm run bench -- --only wideBoards
// What every reader of item fields costs on a board shaped like real team boards (30 fields, 25 of them set on
// each item in an iteration) against the same board with the demo's 16 fields, over HTTP through the real Octokit.
// Points are what the local GitHub charged (GitHub's formula), read from its request log. The target: the wide
// board costs exactly what the narrow one does, in requests and in points, for every reader, first and repeated.
import { randomUUID } from 'node:crypto';
import { blockerFlag } from '../../src/core/blockerRecords';
import { discoverFields } from '../../src/core/fieldDiscovery';
import { BoardFields, SprintItem, SprintSnapshot } from '../../src/core/model';
import { parseProjectUrl } from '../../src/core/projectUrl';
import { isBlocked, itemReference, statusOf } from '../../src/core/sprint';
import { GitHubApi } from '../../src/github/api';
import { flagSteps } from '../../src/github/blockerWriter';
import { supportsItemsQuery } from '../../src/github/capabilities';
import { GoalSettings, loadGoals } from '../../src/github/goalsLoader';
import { readProjectBoard } from '../../src/github/projectBoard';
import { loadReport } from '../../src/github/reportLoader';
import { loadSprint } from '../../src/github/sprintLoader';
import { assignViewer, setItemStatus } from '../../src/github/workWrites';
import { runWriteSteps } from '../../src/github/writeSteps';
import { DEMO_TOKEN, demoBoard, demoProjectUrl, FakeGitHub, RequestLogEntry, startFakeGitHub, WideBoardShape } from '../fake-github';
import { apiFor } from '../unit/githubHarness';
import { BenchFigure } from './figures';

const SECTION = 'Every reader of item fields, wide board (30 fields, 25 set) against narrow (16 fields)';
const BOARD_SIZES = [100, 2_000, 10_000];
export const WIDE: WideBoardShape = { fields: 30, valuesPerItem: 25 };
/** Goals marked by a field too, so that the goals reader reads a fourth field by name. */
const GOAL_SETTINGS: GoalSettings = { label: 'sprint-goal', fieldName: 'Priority', fieldValue: 'P0', includeParents: true };
const READERS = ['My Sprint', 'Sprint Goals', 'team report', 'dashboard', 'Flag a Blocker', 'Start Work'] as const;
type Reader = (typeof READERS)[number];

interface Cost {
  requests: number;
  points: number;
}

/** What each reader cost on one board, first and repeated, and what it read (to check both boards read the same). */
type Costs = Map<`${Reader}, ${'first' | 'repeated'}`, Cost>;

class BoardSession {
  private snapshot?: SprintSnapshot;
  readonly costs: Costs = new Map();
  readonly seen: string[] = [];

  constructor(
    private readonly github: FakeGitHub,
    private readonly api: GitHubApi,
  ) {}

  private async measured<T>(reader: Reader, round: 'first' | 'repeated', run: () => Promise<T>): Promise<T> {
    // Each reader starts with a full hour's budget: 5,000 points hold a few reads of every page of a 10,000-item
    // board, not all the readers' in a row.
    this.github.state.tokens.get(DEMO_TOKEN)!.budgets.graphql.used = 0;
    this.github.requestLog.length = 0;
    const result = await run();
    const log: RequestLogEntry[] = [...this.github.requestLog];
    this.costs.set(`${reader}, ${round}`, { requests: log.length, points: log.reduce((sum, entry) => sum + (entry.cost ?? 0), 0) });
    return result;
  }

  private async sprint(previous?: SprintSnapshot, fullRead = false): Promise<SprintSnapshot> {
    const options = { fieldOverrides: {}, timeZone: 'UTC', now: new Date(), fullRead };
    const load = await loadSprint(this.api, parseProjectUrl(demoProjectUrl(this.github.origin)), options, previous);
    if (load.kind !== 'ready') throw new Error(`The bench board should give a sprint, not "${load.kind}".`);
    this.seen.push(describeSprint(load.snapshot));
    this.snapshot = load.snapshot;
    return load.snapshot;
  }

  private async goals(snapshot: SprintSnapshot): Promise<void> {
    const load = await loadGoals(this.api, snapshot, GOAL_SETTINGS);
    this.seen.push(load.goals.map((g) => `${g.reference} ${g.myItems.length} ${g.subIssues.completed}/${g.subIssues.total}`).join(', '));
  }

  private async report(): Promise<void> {
    const load = await loadReport(this.api, parseProjectUrl(demoProjectUrl(this.github.origin)), { fieldOverrides: {}, now: new Date(), timeZone: 'UTC' });
    if (load.kind !== 'ready') throw new Error(`The bench board should give a report: ${load.message}`);
    this.seen.push(`${load.source.items.length} items, ${Object.keys(load.source.blockerRecords).length} with blocker records`);
  }

  /** The board's fields as a command about to write reads them (commands/boardFields.ts). */
  private async fieldsNow(snapshot: SprintSnapshot): Promise<BoardFields> {
    const { project } = await readProjectBoard(this.api, parseProjectUrl(snapshot.projectUrl));
    return discoverFields(project, {}, snapshot.fields).fields;
  }

  /** Flag a Blocker as the command runs it on an item: the board's fields, the writes, then the sidebar's refresh. */
  private async flag(item: SprintItem): Promise<void> {
    const snapshot = this.snapshot!;
    const fields = await this.fieldsNow(snapshot);
    const current = statusOf(item, fields.status);
    const flag = blockerFlag({
      id: randomUUID(),
      reason: 'awaiting-review',
      details: 'Waiting for the security review',
      flaggedAt: new Date(),
      flaggedBy: snapshot.viewer,
      previousStatus: current ? { optionId: current.id, name: current.name } : undefined,
    });
    const outcome = await runWriteSteps(flagSteps(this.api, { projectId: snapshot.projectId, item, fields }, flag));
    if (outcome.failed) throw new Error(`Flagging ${itemReference(item)} failed: ${outcome.failed.error.message}`);
    await this.sprint(snapshot);
  }

  /** Start Work's GitHub side: assign me when nobody is, move the item to In progress, then a full read. */
  private async startWork(item: SprintItem): Promise<void> {
    const snapshot = this.snapshot!;
    if (item.assignees.length === 0) await assignViewer(this.api, item.contentId!);
    const { status } = await this.fieldsNow(snapshot);
    const inProgress = status?.options.find((o) => /in progress/i.test(o.name));
    if (status && inProgress && statusOf(item, status)?.id !== inProgress.id) {
      await setItemStatus(this.api, { projectId: snapshot.projectId, itemId: item.id, fieldId: status.id, optionId: inProgress.id });
    }
    await this.sprint(snapshot, item.assignees.length === 0);
  }

  async run(): Promise<void> {
    await supportsItemsQuery(this.api); // once per window; the refresh bench counts it
    const first = await this.measured('My Sprint', 'first', () => this.sprint());
    const shown = await this.measured('My Sprint', 'repeated', () => this.sprint(first));
    await this.measured('Sprint Goals', 'first', () => this.goals(shown));
    await this.measured('Sprint Goals', 'repeated', () => this.goals(shown));
    await this.measured('team report', 'first', () => this.report());
    await this.measured('team report', 'repeated', () => this.report());
    // The dashboard shows the sprint and its goals: opened in a new window, then again with both on screen.
    await this.measured('dashboard', 'first', async () => this.goals(await this.sprint()));
    await this.measured('dashboard', 'repeated', async () => this.goals(await this.sprint(this.snapshot)));
    const { fields } = this.snapshot!;
    // Open issues of mine, not blocked: two in progress to flag, two not yet in progress to start work on.
    const open = [...this.snapshot!.items]
      .filter((i) => i.type === 'ISSUE' && i.state === 'OPEN' && !isBlocked(i, fields))
      .sort((a, b) => a.title.localeCompare(b.title));
    const inProgress = (item: SprintItem) => /in progress/i.test(statusOf(item, fields.status)?.name ?? '');
    const toFlag = open.filter(inProgress);
    const toStart = open.filter((item) => !inProgress(item));
    if (toFlag.length < 2 || toStart.length < 2) throw new Error('The bench board should have two open issues of mine in progress and two not yet.');
    await this.measured('Flag a Blocker', 'first', () => this.flag(toFlag[0]));
    await this.measured('Flag a Blocker', 'repeated', () => this.flag(toFlag[1]));
    await this.measured('Start Work', 'first', () => this.startWork(toStart[0]));
    await this.measured('Start Work', 'repeated', () => this.startWork(toStart[1]));
  }
}

/** What the sprint shows, by what Sprint Flow reads from each item (not ids: those differ between two boards). */
function describeSprint(snapshot: SprintSnapshot): string {
  const { fields } = snapshot;
  return snapshot.items
    .map((item) => [item.title, statusOf(item, fields.status)?.name ?? '-', fields.estimate ? item.numberValues[fields.estimate.id] : '-', item.openBlocker?.reason ?? '-'].join(' | '))
    .sort()
    .join('\n');
}

async function measureBoard(size: number, itemsQuery: boolean, wide: boolean): Promise<BoardSession> {
  const github = await startFakeGitHub({ state: demoBoard({ boardItems: size, ...(wide ? { wide: WIDE } : {}) }), switches: { itemsQuery } });
  try {
    // Writes a second apart, as GitHub asks and Sprint Flow sends them.
    const session = new BoardSession(github, apiFor(github, DEMO_TOKEN));
    await session.run();
    return session;
  } finally {
    await github.close();
  }
}

export async function measure(): Promise<BenchFigure[]> {
  const figures: BenchFigure[] = [];
  for (const itemsQuery of [true, false]) {
    const mode = itemsQuery ? 'with items(query:)' : 'without items(query:)';
    for (const size of BOARD_SIZES) {
      const board = `${size.toLocaleString('en-US')} items, ${mode}`;
      const narrow = await measureBoard(size, itemsQuery, false);
      const wide = await measureBoard(size, itemsQuery, true);
      const differs = narrow.seen.findIndex((seen, index) => seen !== wide.seen[index]);
      if (differs >= 0) {
        throw new Error(`${board}: read ${differs + 1} showed something else on the wide board:\n${narrow.seen[differs]}\n---\n${wide.seen[differs]}`);
      }
      for (const [key, wideCost] of wide.costs) {
        const narrowCost = narrow.costs.get(key)!;
        const note = `narrow: ${narrowCost.requests} requests, ${narrowCost.points} points`;
        const exactly = (value: number) => ({ target: { atMost: value, atLeast: value } });
        figures.push({ section: SECTION, name: `${board}, ${key}, wide`, value: wideCost.requests, unit: 'requests', ...exactly(narrowCost.requests), note });
        figures.push({ section: SECTION, name: `${board}, ${key}, wide`, value: wideCost.points, unit: 'points', ...exactly(narrowCost.points) });
      }
    }
  }
  return figures;
}
