import { BlockerScope } from '../blockers';
import { IterationItem } from '../goals';
import { Interruption } from '../interruptions';
import { MarkerRecord } from '../markers';
import { BoardFields, Iteration } from '../model';
import { LeftOutCounts, LeftOutRecord } from '../records/authorship';

/** What the team report is built from: everything read from GitHub, parsed, before any aggregation. */
export interface ReportSource {
  projectTitle: string;
  projectUrl: string;
  fields: BoardFields;
  /** The chosen iterations, oldest first. */
  iterations: Iteration[];
  /** The board's items in those iterations, with the parent issue of sub-issues. */
  items: IterationItem[];
  /** Every interruption entry found in the team logs, once per id. */
  interruptions: Interruption[];
  /** Blocker records by item content id, in comment order. */
  blockerRecords: Record<string, MarkerRecord[]>;
  /** Sprint Flow markers that could not be read (a newer version, or damaged by an edit). */
  skippedMarkers: number;
  /** Records read but not counted (written outside the team, in another person's name...), by reason. */
  leftOut?: LeftOutCounts;
  /** The first of those, with their comments, for the extension's log. */
  leftOutRecords?: LeftOutRecord[];
  /** ISO instant of the read. */
  readAt: string;
}

export interface ReportOptions {
  hoursPerDay: number;
  timeZone: string;
  now: Date;
  /** The label that marks sprint goals (sprintFlow.goals.label). */
  goalLabel: string;
  /** Only these people (logins, any case); empty or absent: everyone. */
  people?: string[];
  /** Only these interruption kinds; empty or absent: every kind. */
  kinds?: string[];
}

export interface IterationSummary {
  id: string;
  title: string;
  startDate: string;
  endDate: string;
  workingDays: number;
}

export interface Tally {
  count: number;
  minutes: number;
}

export interface PersonIterationInterruptions extends Tally {
  person: string;
  iteration: string;
}

export interface KindInterruptions extends Tally {
  kind: string;
  label: string;
}

export interface InterruptionSummary {
  total: Tally;
  /** One row per person and iteration with anything logged. */
  byPersonAndIteration: PersonIterationInterruptions[];
  /** Every kind, in the order of INTERRUPTION_KINDS, then unknown kinds. */
  byKind: KindInterruptions[];
  /** The trend: every chosen iteration, oldest first. */
  byIteration: (Tally & { iteration: string })[];
}

export interface FocusRow {
  capacityHours: number;
  lostHours: number;
  /** Share of capacity not lost to interruptions, 0 to 1; undefined without capacity. */
  focus?: number;
}

export interface FocusSummary {
  team: FocusRow;
  byPerson: (FocusRow & { person: string; iterations: number })[];
  byIteration: (FocusRow & { iteration: string; people: number })[];
}

export type WorkCategory = 'sprintGoal' | 'support' | 'reactive' | 'upstream' | 'planned';

export interface CategoryTally {
  category: WorkCategory;
  items: number;
  /** Sum of estimates; undefined when the board has no estimate field. */
  points?: number;
  /** Hours of interruptions whose kind belongs to this category. */
  interruptionHours: number;
  /** How the items were put in this category, e.g. { 'label "support"': 3 }. */
  sources: Record<string, number>;
}

export interface WorkBalance {
  byIteration: { iteration: string; categories: CategoryTally[] }[];
  /** Sentences saying how each category is derived on this board. */
  derivation: string[];
  hasEstimates: boolean;
}

export interface CurrentBlocker {
  reference: string;
  title: string;
  url?: string;
  assignees: string[];
  reason?: string;
  reasonLabel: string;
  scope?: BlockerScope;
  /** ISO instant of the open flag, when one is recorded. */
  since?: string;
  workingDays?: number;
  calendarDays?: number;
}

export interface BlockerSummary {
  current: CurrentBlocker[];
  byReason: { reason: string; label: string; scope?: BlockerScope; episodes: number; workingDays: number }[];
  byScope: { scope: BlockerScope | 'unknown'; episodes: number; workingDays: number }[];
  /** Flags raised per iteration and working days blocked within it: the trend. */
  byIteration: { iteration: string; flagged: number; workingDays: number }[];
  /** Open flags on items the board no longer shows as blocked: the resolution comment is missing. */
  endedWithoutRecord: number;
  /** Resolutions whose flag comment is gone: counted under "Unknown reason". */
  orphanResolutions: number;
}

export interface TeamReport {
  projectTitle: string;
  projectUrl: string;
  iterations: IterationSummary[];
  generatedAt: string;
  hoursPerDay: number;
  timeZone: string;
  /** Everyone seen in the data, for the person filter. */
  people: string[];
  /** Every interruption kind seen, for the kind filter. */
  kinds: { kind: string; label: string }[];
  filters: { people: string[]; kinds: string[] };
  interruptions: InterruptionSummary;
  focus: FocusSummary;
  workBalance: WorkBalance;
  blockers: BlockerSummary;
  /** Records that could not be read: shown as "n records skipped". */
  skippedRecords: number;
  /** Records that did not count, one sentence per reason ("3 records written by people outside the team"). */
  leftOut: string[];
}
