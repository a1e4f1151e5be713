import { goalIssueIds, IterationItem } from '../goals';
import { BoardFields } from '../model';
import { estimateOf } from '../sprint';
import { CategoryTally, WorkBalance } from './model';
import { ShareTable } from './shareTable';
import { IterationSpan } from './timeSpans';
import { CATEGORY_INDEX, classify, derivation, KIND_CATEGORY, WORK_CATEGORIES, WorkRules, workRules } from './workCategories';

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

function tallyItems(items: readonly IterationItem[], rules: WorkRules, fields: BoardFields, goalLabel: string): ItemTally {
  // Goals are marked by label, so only labelled items can be one; few items carry labels.
  const goalIds = new Set(goalIssueIds(items.filter((item) => item.labels.length > 0), { label: goalLabel, includeParents: false }));
  const tally: ItemTally = { items: WORK_CATEGORIES.map(() => 0), points: WORK_CATEGORIES.map(() => 0), sources: WORK_CATEGORIES.map(() => new Map()) };
  for (const item of items) {
    const { category, source } = classify(rules, item, goalIds);
    tally.items[category] += 1;
    tally.sources[category].set(source, (tally.sources[category].get(source) ?? 0) + 1);
    tally.points[category] += estimateOf(item, fields) ?? 0;
  }
  return tally;
}

export function workBalance(
  spans: readonly IterationSpan[],
  itemsIn: ReadonlyMap<string, readonly IterationItem[]>,
  shares: ShareTable,
  fields: BoardFields,
  goalLabel: string,
): WorkBalance {
  const hasEstimates = !!fields.estimate;
  const hours = interruptionHours(shares, spans.length);
  const rules = workRules(fields, goalLabel);
  const byIteration = spans.map((span) => {
    const tally = tallyItems(itemsIn.get(span.iteration.id) ?? [], rules, fields, goalLabel);
    const categories = WORK_CATEGORIES.map(
      (c, i): CategoryTally => ({
        category: c.id,
        items: tally.items[i],
        ...(hasEstimates ? { points: tally.points[i] } : {}),
        interruptionHours: Math.round(hours[span.titleIndex * WORK_CATEGORIES.length + i] * 100) / 100,
        sources: Object.fromEntries(tally.sources[i]),
      }),
    );
    return { iteration: span.iteration.title, categories };
  });
  return { byIteration, derivation: derivation(fields, goalLabel), hasEstimates };
}
