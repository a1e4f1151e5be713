import { dayNumber, isoDateOfDay } from '../calendar';
import { dayStart, DayStarts, weekdayOf } from './dayStarts';
import { Iteration } from '../model';
import { IterationSummary } from './model';

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
    return { iteration, start: dayStart(days, first), end: dayStart(days, first + iteration.duration), titleIndex };
  });
}

/** Monday to Friday days in an iteration. */
export function workingDaysIn(iteration: Iteration): number {
  const first = dayNumber(iteration.startDate);
  let days = 0;
  for (let day = first; day < first + iteration.duration; day++) {
    const weekday = weekdayOf(day);
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

/** The spans' bounds and title indexes as typed arrays, for loops over every entry or blocker. */
export interface SpanBounds {
  starts: Float64Array;
  ends: Float64Array;
  titleIndexes: Int32Array;
}

export function spanBounds(spans: readonly IterationSpan[]): SpanBounds {
  return {
    starts: Float64Array.from(spans, (span) => span.start),
    ends: Float64Array.from(spans, (span) => span.end),
    titleIndexes: Int32Array.from(spans, (span) => span.titleIndex),
  };
}

/** The position of the first span an instant falls in, or -1. */
export function spanAt(bounds: SpanBounds, instant: number): number {
  for (let i = 0; i < bounds.starts.length; i++) {
    if (bounds.starts[i] <= instant && instant < bounds.ends[i]) return i;
  }
  return -1;
}
