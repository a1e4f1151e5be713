import { dayNumber, localDate, startOfDay, zoneOffsetMs } from './calendar';
import { interruptionKind, parseDuration } from './interruptions';
import { parseIssueReference, formatIssueReference } from './itemReference';
import { MAX_LINK_LENGTH, MAX_NOTE_LENGTH } from './records/validation';
import * as l10n from '@vscode/l10n';

/** What a person gives for one interruption, by form or by argument object, checked before it is journaled. */
export interface InterruptionFields {
  interruptionKind: string;
  minutes: number;
  startedAt: string;
  link?: string;
  note?: string;
  pulledOffItem?: string;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; reason: string };

const MAX_DAYS_BACK = 31;

/** Reason a link cannot be logged, or undefined when it is an http(s) URL (empty is fine: the link is optional). */
export function checkLink(input: string): string | undefined {
  const text = input.trim();
  if (!text) {
    return undefined;
  }
  if (text.length > MAX_LINK_LENGTH) {
    return l10n.t('Keep the link under {0} characters.', MAX_LINK_LENGTH.toLocaleString('en-US'));
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return l10n.t('Enter the full address of the ticket or issue, starting with https://.');
  }
  return url.protocol === 'https:' || url.protocol === 'http:' ? undefined : l10n.t('Only http and https links can be logged.');
}

export function checkNote(input: string): string | undefined {
  return input.trim().length > MAX_NOTE_LENGTH ? l10n.t('Keep the note under {0} characters; put details in the ticket.', MAX_NOTE_LENGTH) : undefined;
}

/** "2026-11-24 09:05" in the given time zone: what the start-time box shows and accepts. */
export function formatLocalTime(instant: Date, timeZone: string): string {
  const wall = new Date(instant.getTime() + zoneOffsetMs(instant.getTime(), timeZone));
  return `${localDate(instant, timeZone)} ${wall.toISOString().slice(11, 16)}`;
}

/**
 * When an interruption started: empty means `minutes` before now; "09:05" is today, "2026-11-24 09:05" a day, both
 * in the person's time zone; an ISO instant with a zone is taken as is. Not in the future, at most a month back.
 */
export function parseStartTime(input: string, now: Date, minutes: number, timeZone: string): Checked<Date> {
  const text = input.trim();
  let instant: number;
  if (!text) {
    instant = now.getTime() - minutes * 60_000;
  } else {
    const wall = /^(?:(\d{4}-\d{2}-\d{2})[ T])?(\d{1,2}):(\d{2})$/.exec(text);
    if (wall) {
      const [, date, hours, mins] = wall;
      if (Number(hours) > 23 || Number(mins) > 59) {
        return { ok: false, reason: l10n.t('"{0}" is not a time of day.', text) };
      }
      let day: number;
      try {
        day = dayNumber(date ?? localDate(now, timeZone));
      } catch {
        return { ok: false, reason: l10n.t('"{0}" is not a date and time.', text) };
      }
      instant = startOfDay(day, timeZone) + (Number(hours) * 60 + Number(mins)) * 60_000;
    } else if (/^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:?\d{2})$/i.test(text) && !Number.isNaN(Date.parse(text))) {
      instant = Date.parse(text);
    } else {
      return { ok: false, reason: l10n.t('"{0}" is not a start time. Use a time such as 09:05, or a date and time such as 2026-11-24 09:05.', text) };
    }
  }
  if (instant > now.getTime() + 60_000) {
    return { ok: false, reason: l10n.t('That is in the future. Enter when the interruption started.') };
  }
  if (instant < now.getTime() - MAX_DAYS_BACK * 86_400_000) {
    return { ok: false, reason: l10n.t('That is more than a month ago, too late for the team log.') };
  }
  return { ok: true, value: new Date(instant) };
}

/** The argument object of the interruption commands, as a script or keybinding may send it. */
export interface InterruptionArgs {
  kind?: unknown;
  duration?: unknown;
  link?: unknown;
  note?: unknown;
  pulledOffItem?: unknown;
  startedAt?: unknown;
}

/** Checks an argument object completely, so that nothing half-valid is journaled. */
export function readInterruptionArgs(args: InterruptionArgs, now: Date, timeZone: string): Checked<InterruptionFields> {
  const kind = typeof args.kind === 'string' ? interruptionKind(args.kind) : undefined;
  if (!kind) {
    return { ok: false, reason: l10n.t('"kind" must be one of support-ticket, incident, question, review-request, meeting, upstream-community, other.') };
  }
  const duration = parseDuration(typeof args.duration === 'number' ? String(args.duration) : String(args.duration ?? ''));
  if (!duration.ok) {
    return { ok: false, reason: duration.reason };
  }
  const text = (value: unknown, name: string): Checked<string | undefined> =>
    value === undefined || value === null ? { ok: true, value: undefined } : typeof value === 'string' ? { ok: true, value: value.trim() || undefined } : { ok: false, reason: l10n.t('"{0}" must be text.', name) };
  const link = text(args.link, 'link');
  const note = text(args.note, 'note');
  const item = text(args.pulledOffItem, 'pulledOffItem');
  const started = text(args.startedAt, 'startedAt');
  for (const field of [link, note, item, started]) {
    if (!field.ok) {
      return field;
    }
  }
  const problem = (link.ok && link.value && checkLink(link.value)) || (note.ok && note.value && checkNote(note.value));
  if (problem) {
    return { ok: false, reason: problem };
  }
  const reference = item.ok && item.value ? parseIssueReference(item.value) : undefined;
  if (item.ok && item.value && !reference) {
    return { ok: false, reason: l10n.t('"pulledOffItem" must name an issue as OWNER/REPO#N, not "{0}".', item.value) };
  }
  const start = parseStartTime(started.ok ? started.value ?? '' : '', now, duration.minutes, timeZone);
  if (!start.ok) {
    return start;
  }
  return {
    ok: true,
    value: {
      interruptionKind: kind.id,
      minutes: duration.minutes,
      startedAt: start.value.toISOString(),
      ...(link.ok && link.value ? { link: new URL(link.value).href } : {}),
      ...(note.ok && note.value ? { note: note.value } : {}),
      ...(reference ? { pulledOffItem: formatIssueReference(reference) } : {}),
    },
  };
}
