import { LeftOutCounts } from '../records/authorship';
import { BoardFields, Iteration, ItemType } from '../model';

/** A change of an item's open/closed state, from its issue or pull request timeline. */
export interface StateEvent {
  kind: 'closed' | 'reopened' | 'merged';
  /** ISO instant. */
  at: string;
}

/** A Status change from the item's project history (servers that record it; see capabilities.ts). */
export interface StatusEvent {
  at: string;
  /** The option's name, as GitHub records it in the history. */
  status: string;
}

/** One project item as the review reads it: where it is now, when things last changed, and what its timeline says. */
export interface ReviewItem {
  /** The project item's node id (what the start snapshot lists). */
  itemId: string;
  contentId?: string;
  type: ItemType;
  /** OWNER/REPO#N, or the title of a draft. */
  reference: string;
  title: string;
  url?: string;
  assignees: string[];
  labels: string[];
  parentId?: string;
  estimate?: number;
  /** The iteration the item is in now (undefined: none, the backlog) and when that value was last set. */
  iterationId?: string;
  iterationSetAt?: string;
  statusOptionId?: string;
  statusSetAt?: string;
  /** When the item was added to the board. */
  addedAt?: string;
  state?: 'OPEN' | 'CLOSED' | 'MERGED';
  /** The last close (or merge) of the issue or pull request. */
  closedAt?: string;
  /** Close, reopen and merge events in time order; undefined when the timeline could not be read. */
  stateEvents?: StateEvent[];
  /** Status changes in time order; undefined where the server keeps no project-item history. */
  statusEvents?: StatusEvent[];
  /** Distinct commits linked to the issue, counted as the Sprint Goals view counts them (goals only). */
  linkedCommits?: number;
}

/** What a sprint-start snapshot records of one item. */
export interface SnapshotItem {
  itemId: string;
  estimate?: number;
  goal?: boolean;
}

/** The iteration's items at its start, as a team member published them. */
export interface StartSnapshot {
  iterationId: string;
  iterationTitle: string;
  /** Login of the person who took it: must be the status update's creator. */
  by: string;
  /** ISO instant the snapshot was taken. */
  takenAt: string;
  items: SnapshotItem[];
}

/** A project status update as the review shows it. */
export interface StatusUpdate {
  id: string;
  createdAt: string;
  creator?: string;
  status?: string;
  startDate?: string;
  targetDate?: string;
  body: string;
}

/** Figures the team report's code already computes, for this one iteration. */
export interface TeamFigures {
  /** Working days items were blocked within the iteration, and flags raised in it. */
  blockedDays: number;
  blockersFlagged: number;
  interruptionHours: number;
  interruptions: number;
  focus?: number;
  capacityHours: number;
  lostHours: number;
  workBalance: { category: string; label: string; items: number; points?: number }[];
  workBalanceDerivation: string[];
  skippedRecords: number;
}

/** Everything the review is computed from. */
export interface ReviewSource {
  projectTitle: string;
  projectUrl: string;
  fields: BoardFields;
  /** Every iteration of the board, oldest first. */
  iterations: Iteration[];
  iteration: Iteration;
  /** Items in the iteration now, and the snapshot's items wherever they are now. */
  items: ReviewItem[];
  /** The trusted start snapshots of every iteration, one per iteration. */
  snapshots: StartSnapshot[];
  /** Snapshot records that did not count, by reason. */
  snapshotsLeftOut: LeftOutCounts;
  /** Whether the server records project-item history (Status changes on the item's timeline). */
  itemHistory: boolean;
  team?: TeamFigures;
  statusUpdates: StatusUpdate[];
  readAt: string;
}

export interface ReviewOptions {
  timeZone: string;
  now: Date;
  goalLabel: string;
}

export type Certainty = 'recorded' | 'estimated' | 'not-recorded';

/** How a figure was derived and how sure it is. */
export interface Derivation {
  figure: string;
  certainty: Certainty;
  how: string;
}

export interface Tally {
  items: number;
  /** Undefined on a board without an estimate field. */
  points?: number;
}

export type Destination = 'next-iteration' | 'other-iteration' | 'backlog' | 'still-in-iteration';

/** in-progress: not done yet in an iteration still running. */
export type Outcome = 'done' | 'carried-over' | 'removed' | 'in-progress';

export interface ReviewRow {
  itemId: string;
  reference: string;
  title: string;
  url?: string;
  assignees: string[];
  estimate?: number;
  committed: boolean;
  addedAfterStart: boolean;
  outcome: Outcome;
  /** Where a carried-over or removed item is now. */
  destination?: Destination;
  destinationTitle?: string;
  /** ISO instant it was done, when done. */
  doneAt?: string;
  reopened: boolean;
  closedAfterEnd: boolean;
  /** Earlier iterations whose start snapshot listed this item: how often it was carried over before. */
  carriedBefore: number;
  /** When it joined the iteration (added after the start) or left it (removed), as far as known. */
  joinedAt?: string;
  leftAt?: string;
}

export interface GoalRow {
  reference: string;
  title: string;
  url?: string;
  subIssues: { total: number; done: number };
  linkedCommits: number;
  met: boolean;
}

export interface BurnUpDay {
  /** YYYY-MM-DD in the review's time zone. */
  date: string;
  scopeItems: number;
  doneItems: number;
  scopePoints?: number;
  donePoints?: number;
}

/** The burn-up as a chart draws it, wherever it is shown (the review, the sprint dashboard). */
export interface BurnUpSeries {
  iterationTitle: string;
  /** The days so far: all of them once the iteration has ended. */
  days: BurnUpDay[];
  /** Points when the board has estimates, else items. */
  usePoints: boolean;
  /** Days in the iteration, for the width of the time axis. */
  totalDays: number;
  /** What the chart shows and how sure its scope line is, in a sentence. */
  caption: string;
}

export type UpdateStatus = 'ON_TRACK' | 'AT_RISK' | 'OFF_TRACK' | 'COMPLETE' | 'INACTIVE';

export interface SprintReview {
  projectTitle: string;
  projectUrl: string;
  iteration: { id: string; title: string; startDate: string; endDate: string };
  /** ended, or running (the figures so far). */
  phase: 'ended' | 'running';
  timeZone: string;
  generatedAt: string;
  hasEstimates: boolean;
  committed: Tally;
  added: Tally & { share: number };
  removed: Tally;
  scope: Tally;
  done: Tally;
  carriedOver: Tally & { byDestination: Record<Destination, number> };
  rows: ReviewRow[];
  goals: GoalRow[];
  burnUp: BurnUpDay[];
  team?: TeamFigures;
  derivations: Derivation[];
  /** What the numbers suggest for the status update. */
  suggestedStatus: UpdateStatus;
  statusUpdates: StatusUpdate[];
  /** Sentences saying what was left out and why. */
  leftOut: string[];
  hasSnapshot: boolean;
}
