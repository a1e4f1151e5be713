/**
 * A standup update as Sprint Flow stores it in the hidden marker of its comment: what the person finished, is on and
 * is blocked by, their interruptions and goal-linked commits since their previous update. Read back from comments
 * anyone could have written, so every field is checked and bounded before it counts.
 */
import { MarkerRecord } from '../markers';
import { isRecordTime } from '../records/validation';

export const STANDUP_KIND = 'standup';

/** One line of an update: the item it is about. */
export interface StandupLine {
  /** OWNER/REPO#N, or a draft's title. */
  reference: string;
  title: string;
  url?: string;
}

export interface DoingLine extends StandupLine {
  status?: string;
  /** OWNER/REPO#N of the sprint goal the item works towards. */
  goal?: string;
  estimate?: number;
  /** The item the person's current branch is linked to. */
  active?: boolean;
}

export interface BlockedLine extends StandupLine {
  /** The reason as people read it ("Cloud vendor"), or that it is blocked on the board without a recorded reason. */
  reason: string;
  /** ISO instant the blocker was flagged, when known. */
  since?: string;
  /** What or whom it waits for: OWNER/REPO#N, @login, or the flag's details. */
  waitingFor?: string;
}

export interface CommitLine {
  sha: string;
  repository?: string;
  headline: string;
  /** OWNER/REPO#N of the goal it is linked to. */
  goal: string;
  url?: string;
  /** ISO instant. */
  date?: string;
}

export interface StandupUpdate extends MarkerRecord {
  kind: typeof STANDUP_KIND;
  /** Unique per update: what makes a retried post recognisable. */
  id: string;
  person: string;
  /** The iteration it belongs to, by title: the thread is per iteration. */
  iteration: string;
  /** ISO instant the person posted it. */
  postedAt: string;
  /** The person's IANA time zone: their day is the day of the update. */
  timeZone: string;
  /** ISO instant the update covers from: the previous update, or the start of the previous working day. */
  since: string;
  done: StandupLine[];
  doing: DoingLine[];
  blocked: BlockedLine[];
  interruptions: { count: number; minutes: number };
  commits: CommitLine[];
  /** Free text the person wrote under Notes. */
  note?: string;
}

/** Bounds on what one comment can contribute, whatever its author wrote into the marker. */
export const LIMITS = { lines: 50, text: 300, note: 2000, login: 39 } as const;

const isString = (v: unknown, max: number = LIMITS.text): v is string => typeof v === 'string' && v.length <= max;
const optionalString = (v: unknown, max: number = LIMITS.text) => v === undefined || isString(v, max);
const isInstant = (v: unknown): v is string => isString(v, 40) && /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(v) && isRecordTime(Date.parse(v));
const optionalInstant = (v: unknown) => v === undefined || isInstant(v);
const isCount = (v: unknown, max: number) => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= max;
const isLogin = (v: unknown): v is string => isString(v, LIMITS.login) && /^[A-Za-z0-9](?:[A-Za-z0-9-]*)$/.test(v);
const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

export function isTimeZone(value: unknown): value is string {
  if (!isString(value, 64)) {
    return false;
  }
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

function lineOk(v: unknown): v is Record<string, unknown> {
  return isObject(v) && isString(v.reference) && isString(v.title) && optionalString(v.url) && (v.url === undefined || /^https?:\/\//i.test(v.url as string));
}

function listOf(v: unknown, each: (line: Record<string, unknown>) => boolean): boolean {
  return Array.isArray(v) && v.length <= LIMITS.lines && v.every((line) => lineOk(line) && each(line));
}

function commitOk(v: unknown): boolean {
  return (
    isObject(v) &&
    isString(v.sha, 40) &&
    /^[0-9a-f]{7,40}$/i.test(v.sha as string) &&
    optionalString(v.repository) &&
    isString(v.headline) &&
    isString(v.goal) &&
    optionalString(v.url) &&
    (v.url === undefined || /^https?:\/\//i.test(v.url as string)) &&
    optionalInstant(v.date)
  );
}

/** Whether a marker record is a standup update Sprint Flow could have written: every field present, typed and bounded. */
export function isStandupUpdate(record: MarkerRecord): record is StandupUpdate {
  const r = record as Record<string, unknown>;
  const interruptions = r.interruptions;
  return (
    r.kind === STANDUP_KIND &&
    isString(r.id, 100) &&
    isLogin(r.person) &&
    isString(r.iteration) &&
    isInstant(r.postedAt) &&
    isTimeZone(r.timeZone) &&
    isInstant(r.since) &&
    listOf(r.done, () => true) &&
    listOf(r.doing, (l) => optionalString(l.status) && optionalString(l.goal) && (l.estimate === undefined || (typeof l.estimate === 'number' && Number.isFinite(l.estimate))) && (l.active === undefined || typeof l.active === 'boolean')) &&
    listOf(r.blocked, (l) => isString(l.reason) && optionalInstant(l.since) && optionalString(l.waitingFor)) &&
    isObject(interruptions) &&
    isCount(interruptions.count, 10_000) &&
    isCount(interruptions.minutes, 1_000_000) &&
    Array.isArray(r.commits) &&
    r.commits.length <= LIMITS.lines &&
    r.commits.every(commitOk) &&
    optionalString(r.note, LIMITS.note)
  );
}

export function isEmptyUpdate(update: Pick<StandupUpdate, 'done' | 'doing' | 'blocked' | 'interruptions' | 'commits' | 'note'>): boolean {
  return !update.done.length && !update.doing.length && !update.blocked.length && !update.interruptions.count && !update.commits.length && !update.note;
}
