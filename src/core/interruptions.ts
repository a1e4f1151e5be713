import { MarkerRecord } from './markers';
import * as l10n from '@vscode/l10n';

export interface InterruptionKind {
  id: string;
  label: string;
}

/** Kinds of interruption. Their ids are stored in markers: keep them stable. */
export const INTERRUPTION_KINDS: readonly InterruptionKind[] = [
  { id: 'support-ticket', get label() { return l10n.t('Support ticket'); } },
  { id: 'incident', get label() { return l10n.t('Incident / page'); } },
  { id: 'question', get label() { return l10n.t('Ad-hoc question'); } },
  { id: 'review-request', get label() { return l10n.t('Review request'); } },
  { id: 'meeting', get label() { return l10n.t('Meeting'); } },
  { id: 'upstream-community', get label() { return l10n.t('Upstream community'); } },
  { id: 'other', get label() { return l10n.t('Other'); } },
];

export function interruptionKind(id: string): InterruptionKind | undefined {
  return INTERRUPTION_KINDS.find((k) => k.id === id);
}

/** The label people read for a kind id; an id this version does not know (newer, or written by hand) reads as Other. */
export function interruptionKindLabel(id: string): string {
  return (interruptionKind(id) ?? interruptionKind('other')!).label;
}

export interface Interruption extends MarkerRecord {
  kind: 'interruption';
  /** Unique per entry; what makes a retried send recognisable. */
  id: string;
  person: string;
  /** ISO instant the interruption started. */
  startedAt: string;
  minutes: number;
  interruptionKind: string;
  link?: string;
  note?: string;
  /** OWNER/REPO#N of the sprint item it pulled the person away from. */
  pulledOffItem?: string;
  /** The iteration it happened in, by title (the log issue is per iteration). */
  iteration: string;
}

export function isInterruption(record: MarkerRecord): record is Interruption {
  return (
    record.kind === 'interruption' &&
    typeof record.id === 'string' &&
    typeof record.person === 'string' &&
    typeof record.startedAt === 'string' &&
    typeof record.minutes === 'number' &&
    typeof record.interruptionKind === 'string'
  );
}

export const MIN_INTERRUPTION_MINUTES = 1;
export const MAX_INTERRUPTION_MINUTES = 12 * 60;

export type DurationParse = { ok: true; minutes: number } | { ok: false; reason: string };

const PATTERNS: [RegExp, (m: RegExpExecArray) => number][] = [
  [/^(\d+)\s*(?:m|min|mins|minutes?)?$/, (m) => Number(m[1])],
  [/^(\d+(?:\.\d+)?)\s*(?:h|hr|hrs|hours?)$/, (m) => Number(m[1]) * 60],
  [/^(\d+)\s*h\s*(\d+)\s*(?:m|min|mins|minutes?)?$/, (m) => Number(m[1]) * 60 + Number(m[2])],
  [/^(\d+):(\d{2})$/, (m) => Number(m[1]) * 60 + Number(m[2])],
];

/** Reads "45", "45m", "1h30", "1h 30m", "1.5h" or "1:30" as minutes, between 1 minute and 12 hours. */
export function parseDuration(input: string): DurationParse {
  const text = input.trim().toLowerCase();
  if (!text) {
    return { ok: false, reason: l10n.t('Enter how long it took, such as 45m, 1h30 or 1.5h.') };
  }
  for (const [pattern, toMinutes] of PATTERNS) {
    const match = pattern.exec(text);
    if (match) {
      const minutes = Math.round(toMinutes(match));
      if (minutes < MIN_INTERRUPTION_MINUTES) {
        return { ok: false, reason: l10n.t('An interruption lasts at least 1 minute.') };
      }
      if (minutes > MAX_INTERRUPTION_MINUTES) {
        return { ok: false, reason: l10n.t('That is more than 12 hours. Log a long interruption as several entries, one per day.') };
      }
      return { ok: true, minutes };
    }
  }
  return { ok: false, reason: l10n.t('"{0}" is not a duration. Use minutes or hours, such as 45, 45m, 1h30 or 1.5h.', input.trim()) };
}

/** "45 min", "1 h 30 min", "3 h". */
export function formatMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = Math.round(minutes % 60);
  if (hours === 0) {
    return l10n.t('{0} min', rest);
  }
  return rest === 0 ? l10n.t('{0} h', hours) : l10n.t('{0} h {1} min', hours, rest);
}

/** "3 h 20 min this sprint": the total of entries' minutes. */
export function formatSprintTotal(entries: readonly Pick<Interruption, 'minutes'>[]): string {
  const minutes = entries.reduce((sum, e) => sum + e.minutes, 0);
  return minutes === 0 ? l10n.t('Nothing logged this sprint') : l10n.t('{0} this sprint', formatMinutes(minutes));
}
