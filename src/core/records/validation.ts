/**
 * Every record read back from GitHub is checked field by field against what Sprint Flow writes, because anyone can
 * write a marker by hand. A record of a known kind comes back rebuilt from its known fields only, or not at all (the
 * reader counts it as unreadable). Ids that only name something (an interruption kind, a blocker reason) are
 * normalised instead: an unknown one reads as "other", so no text from a marker is ever printed as a label.
 */
import type { BlockedBy, BlockerFlag, BlockerResolution } from '../blockers';
import { blockerReason, OTHER_REASON } from '../blockers';
import type { Interruption } from '../interruptions';
import { interruptionKind, MAX_INTERRUPTION_MINUTES, MIN_INTERRUPTION_MINUTES } from '../interruptions';
import { formatIssueReference, parseIssueReference } from '../itemReference';
import type { MarkerRecord } from '../markers';
import { GOAL_LINK_KIND, GoalLinkRecord, parseCommitName } from './goalLinkRecord';

/** Longest record id: Sprint Flow writes UUIDs (36) and timer ids (`timer:` + login + ISO instant, under 150). */
export const MAX_ID_LENGTH = 150;
/** Longest login: 39 on github.com; managed users add `_shortcode`. */
const MAX_LOGIN_LENGTH = 100;
/** Longest name of something on GitHub (iteration title, status option, commit headline) kept in a record. */
export const MAX_NAME_LENGTH = 1000;
/** Longest interruption note, as the form accepts it. */
export const MAX_NOTE_LENGTH = 500;
/** Longest blocker details or resolution text. */
export const MAX_DETAILS_LENGTH = 2000;
/** Longest link logged with an interruption. */
export const MAX_LINK_LENGTH = 2000;
/** Longest time blocked a resolution can record, in days (about 27 years; anything longer is not a real record). */
const MAX_BLOCKED_DAYS = 10_000;

const isString = (value: unknown, max: number): value is string => typeof value === 'string' && value.length <= max;
const isNonEmpty = (value: unknown, max: number): value is string => isString(value, max) && value.trim().length > 0;

/** No control characters (line breaks included) in ids, logins and option ids. */
function isPlainToken(value: unknown, max: number): value is string {
  if (!isNonEmpty(value, max)) return false;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code <= 0x20 || code === 0x7f) return false;
  }
  return true;
}

export const isRecordId = (value: unknown): value is string => isPlainToken(value, MAX_ID_LENGTH);

/** A GitHub login as Sprint Flow writes it (the viewer's login): letters, digits, hyphens and underscores. */
export function isLogin(value: unknown): value is string {
  if (!isString(value, MAX_LOGIN_LENGTH) || value.length === 0) return false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    const alnum = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
    if (!alnum && !(i > 0 && (c === 0x2d || c === 0x5f))) return false;
  }
  return true;
}

/**
 * The times a record can hold: Sprint Flow writes the time it is now, and GitHub Projects, which it reads, did not
 * exist before 2020. A time far outside is not a record (a hand edit, a clock centuries off) and must not reach the
 * readers: counting working days walks day by day, so a blocker "since the year 1200" took seconds, and one since
 * before the year 1000 made the dashboard throw.
 */
const EARLIEST_RECORD_TIME = Date.UTC(2020, 0, 1);
const LATEST_RECORD_TIME = Date.UTC(2100, 0, 1);

export const isRecordTime = (ms: number): boolean => ms >= EARLIEST_RECORD_TIME && ms < LATEST_RECORD_TIME;

/** An instant exactly as Sprint Flow writes it: `Date.toISOString()`, such as 2026-11-24T09:00:00.000Z. */
export function isIsoInstant(value: unknown): value is string {
  if (typeof value !== 'string' || value.length !== 24) return false;
  const ms = Date.parse(value);
  return isRecordTime(ms) && new Date(ms).toISOString() === value;
}

/** A date Date.parse reads, as git and GitHub write commit dates (ISO 8601 with or without an offset). */
const isDateText = (value: unknown): value is string => isString(value, 64) && Number.isFinite(Date.parse(value));

/** `OWNER/REPO#N` exactly as Sprint Flow writes it. */
export const isIssueReference = (value: unknown): value is string => {
  if (!isString(value, 200)) return false;
  const parsed = parseIssueReference(value);
  return !!parsed && formatIssueReference(parsed) === value;
};

export function isWebLink(value: unknown): value is string {
  if (!isString(value, MAX_LINK_LENGTH)) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

const optional = <T>(value: unknown, check: (v: unknown) => v is T): value is T | undefined => value === undefined || check(value);
const isDays = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= MAX_BLOCKED_DAYS;

/** An interruption entry as Sprint Flow writes it; an unknown kind reads as "other". */
export function validInterruption(record: MarkerRecord): Interruption | undefined {
  const r = record;
  const valid =
    r.kind === 'interruption' &&
    isRecordId(r.id) &&
    isLogin(r.person) &&
    isIsoInstant(r.startedAt) &&
    Number.isInteger(r.minutes) &&
    (r.minutes as number) >= MIN_INTERRUPTION_MINUTES &&
    (r.minutes as number) <= MAX_INTERRUPTION_MINUTES &&
    isNonEmpty(r.interruptionKind, MAX_NAME_LENGTH) &&
    isNonEmpty(r.iteration, MAX_NAME_LENGTH) &&
    optional(r.link, isWebLink) &&
    optional(r.note, (v): v is string => isString(v, MAX_NOTE_LENGTH)) &&
    optional(r.pulledOffItem, isIssueReference);
  if (!valid) return undefined;
  return {
    kind: 'interruption',
    id: r.id as string,
    person: r.person as string,
    startedAt: r.startedAt as string,
    minutes: r.minutes as number,
    interruptionKind: interruptionKind(r.interruptionKind as string) ? (r.interruptionKind as string) : 'other',
    ...(r.link !== undefined ? { link: r.link as string } : {}),
    ...(r.note !== undefined ? { note: r.note as string } : {}),
    ...(r.pulledOffItem !== undefined ? { pulledOffItem: r.pulledOffItem as string } : {}),
    iteration: r.iteration as string,
  };
}

function validBlockedBy(value: unknown): BlockedBy | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const b = value as Record<string, unknown>;
  if (b.kind === 'issue' && isIssueReference(b.reference)) return { kind: 'issue', reference: b.reference };
  if (b.kind === 'person' && isLogin(b.login)) return { kind: 'person', login: b.login };
  return undefined;
}

function validPreviousStatus(value: unknown): { optionId: string; name: string } | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const s = value as Record<string, unknown>;
  return isPlainToken(s.optionId, MAX_ID_LENGTH) && isString(s.name, MAX_NAME_LENGTH) ? { optionId: s.optionId, name: s.name } : undefined;
}

/** A blocker flag as Sprint Flow writes it; an unknown reason reads as "other". */
export function validBlockerFlag(record: MarkerRecord): BlockerFlag | undefined {
  const r = record;
  const blockedBy = r.blockedBy === undefined ? undefined : validBlockedBy(r.blockedBy);
  const previousStatus = r.previousStatus === undefined ? undefined : validPreviousStatus(r.previousStatus);
  const valid =
    r.kind === 'blocker' &&
    isRecordId(r.id) &&
    isNonEmpty(r.reason, MAX_NAME_LENGTH) &&
    (r.scope === 'internal' || r.scope === 'external') &&
    isString(r.details, MAX_DETAILS_LENGTH) &&
    (r.blockedBy === undefined || blockedBy !== undefined) &&
    isIsoInstant(r.flaggedAt) &&
    isLogin(r.flaggedBy) &&
    (r.previousStatus === undefined || previousStatus !== undefined) &&
    optional(r.dependencyAdded, (v): v is boolean => typeof v === 'boolean');
  if (!valid) return undefined;
  return {
    kind: 'blocker',
    id: r.id as string,
    reason: blockerReason(r.reason as string) ? (r.reason as string) : OTHER_REASON,
    scope: r.scope as 'internal' | 'external',
    details: r.details as string,
    ...(blockedBy ? { blockedBy } : {}),
    flaggedAt: r.flaggedAt as string,
    flaggedBy: r.flaggedBy as string,
    ...(previousStatus ? { previousStatus } : {}),
    ...(r.dependencyAdded !== undefined ? { dependencyAdded: r.dependencyAdded as boolean } : {}),
  };
}

export function validBlockerResolution(record: MarkerRecord): BlockerResolution | undefined {
  const r = record;
  const valid =
    r.kind === 'blocker-resolved' &&
    isRecordId(r.id) &&
    optional(r.flagId, isRecordId) &&
    optional(r.resolution, (v): v is string => isString(v, MAX_DETAILS_LENGTH)) &&
    isIsoInstant(r.resolvedAt) &&
    isLogin(r.resolvedBy) &&
    optional(r.calendarDays, isDays) &&
    optional(r.workingDays, isDays);
  if (!valid) return undefined;
  return {
    kind: 'blocker-resolved',
    id: r.id as string,
    ...(r.flagId !== undefined ? { flagId: r.flagId as string } : {}),
    ...(r.resolution !== undefined ? { resolution: r.resolution as string } : {}),
    resolvedAt: r.resolvedAt as string,
    resolvedBy: r.resolvedBy as string,
    ...(r.calendarDays !== undefined ? { calendarDays: r.calendarDays as number } : {}),
    ...(r.workingDays !== undefined ? { workingDays: r.workingDays as number } : {}),
  };
}

export function validGoalLink(record: MarkerRecord): GoalLinkRecord | undefined {
  const r = record;
  const valid =
    r.kind === GOAL_LINK_KIND &&
    isIssueReference(r.goal) &&
    typeof r.commit === 'string' &&
    parseCommitName(r.commit) !== undefined &&
    optional(r.headline, (v): v is string => isString(v, MAX_NAME_LENGTH)) &&
    optional(r.committedAt, isDateText) &&
    optional(r.id, (v): v is string => isPlainToken(v, MAX_ID_LENGTH)) &&
    optional(r.linkedBy, (v): v is string => isPlainToken(v, MAX_LOGIN_LENGTH));
  if (!valid) return undefined;
  return {
    kind: GOAL_LINK_KIND,
    ...(r.id !== undefined ? { id: r.id as string } : {}),
    ...(r.linkedBy !== undefined ? { linkedBy: r.linkedBy as string } : {}),
    goal: r.goal as string,
    commit: r.commit as string,
    ...(r.headline !== undefined ? { headline: r.headline as string } : {}),
    ...(r.committedAt !== undefined ? { committedAt: r.committedAt as string } : {}),
  };
}

const VALIDATORS: Record<string, (record: MarkerRecord) => MarkerRecord | undefined> = {
  interruption: validInterruption,
  blocker: validBlockerFlag,
  'blocker-resolved': validBlockerResolution,
  [GOAL_LINK_KIND]: validGoalLink,
};

/**
 * The record rebuilt from what Sprint Flow writes for its kind, or undefined when a field is missing, of the wrong
 * type, out of range or too long. Kinds this version does not know pass through for the feature that reads them.
 */
export function validRecord(record: MarkerRecord): MarkerRecord | undefined {
  const validate = Object.prototype.hasOwnProperty.call(VALIDATORS, record.kind) ? VALIDATORS[record.kind] : undefined;
  return validate ? validate(record) : record;
}
