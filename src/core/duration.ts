import * as l10n from '@vscode/l10n';
import { dayNumber, localDate, startOfDay, weekdayOfDay } from './calendar';

const MS_PER_DAY = 86_400_000;

export interface ElapsedDays {
  /** Elapsed time in days, weekends included. */
  calendarDays: number;
  /** Elapsed time that fell on Monday to Friday in the time zone, in days of 24 hours. */
  workingDays: number;
}

/** How long something lasted, counting weekends or not, in the user's time zone. */
export function elapsedDays(from: Date, to: Date, timeZone: string): ElapsedDays {
  const start = from.getTime();
  const end = to.getTime();
  if (!(end > start)) {
    return { calendarDays: 0, workingDays: 0 };
  }
  let workingMs = 0;
  const lastDay = dayNumber(localDate(to, timeZone));
  for (let day = dayNumber(localDate(from, timeZone)); day <= lastDay; day++) {
    const weekday = weekdayOfDay(day);
    if (weekday === 0 || weekday === 6) {
      continue;
    }
    const overlap = Math.min(end, startOfDay(day + 1, timeZone)) - Math.max(start, startOfDay(day, timeZone));
    workingMs += Math.max(0, overlap);
  }
  return { calendarDays: (end - start) / MS_PER_DAY, workingDays: workingMs / MS_PER_DAY };
}

/** A short age such as "45m", "5h" or "3d". */
export function formatAge(ms: number): string {
  const minutes = Math.max(0, Math.floor(ms / 60_000));
  if (minutes < 60) {
    return l10n.t({ message: '{0}m', args: [minutes], comment: ['A number of minutes, as short as it can be.'] });
  }
  const hours = Math.floor(minutes / 60);
  return hours < 24
    ? l10n.t({ message: '{0}h', args: [hours], comment: ['A number of hours, as short as it can be.'] })
    : l10n.t({ message: '{0}d', args: [Math.floor(hours / 24)], comment: ['A number of days, as short as it can be.'] });
}

/** "2.5 days" with one decimal at most. */
export function formatDays(days: number): string {
  const rounded = Math.round(days * 10) / 10;
  return rounded === 1 ? l10n.t('1 day') : l10n.t('{0} days', rounded);
}
