import { dayNumber, isoDateOfDay, startOfDay, weekdayOfDay } from '../calendar';
import { ElapsedDays } from '../duration';
import { Iteration } from '../model';
import { IterationSummary } from './model';

const MS_PER_DAY = 86_400_000;

/**
 * Where days start in one time zone, each day asked of the time zone once: Intl is slow, and a report over many
 * blockers would otherwise ask about the same few hundred days thousands of times. One per report.
 */
export class DayStarts {
  private readonly known = new Map<number, number>();

  constructor(readonly timeZone: string) {}

  /** The instant a calendar day (days since 1970-01-01) starts. */
  of(day: number): number {
    let start = this.known.get(day);
    if (start === undefined) {
      start = startOfDay(day, this.timeZone);
      this.known.set(day, start);
    }
    return start;
  }

  /** How long [from, to) lasted, as elapsedDays counts it, with the day starts known here. */
  elapsed(from: number, to: number): ElapsedDays {
    if (!(to > from)) {
      return { calendarDays: 0, workingDays: 0 };
    }
    let workingMs = 0;
    // A date in the time zone is at most one day from the date in UTC; days outside [from, to) add nothing.
    const last = Math.floor(to / MS_PER_DAY) + 1;
    for (let day = Math.floor(from / MS_PER_DAY) - 1; day <= last; day++) {
      const weekday = weekdayOfDay(day);
      if (weekday !== 0 && weekday !== 6) {
        workingMs += Math.max(0, Math.min(to, this.of(day + 1)) - Math.max(from, this.of(day)));
      }
    }
    return { calendarDays: (to - from) / MS_PER_DAY, workingDays: workingMs / MS_PER_DAY };
  }
}

/** Iterations as instants in a time zone: [start, end) from their calendar dates. */
export interface IterationSpan {
  iteration: Iteration;
  start: number;
  end: number;
  /** The position of the first span with this iteration's title: the report names iterations by title, so two
   *  iterations given the same title are counted as one. */
  titleIndex: number;
}

export function iterationSpans(iterations: readonly Iteration[], days: DayStarts): IterationSpan[] {
  return iterations.map((iteration) => {
    const first = dayNumber(iteration.startDate);
    const titleIndex = iterations.findIndex((other) => other.title === iteration.title);
    return { iteration, start: days.of(first), end: days.of(first + iteration.duration), titleIndex };
  });
}

/** Monday to Friday days in an iteration. */
export function workingDaysIn(iteration: Iteration): number {
  const first = dayNumber(iteration.startDate);
  let days = 0;
  for (let day = first; day < first + iteration.duration; day++) {
    const weekday = weekdayOfDay(day);
    days += weekday === 0 || weekday === 6 ? 0 : 1;
  }
  return days;
}

export function summarize(iteration: Iteration): IterationSummary {
  return {
    id: iteration.id,
    title: iteration.title,
    startDate: iteration.startDate,
    endDate: isoDateOfDay(dayNumber(iteration.startDate) + iteration.duration - 1),
    workingDays: workingDaysIn(iteration),
  };
}

/** The span an instant falls in, if any. */
export function spanAt(spans: readonly IterationSpan[], instant: number): IterationSpan | undefined {
  return spans.find((s) => s.start <= instant && instant < s.end);
}

/**
 * How much of [from, to) falls in each span, in milliseconds: an interruption that starts late on an iteration's
 * last day is split at the boundary.
 */
export function overlapBySpan(spans: readonly IterationSpan[], from: number, to: number): { span: IterationSpan; ms: number }[] {
  const parts: { span: IterationSpan; ms: number }[] = [];
  for (const span of spans) {
    const ms = Math.min(to, span.end) - Math.max(from, span.start);
    if (ms > 0) parts.push({ span, ms });
  }
  return parts;
}

/** Working days (Monday to Friday, in the time zone) of [from, to) that fall in each span. */
export function workingDaysBySpan(spans: readonly IterationSpan[], from: number, to: number, days: DayStarts): { span: IterationSpan; days: number }[] {
  return overlapBySpan(spans, from, to).map(({ span }) => ({ span, days: days.elapsed(Math.max(from, span.start), Math.min(to, span.end)).workingDays }));
}
