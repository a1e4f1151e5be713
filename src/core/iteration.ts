import { dayNumber, isoDateOfDay, localDate } from './calendar';
import { currentDisplayLocale } from './locale';
import { Iteration, IterationField } from './model';
import * as l10n from '@vscode/l10n';

export interface IterationWindow {
  iteration: Iteration;
  /** First day, YYYY-MM-DD. */
  startDate: string;
  /** Last day (inclusive), YYYY-MM-DD. */
  endDate: string;
  /** Days from today to the end, counting today: 1 on the last day. */
  daysLeft: number;
}

/** The iteration whose [startDate, startDate + duration) contains today's date in the given time zone. */
export function currentIteration(iterations: readonly Iteration[], now: Date, timeZone: string): Iteration | undefined {
  const today = dayNumber(localDate(now, timeZone));
  return iterations.find((it) => {
    const start = dayNumber(it.startDate);
    return start <= today && today < start + it.duration;
  });
}

/**
 * The field's current iteration in the given time zone. GitHub moves an iteration to `completedIterations` once its
 * last day has passed in UTC, while west of UTC that day is still running: both lists are searched.
 */
export function currentIterationOf(field: IterationField, now: Date, timeZone: string): Iteration | undefined {
  return currentIteration([...field.iterations, ...field.completedIterations], now, timeZone);
}

export function iterationWindow(iteration: Iteration, now: Date, timeZone: string): IterationWindow {
  const start = dayNumber(iteration.startDate);
  const endExclusive = start + iteration.duration;
  const today = dayNumber(localDate(now, timeZone));
  return {
    iteration,
    startDate: iteration.startDate,
    endDate: isoDateOfDay(endExclusive - 1),
    daysLeft: Math.max(0, Math.min(iteration.duration, endExclusive - today)),
  };
}

/** The next iteration that starts after today, for the "no current iteration" message. */
export function nextIteration(iterations: readonly Iteration[], now: Date, timeZone: string): Iteration | undefined {
  const today = dayNumber(localDate(now, timeZone));
  return [...iterations]
    .filter((it) => dayNumber(it.startDate) > today)
    .sort((a, b) => dayNumber(a.startDate) - dayNumber(b.startDate))[0];
}

const rangeFormats = new Map<string, Intl.DateTimeFormat>();

/** "Nov 17 – 28" in English, "17.–28. Nov." in German: the year appears only when the range crosses into another. */
export function formatDateRange(startDate: string, endDate: string): string {
  const locale = currentDisplayLocale();
  let format = rangeFormats.get(locale ?? '');
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' });
    rangeFormats.set(locale ?? '', format);
  }
  return format.formatRange(new Date(`${startDate}T00:00:00Z`), new Date(`${endDate}T00:00:00Z`));
}

export function formatDaysLeft(daysLeft: number): string {
  if (daysLeft <= 0) {
    return l10n.t('ended');
  }
  return daysLeft === 1 ? l10n.t('last day') : l10n.t('{0} days left', daysLeft);
}
