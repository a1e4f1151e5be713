/**
 * Tools the demo seed is written with: a seeded random source (so every run builds the same board) and `put`, which
 * creates an issue, pull request or draft issue and places it on the board with its field values in one call.
 */
import { addItem, ValueInput } from './boardBuilders';
import { addSubIssue, comment, draftIssue, issue, pullRequest } from './builders';
import { IssueRec, ItemRec, ProjectRec, RepoRec, UserRec } from './model';
import { recordCrossReferences } from './references';
import { GitHubState } from './state';
import { addDays, atHour } from './time';

/** mulberry32: tiny, fast, and good enough to make a board look lived-in. */
export class Random {
  constructor(private seed: number) {}

  next(): number {
    this.seed = (this.seed + 0x6d2b79f5) | 0;
    let t = this.seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }
}

export interface IterationInfo {
  number: number;
  title: string;
  startDate: string;
  /** Last day, inclusive. */
  endDate: string;
}

export interface Seed {
  state: GitHubState;
  random: Random;
  board: ProjectRec;
  viewer: UserRec;
  team: UserRec[];
  repos: { api: RepoRec; web: RepoRec; infra: RepoRec };
  iterations: IterationInfo[];
  today: string;
}

export interface PutOptions {
  title: string;
  /** null: a draft issue on the board. */
  repo: RepoRec | null;
  /** Put this existing issue on the board instead of creating one. */
  existing?: IssueRec;
  pullRequest?: boolean;
  assignees: UserRec[];
  status?: string;
  iteration?: IterationInfo;
  estimate?: number;
  unplanned?: 'Unplanned' | 'Emergency';
  priority?: 'P0' | 'P1' | 'P2';
  endDate?: string;
  labels?: string[];
  body?: string;
  closed?: boolean;
  parent?: IssueRec;
  archived?: boolean;
  /** Day the content was created; defaults to a few days before the iteration (or today). */
  createdOn?: string;
  comments?: { author: UserRec; body: string; on?: string }[];
}

/** Creates the content and its board item, with dates that make sense for its iteration. */
export function put(seed: Seed, opts: PutOptions): { content: IssueRec | null; item: ItemRec } {
  const { state, random } = seed;
  // Nothing happens on `today` itself: the seed does not know the time of day, and nothing may lie in the future.
  const yesterday = addDays(seed.today, -1);
  const createdOn = minDate(opts.createdOn ?? addDays(opts.iteration?.startDate ?? seed.today, -random.int(1, 12)), yesterday);
  const createdAt = atHour(createdOn, random.int(7, 17));
  const closedOn = opts.iteration ? minDate(addDays(opts.iteration.startDate, random.int(2, 11)), yesterday) : yesterday;
  const closedAt = opts.closed ? maxTime(atHour(closedOn, random.int(8, 18)), new Date(createdAt.getTime() + 3_600_000)) : undefined;
  const author = opts.assignees[0] ?? seed.viewer;
  let content: IssueRec | null = null;
  let item: ItemRec;
  const values: Record<string, ValueInput> = {
    Status: opts.status,
    Iteration: opts.iteration?.title,
    Estimate: opts.estimate,
    Unplanned: opts.unplanned,
    Priority: opts.priority,
    'End date': opts.endDate,
  };
  if (opts.existing) {
    content = opts.existing;
    item = addItem(state, seed.board, content, values, { createdAt, archived: opts.archived });
  } else if (opts.repo) {
    const common = {
      title: opts.title,
      body: opts.body ?? '',
      author,
      assignees: opts.assignees,
      labels: opts.labels,
      state: opts.closed ? ('CLOSED' as const) : ('OPEN' as const),
      createdAt,
      closedAt,
    };
    content = opts.pullRequest
      ? pullRequest(state, opts.repo, { ...common, merged: opts.closed })
      : issue(state, opts.repo, common);
    if (opts.parent) addSubIssue(opts.parent, content);
    item = addItem(state, seed.board, content, values, { createdAt, archived: opts.archived });
  } else {
    const draft = draftIssue(state, { title: opts.title, body: opts.body, assignees: opts.assignees, creator: author, createdAt });
    item = addItem(state, seed.board, draft, values, { createdAt, archived: opts.archived });
  }
  for (const note of opts.comments ?? []) {
    if (content) {
      const on = minDate(note.on ?? addDays(createdOn, random.int(1, 5)), yesterday);
      const added = comment(state, content, { author: note.author, body: note.body, createdAt: atHour(on, random.int(8, 19)) });
      content.updatedAt = maxTime(content.updatedAt, added.createdAt);
      recordCrossReferences(state, content, note.body, note.author, added.createdAt);
    }
  }
  const touched = maxTime(createdAt, closedAt ?? createdAt, content?.updatedAt ?? createdAt);
  item.updatedAt = touched;
  item.values.forEach((value) => (value.updatedAt = touched));
  if (touched > seed.board.updatedAt) seed.board.updatedAt = touched;
  return { content, item };
}

/** A seed time, moved back to yesterday evening if it would be today or later. */
export function notLaterThanYesterday(seed: Seed, time: Date): Date {
  const limit = atHour(addDays(seed.today, -1), 20);
  return time > limit ? limit : time;
}

function minDate(a: string, b: string): string {
  return a < b ? a : b;
}

function maxTime(...dates: Date[]): Date {
  return new Date(Math.max(...dates.map((d) => d.getTime())));
}
