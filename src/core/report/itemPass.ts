import { IterationItem } from '../goals';
import { addBlockerItem, BlockerItems, blockerItems } from './blockerSummary';
import { addAssignees } from './focus';
import { ReportSource } from './model';
import { addWorkItem, IterationWork } from './workBalance';
import { WorkRules } from './workCategories';

/** What the report needs of the board's items. */
export interface ItemFacts {
  /** Per iteration id, everyone assigned to one of its items, whatever the filters: login in lower case → spelling. */
  assigneesIn: Map<string, Map<string, string>>;
  /** Per iteration id, its items the filters keep. */
  workIn: Map<string, IterationWork>;
  /** The items the filters keep that have blocker records or are blocked now. */
  blockers: BlockerItems;
}

/** Whether someone in `people` (lower case; empty: everyone) is assigned to the item. */
function assignedToAny(item: IterationItem, people: ReadonlySet<string>): boolean {
  if (people.size === 0) return true;
  for (const login of item.assignees) {
    if (people.has(login.toLowerCase())) return true;
  }
  return false;
}

/**
 * Reads every item once, for all three parts of the report that count items: who worked in each iteration, the
 * work balance and the blockers. Items lie scattered in memory, and a pass over them costs far more per item than
 * a pass over the interruption entries; one pass instead of one per part.
 */
export function readItems(source: ReportSource, people: ReadonlySet<string>, rules: WorkRules, goalLabel: string): ItemFacts {
  const fieldId = source.fields.iteration?.id;
  const facts: ItemFacts = { assigneesIn: new Map(), workIn: new Map(), blockers: blockerItems() };
  const goals = { label: goalLabel, includeParents: false };
  for (const item of source.items) {
    const iterationId = fieldId ? item.iterationValues[fieldId] : undefined;
    if (iterationId !== undefined) addAssignees(facts.assigneesIn, iterationId, item);
    if (!assignedToAny(item, people)) continue;
    if (iterationId !== undefined) addWorkItem(facts.workIn, iterationId, item, rules, source.fields, goals);
    addBlockerItem(facts.blockers, item, source.blockerRecords, source.fields);
  }
  return facts;
}
