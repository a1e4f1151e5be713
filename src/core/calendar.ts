import * as l10n from '@vscode/l10n';
/** Calendar dates as whole day numbers, so iteration math never meets DST or clock times. */

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 for a YYYY-MM-DD calendar date. */
export function dayNumber(isoDate: string): number {
  const match = ISO_DATE.exec(isoDate);
  if (!match) {
    throw new RangeError(l10n.t('"{0}" is not a YYYY-MM-DD date.', isoDate));
  }
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / MS_PER_DAY;
}

export function isoDateOfDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The date alone (YYYY-MM-DD parts), and the wall clock to the second. */
const FORMATS = {
  date: ['en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' }],
  clock: ['en-US', { hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' }],
} as const satisfies Record<string, readonly [string, Intl.DateTimeFormatOptions]>;

/** Making an Intl.DateTimeFormat costs a hundred times more than using one: each is made once per time zone. */
const madeFormats = new Map<string, Intl.DateTimeFormat>();

function zoneFormat(kind: keyof typeof FORMATS, timeZone: string): Intl.DateTimeFormat {
  const key = `${kind} ${timeZone}`;
  let made = madeFormats.get(key);
  if (!made) {
    const [locale, options] = FORMATS[kind];
    made = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    madeFormats.set(key, made);
  }
  return made;
}

/** The calendar date an instant falls on in a time zone (an IANA name such as Europe/Berlin). */
export function localDate(instant: Date, timeZone: string): string {
  const parts = zoneFormat('date', timeZone).formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOfDay(day: number): number {
  return new Date(day * MS_PER_DAY).getUTCDay();
}

export function defaultTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** How far a time zone's wall clock is ahead of UTC at an instant, in milliseconds. */
export function zoneOffsetMs(instant: number, timeZone: string): number {
  const parts = zoneFormat('clock', timeZone).formatToParts(new Date(instant));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return wall - Math.floor(instant / 1000) * 1000;
}

/** The instant a calendar day starts in a time zone (midnight, or the first instant after a DST gap). */
export function startOfDay(day: number, timeZone: string): number {
  const wallMidnight = day * MS_PER_DAY;
  let instant = wallMidnight - zoneOffsetMs(wallMidnight, timeZone);
  // The offset at the guess may differ from the offset at midnight itself when a DST change falls in between.
  instant = wallMidnight - zoneOffsetMs(instant, timeZone);
  return instant;
}
