/**
 * The team's standup thread on GitHub: one issue per iteration, one comment per update. Comments are read back with
 * what GitHub says about their author, and an update counts only when its author is the person it is about and is
 * on the team (see records/authorship.ts). Reading a comment is one bounded scan: the marker is the last thing in it.
 */
import { MARKER_VERSION, MarkerRecord } from '../markers';
import { Authorship, isTeamAssociation, LeftOutTally, leftOutReason, recordKey } from '../records/authorship';
import { isStandupUpdate, STANDUP_KIND, StandupUpdate } from './update';

export const STANDUP_LABEL = {
  name: 'standup',
  color: '1d76db',
  description: 'Async standup updates, one issue per iteration (written by Sprint Flow)',
} as const;

export function standupThreadTitle(iterationTitle: string): string {
  return `Standup · ${iterationTitle}`;
}

export function standupThreadBody(iterationTitle: string): string {
  return [
    `Standup updates during ${iterationTitle}: what each of us finished, is on, and is blocked by.`,
    '',
    'Each comment is one update, written with Sprint Flow. Reply in a comment of your own; keep the hidden marker when editing an update so Sprint Flow can still read it.',
  ].join('\n');
}

/** A thread GitHub listed: an issue or a discussion, with who opened it. */
export interface ThreadCandidate extends Pick<Authorship, 'author' | 'authorAssociation'> {
  title: string;
  number: number;
  /** ISO instant. */
  createdAt?: string;
}

/**
 * The thread everybody uses among those GitHub listed: the earliest with the iteration's title that I or a team member
 * opened. Anyone can open a discussion with next iteration's title in a public repository; updates posted there would
 * be lost to the team, so a stranger's never wins, however early.
 */
export function earliestTeamThread<T extends ThreadCandidate>(candidates: readonly T[], title: string, viewer: string): T | undefined {
  const ours = (t: T) => !!t.author && (t.author.toLowerCase() === viewer.toLowerCase() || isTeamAssociation(t.authorAssociation));
  const time = (t: T) => (t.createdAt ? Date.parse(t.createdAt) : NaN);
  return candidates
    .filter((t) => t.title === title && ours(t))
    .sort((a, b) => (Number.isFinite(time(a)) && Number.isFinite(time(b)) ? time(a) - time(b) : 0) || a.number - b.number)[0];
}

/** A comment of the thread as GitHub returned it. */
export interface ThreadComment extends Authorship {
  body: string;
  url?: string;
  createdAt?: string;
}

export interface PostedUpdate {
  update: StandupUpdate;
  /** Who GitHub says wrote the comment: the update's person. */
  author: string;
  commentUrl?: string;
  /** The comment's text without the marker, as the person wrote it. */
  text: string;
}

export interface ThreadRead {
  /** Updates that count, oldest first, each (author, id) once. */
  updates: PostedUpdate[];
  leftOut: LeftOutTally;
  /** Comments without a standup marker: replies, questions. */
  replies: number;
}

const MARKER_START = '<!-- sprint-flow:v';
const MARKER_END = '-->';
/** Comments on GitHub are at most 65,536 characters; nothing longer is ours. */
const MAX_MARKER = 65_536;

/** The last Sprint Flow marker in a text, where our comments put it; `undefined` when there is none. */
export function lastMarker(body: string): { record?: MarkerRecord; start: number } | undefined {
  const start = body.lastIndexOf(MARKER_START);
  if (start < 0) {
    return undefined;
  }
  const end = body.indexOf(MARKER_END, start);
  if (end < 0 || end - start > MAX_MARKER) {
    return { start };
  }
  const inside = body.slice(start + MARKER_START.length, end);
  const space = inside.indexOf(' ');
  if (space < 0 || Number(inside.slice(0, space)) !== MARKER_VERSION) {
    return { start };
  }
  try {
    const value: unknown = JSON.parse(inside.slice(space + 1));
    return value && typeof value === 'object' && !Array.isArray(value) && typeof (value as MarkerRecord).kind === 'string' ? { record: value as MarkerRecord, start } : { start };
  } catch {
    return { start };
  }
}

/**
 * An update is posted when GitHub stores it or earlier (queued offline, sent later), never later: a `postedAt` after
 * its comment's `createdAt` (a clock years ahead, a hand edit) would keep its person off "not posted" for good, so
 * the update counts as of when GitHub stored it.
 */
function asStored(update: StandupUpdate, createdAt: string | undefined): StandupUpdate {
  const stored = createdAt ? Date.parse(createdAt) : NaN;
  return Number.isFinite(stored) && Date.parse(update.postedAt) > stored ? { ...update, postedAt: new Date(stored).toISOString() } : update;
}

/** Reads the updates in comments (any order); the updates that count come back oldest first. */
export function readThread(comments: readonly ThreadComment[]): ThreadRead {
  const read: ThreadRead = { updates: [], leftOut: new LeftOutTally(), replies: 0 };
  const seen = new Set<string>();
  for (const comment of comments) {
    const marker = lastMarker(comment.body);
    if (!marker) {
      read.replies++;
      continue;
    }
    const record = marker.record;
    if (!record || (record.kind === STANDUP_KIND && !isStandupUpdate(record))) {
      read.leftOut.add('unreadable');
      continue;
    }
    if (record.kind !== STANDUP_KIND) {
      read.replies++;
      continue;
    }
    const update = record as StandupUpdate;
    const reason = leftOutReason(comment, update.person);
    if (reason) {
      read.leftOut.add(reason);
      continue;
    }
    const key = recordKey(comment.author!, update.id);
    if (seen.has(key)) {
      read.leftOut.add('duplicate');
      continue;
    }
    seen.add(key);
    read.updates.push({ update: asStored(update, comment.createdAt), author: comment.author!, commentUrl: comment.url, text: comment.body.slice(0, marker.start).trim() });
  }
  read.updates.sort((a, b) => Date.parse(a.update.postedAt) - Date.parse(b.update.postedAt));
  return read;
}

/** A person's latest update among those read. */
export function latestUpdateOf(updates: readonly PostedUpdate[], person: string): PostedUpdate | undefined {
  const mine = updates.filter((u) => u.author.toLowerCase() === person.toLowerCase());
  return mine[mine.length - 1];
}
