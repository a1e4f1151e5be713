import { IterationItem } from '../goals';
import { InterruptionShare } from './interruptionSummary';

/** Groups in one pass what the report counts per iteration, each group in the order given. */
function groupBy<T>(values: readonly T[], keyOf: (value: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const value of values) {
    const key = keyOf(value);
    if (key === undefined) continue;
    const group = groups.get(key);
    if (group) group.push(value);
    else groups.set(key, [value]);
  }
  return groups;
}

/** Shares by the title of the iteration they fall in. */
export function sharesByIteration(shares: readonly InterruptionShare[]): Map<string, InterruptionShare[]> {
  return groupBy(shares, (share) => share.iteration);
}

/** Items by the id of the iteration the board puts them in (items without one are left out). */
export function itemsByIteration(items: readonly IterationItem[], iterationFieldId: string | undefined): Map<string, IterationItem[]> {
  return iterationFieldId ? groupBy(items, (item) => item.iterationValues[iterationFieldId]) : new Map();
}
