import { dayNumber, isoDateOfDay, startOfDay, weekdayOfDay } from '../calendar';
import { elapsedDays } from '../duration';
import { Iteration } from '../model';
import { IterationSummary } from './model';

/** Iterations as instants in a time zone: [start, end) from their calendar dates. */
export interface IterationSpan {
  iteration: Iteration;
  start: number;
  end: number;
}

export function iterationSpans(iterations: readonly Iteration[], timeZone: string): IterationSpan[] {
  return iterations.map((iteration) => {
    const first = dayNumber(iteration.startDate);
    return { iteration, start: startOfDay(first, timeZone), end: startOfDay(first + iteration.duration, timeZone) };
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
  return spans
    .map((span) => ({ span, ms: Math.min(to, span.end) - Math.max(from, span.start) }))
    .filter((part) => part.ms > 0);
}

/** Working days (Monday to Friday, in the time zone) of [from, to) that fall in each span. */
export function workingDaysBySpan(spans: readonly IterationSpan[], from: number, to: number, timeZone: string): { span: IterationSpan; days: number }[] {
  return overlapBySpan(spans, from, to).map(({ span }) => ({
    span,
    days: elapsedDays(new Date(Math.max(from, span.start)), new Date(Math.min(to, span.end)), timeZone).workingDays,
  }));
}
