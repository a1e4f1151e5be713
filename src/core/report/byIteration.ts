import { IterationItem } from '../goals';

/** Items by the id of the iteration the board puts them in, in the order given (items without one are left out). */
export function itemsByIteration(items: readonly IterationItem[], iterationFieldId: string | undefined): Map<string, IterationItem[]> {
  const groups = new Map<string, IterationItem[]>();
  if (!iterationFieldId) return groups;
  for (const item of items) {
    const key = item.iterationValues[iterationFieldId];
    if (key === undefined) continue;
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
