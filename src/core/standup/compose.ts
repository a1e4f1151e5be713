/**
 * The draft of a standup update, composed from what Sprint Flow already knows: my items in the sprint, their status
 * and blockers, my journaled interruptions and my goal-linked commits, since my previous update (or the start of my
 * previous working day, in my time zone). Pure: no VS Code, no clock of its own.
 */
import { blockerReason } from '../blockers';
import { dayNumber, localDate, startOfDay, weekdayOfDay } from '../calendar';
import { Interruption } from '../interruptions';
import { sameReference } from '../itemReference';
import { BoardFields, SprintItem, SprintSnapshot } from '../model';
import { estimateOf, isBlocked, itemReference, statusOf } from '../sprint';
import { BlockedLine, CommitLine, DoingLine, LIMITS, STANDUP_KIND, StandupLine, StandupUpdate } from './update';
import * as l10n from '@vscode/l10n';

export interface ComposeInput {
  id: string;
  person: string;
  now: Date;
  timeZone: string;
  snapshot: Pick<SprintSnapshot, 'items' | 'fields' | 'iteration'>;
  /** My latest update, from the thread or the journal; absent for a first update ever. */
  previous?: Pick<StandupUpdate, 'postedAt' | 'done'>;
  /** OWNER/REPO#N of the item my branch is linked to. */
  activeItem?: string;
  goals: readonly { reference: string; itemReferences: readonly string[] }[];
  /** My journaled interruptions (any time: filtered here). */
  interruptions: readonly Pick<Interruption, 'person' | 'startedAt' | 'minutes'>[];
  /** Commits linked to goals that may be mine and recent (filtered here by date). */
  commits: readonly CommitLine[];
}

const isWeekend = (day: number) => weekdayOfDay(day) === 0 || weekdayOfDay(day) === 6;

/** The calendar day (day number) of the working day before today in a time zone: Friday on a Monday. */
export function previousWorkingDay(now: Date, timeZone: string): number {
  let day = dayNumber(localDate(now, timeZone)) - 1;
  while (isWeekend(day)) {
    day--;
  }
  return day;
}

export function isWorkingDay(now: Date, timeZone: string): boolean {
  return !isWeekend(dayNumber(localDate(now, timeZone)));
}

/** Where an update starts from: my previous update, else the start of my previous working day. */
export function updateSince(previous: Pick<StandupUpdate, 'postedAt'> | undefined, now: Date, timeZone: string): Date {
  if (previous && Date.parse(previous.postedAt) < now.getTime()) {
    return new Date(previous.postedAt);
  }
  return new Date(startOfDay(previousWorkingDay(now, timeZone), timeZone));
}

const DONE_OPTION = /\b(done|complete|completed|closed|shipped)\b/i;
const IN_FLIGHT_OPTION = /in.?progress|review|doing/i;

function isDone(item: SprintItem, fields: BoardFields): boolean {
  return item.state === 'CLOSED' || item.state === 'MERGED' || DONE_OPTION.test(statusOf(item, fields.status)?.name ?? '');
}

const clip = (text: string) => (text.length > LIMITS.text ? `${text.slice(0, LIMITS.text - 1)}…` : text);

function line(item: SprintItem): StandupLine {
  return { reference: clip(itemReference(item)), title: clip(item.title), ...(item.url && /^https?:\/\//i.test(item.url) ? { url: item.url } : {}) };
}

function blockedLine(item: SprintItem): BlockedLine {
  const flag = item.openBlocker;
  if (!flag) {
    return { ...line(item), reason: l10n.t('Blocked on the board, no reason recorded') };
  }
  const by = flag.blockedBy;
  const waitingFor = by?.kind === 'issue' ? by.reference : by?.kind === 'person' ? `@${by.login}` : flag.details?.trim() || undefined;
  return {
    ...line(item),
    reason: clip(blockerReason(flag.reason)?.label ?? flag.reason),
    ...(Number.isFinite(Date.parse(flag.flaggedAt)) ? { since: new Date(flag.flaggedAt).toISOString() } : {}),
    ...(waitingFor ? { waitingFor: clip(waitingFor) } : {}),
  };
}

function goalOf(goals: ComposeInput['goals'], reference: string): { reference: string } | undefined {
  return goals.find((g) => sameReference(g.reference, reference)) ?? goals.find((g) => g.itemReferences.some((r) => sameReference(r, reference)));
}

export function composeUpdate(input: ComposeInput): StandupUpdate {
  const { snapshot, now, timeZone } = input;
  const { fields } = snapshot;
  const since = updateSince(input.previous, now, timeZone);
  const sinceMs = since.getTime();
  const reportedDone = new Set((input.previous?.done ?? []).map((l) => l.reference.toLowerCase()));
  const changedSince = (item: SprintItem) => !item.updatedAt || Date.parse(item.updatedAt) >= sinceMs;
  const isActive = (item: SprintItem) => !!input.activeItem && sameReference(itemReference(item), input.activeItem);

  const done = snapshot.items.filter((item) => isDone(item, fields) && changedSince(item) && !reportedDone.has(itemReference(item).toLowerCase())).map(line);
  const blocked = snapshot.items.filter((item) => !isDone(item, fields) && isBlocked(item, fields)).map(blockedLine);
  const doing = snapshot.items
    .filter((item) => !isDone(item, fields) && !isBlocked(item, fields) && (isActive(item) || IN_FLIGHT_OPTION.test(statusOf(item, fields.status)?.name ?? '')))
    .sort((a, b) => Number(isActive(b)) - Number(isActive(a)))
    .map((item): DoingLine => {
      const estimate = estimateOf(item, fields);
      const goal = goalOf(input.goals, itemReference(item));
      const status = statusOf(item, fields.status)?.name;
      return {
        ...line(item),
        ...(status ? { status: clip(status) } : {}),
        ...(goal && !sameReference(goal.reference, itemReference(item)) ? { goal: goal.reference } : {}),
        ...(estimate === undefined ? {} : { estimate }),
        ...(isActive(item) ? { active: true } : {}),
      };
    });

  const mine = input.interruptions.filter((e) => e.person.toLowerCase() === input.person.toLowerCase() && Date.parse(e.startedAt) >= sinceMs && Date.parse(e.startedAt) <= now.getTime());
  const commits = input.commits
    .filter((c) => c.date && Date.parse(c.date) >= sinceMs && Date.parse(c.date) <= now.getTime())
    .filter((c, i, all) => all.findIndex((o) => o.sha === c.sha) === i);

  return {
    kind: STANDUP_KIND,
    id: input.id,
    person: input.person,
    iteration: snapshot.iteration.title,
    postedAt: now.toISOString(),
    timeZone,
    since: since.toISOString(),
    done: done.slice(0, LIMITS.lines),
    doing: doing.slice(0, LIMITS.lines),
    blocked: blocked.slice(0, LIMITS.lines),
    interruptions: { count: mine.length, minutes: mine.reduce((sum, e) => sum + e.minutes, 0) },
    commits: commits.slice(0, LIMITS.lines).map((c) => ({ ...c, headline: clip(c.headline) })),
  };
}
