import { dayNumber, startOfDay } from '../calendar';
import { ElapsedDays } from '../duration';
import { Iteration } from '../model';

const MS_PER_DAY = 86_400_000;

/** 0 = Sunday … 6 = Saturday, as weekdayOfDay says, without making a Date for every day of every blocker: day 0,
 *  1970-01-01, was a Thursday. */
export const weekdayOf = (day: number) => ((day % 7) + 11) % 7;

/**
 * Where days start in one time zone, each day asked of the time zone once: Intl is slow, and a report over many
 * blockers would otherwise ask about the same few hundred days thousands of times.
 *
 * Plain data and functions rather than a class, as are the report's other working structures: the shape of a class
 * instance made for one report goes when the last instance is collected, and takes with it the compiled code of
 * every loop that used it, which the next report then has to compile again.
 */
export interface DayStarts {
  timeZone: string;
  /** The instant each calendar day (days since 1970-01-01) starts. */
  known: Map<number, number>;
}

/**
 * The day starts found so far in the last time zone asked about. Where a day starts never changes while the
 * extension runs, and the panel builds the report again on every filter change: asking Intl about the same few
 * hundred days each time took a quarter of a 10,000-entry report. Like the Intl formats in calendar.ts, they are kept.
 */
let lastZone: DayStarts | undefined;

/**
 * Day starts in a time zone, with the days of the given iterations, and two either side, known at once: counting a
 * blocker's working days within an iteration visits each of them, and the loops doing so then never reach Intl.
 * Sundays are left out, as no working day starts or ends on one.
 */
export function dayStarts(timeZone: string, iterations: readonly Iteration[]): DayStarts {
  const days = lastZone?.timeZone === timeZone ? lastZone : { timeZone, known: new Map<number, number>() };
  lastZone = days;
  const firstDays = iterations.map((iteration) => dayNumber(iteration.startDate));
  const first = Math.min(...firstDays) - 2;
  const last = Math.max(...iterations.map((iteration, i) => firstDays[i] + iteration.duration)) + 2;
  for (let day = first; day <= last; day++) {
    if (weekdayOf(day) !== 0 && !days.known.has(day)) days.known.set(day, startOfDay(day, timeZone));
  }
  return days;
}

/** The instant a calendar day (days since 1970-01-01) starts. */
export function dayStart(days: DayStarts, day: number): number {
  let start = days.known.get(day);
  if (start === undefined) {
    start = startOfDay(day, days.timeZone);
    days.known.set(day, start);
  }
  return start;
}

/** Working days (Monday to Friday, in the time zone) in [from, to), as elapsedDays counts them. */
export function workingDaysBetween(days: DayStarts, from: number, to: number): number {
  if (!(to > from)) return 0;
  let workingMs = 0;
  // A date in the time zone is at most one day from the date in UTC; days outside [from, to) add nothing.
  const last = Math.floor(to / MS_PER_DAY) + 1;
  for (let day = Math.floor(from / MS_PER_DAY) - 1; day <= last; day++) {
    const weekday = weekdayOf(day);
    if (weekday !== 0 && weekday !== 6) {
      workingMs += Math.max(0, Math.min(to, dayStart(days, day + 1)) - Math.max(from, dayStart(days, day)));
    }
  }
  return workingMs / MS_PER_DAY;
}

/** How long [from, to) lasted, as elapsedDays counts it, with the day starts known here. */
export function elapsedBetween(days: DayStarts, from: number, to: number): ElapsedDays {
  return { calendarDays: to > from ? (to - from) / MS_PER_DAY : 0, workingDays: workingDaysBetween(days, from, to) };
}
