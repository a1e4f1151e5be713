import { goalIssueIds, GoalRules, IterationItem } from '../goals';
import { BoardFields } from '../model';
import { estimateOf } from '../sprint';
import { CategoryTally, WorkBalance } from './model';
import { ShareTable } from './shareTable';
import { IterationSpan } from './timeSpans';
import { CATEGORY_INDEX, Classification, classifyByItem, classifyByParent, derivation, KIND_CATEGORY, WORK_CATEGORIES, WorkRules } from './workCategories';
import { roundedPoints } from '../points';

/**
 * One iteration's items (those the filters keep), in board order, classified as far as each can be on its own: a
 * sub-issue's category waits for the iteration's goals, which may come later on the board.
 */
export interface IterationWork {
  byItem: (Classification | undefined)[];
  parentIds: (string | undefined)[];
  points: number[];
  /** Content ids of the iteration's goal issues. */
  goalIds: Set<string>;
}

const noWork = (): IterationWork => ({ byItem: [], parentIds: [], points: [], goalIds: new Set() });

/** Notes an item of an iteration; called in board order. */
export function addWorkItem(workIn: Map<string, IterationWork>, iterationId: string, item: IterationItem, rules: WorkRules, fields: BoardFields, goals: GoalRules): void {
  let work = workIn.get(iterationId);
  if (!work) {
    work = noWork();
    workIn.set(iterationId, work);
  }
  work.byItem.push(classifyByItem(rules, item));
  work.parentIds.push(item.parentId);
  work.points.push(estimateOf(item, fields) ?? 0);
  // Goals are marked by label, so only a labelled item can be one.
  if (item.labels.length > 0) {
    for (const id of goalIssueIds([item], goals)) work.goalIds.add(id);
  }
}

/** Interruption hours per iteration (by `titleIndex`) and category, each share's hours added in the shares' order. */
function interruptionHours(shares: ShareTable, iterations: number): Float64Array {
  const categoryOfKind = shares.kinds.map((kind) => CATEGORY_INDEX.get(KIND_CATEGORY.get(kind) ?? 'planned')!);
  const { iteration, kind, minutes } = shares;
  const hours = new Float64Array(iterations * WORK_CATEGORIES.length);
  for (let i = 0; i < shares.size; i++) {
    hours[iteration[i] * WORK_CATEGORIES.length + categoryOfKind[kind[i]]] += minutes[i] / 60;
  }
  return hours;
}

/** One iteration's items by category: how many, their points, and how they were put there. */
interface ItemTally {
  items: number[];
  points: number[];
  sources: Map<string, number>[];
}

function tallyItems({ byItem, parentIds, points, goalIds }: IterationWork): ItemTally {
  const tally: ItemTally = { items: WORK_CATEGORIES.map(() => 0), points: WORK_CATEGORIES.map(() => 0), sources: WORK_CATEGORIES.map(() => new Map()) };
  for (let i = 0; i < byItem.length; i++) {
    const { category, source } = byItem[i] ?? classifyByParent(parentIds[i], goalIds);
    tally.items[category] += 1;
    tally.sources[category].set(source, (tally.sources[category].get(source) ?? 0) + 1);
    tally.points[category] += points[i];
  }
  return tally;
}

export function workBalance(
  spans: readonly IterationSpan[],
  workIn: ReadonlyMap<string, IterationWork>,
  shares: ShareTable,
  fields: BoardFields,
  goalLabel: string,
): WorkBalance {
  const hasEstimates = !!fields.estimate;
  const hours = interruptionHours(shares, spans.length);
  const byIteration = spans.map((span) => {
    const tally = tallyItems(workIn.get(span.iteration.id) ?? noWork());
    const categories = WORK_CATEGORIES.map(
      (c, i): CategoryTally => ({
        category: c.id,
        items: tally.items[i],
        ...(hasEstimates ? { points: roundedPoints(tally.points[i]) } : {}),
        interruptionHours: Math.round(hours[span.titleIndex * WORK_CATEGORIES.length + i] * 100) / 100,
        sources: Object.fromEntries(tally.sources[i]),
      }),
    );
    return { iteration: span.iteration.title, categories };
  });
  return { byIteration, derivation: derivation(fields, goalLabel), hasEstimates };
}
