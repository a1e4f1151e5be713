import { goalIssueIds, IterationItem } from '../goals';
import { BoardFields } from '../model';
import { estimateOf } from '../sprint';
import { CategoryTally, WorkBalance, WorkCategory } from './model';
import { ShareTable } from './shareTable';
import { IterationSpan } from './timeSpans';

export const WORK_CATEGORIES: readonly { id: WorkCategory; label: string }[] = [
  { id: 'sprintGoal', label: 'Sprint goal' },
  { id: 'support', label: 'Support' },
  { id: 'reactive', label: 'Reactive (unplanned or emergency)' },
  { id: 'upstream', label: 'Upstream community' },
  { id: 'planned', label: 'Other planned work' },
];

export const SUPPORT_LABEL = 'support';
export const UPSTREAM_LABEL = 'upstream';

/** Interruption kinds that are work of a category; the rest count as other planned work being displaced. A Map, so a
 *  kind named like an Object method ("constructor") is just another unknown kind. */
const KIND_CATEGORY = new Map<string, WorkCategory>([
  ['support-ticket', 'support'],
  ['incident', 'reactive'],
  ['upstream-community', 'upstream'],
]);

const CATEGORY_INDEX = new Map(WORK_CATEGORIES.map((c, index) => [c.id, index]));

/** A work-type option's category by its name; a field named like "Unplanned" makes every value reactive. */
function optionCategory(fieldName: string, optionName: string): WorkCategory | undefined {
  if (/unplanned/i.test(fieldName) || /unplanned|emergency|reactive|incident|interrupt/i.test(optionName)) return 'reactive';
  if (/support/i.test(optionName)) return 'support';
  if (/upstream|community|open.?source|oss/i.test(optionName)) return 'upstream';
  if (/goal/i.test(optionName)) return 'sprintGoal';
  return undefined;
}

const hasLabel = (item: IterationItem, label: string) => item.labels.some((l) => l.toLowerCase() === label.toLowerCase());

/** An item's category and the reason, checked in this order: work-type field, support, upstream, goal, else planned. */
export function classify(item: IterationItem, fields: BoardFields, goalIds: ReadonlySet<string>, goalLabel: string): { category: WorkCategory; source: string } {
  const field = fields.workType;
  const option = field?.options.find((o) => o.id === item.selectValues[field.id]);
  const byField = field && option ? optionCategory(field.name, option.name) : undefined;
  if (field && option && byField) return { category: byField, source: `${field.name}: ${option.name}` };
  if (hasLabel(item, SUPPORT_LABEL)) return { category: 'support', source: `label "${SUPPORT_LABEL}"` };
  if (hasLabel(item, UPSTREAM_LABEL)) return { category: 'upstream', source: `label "${UPSTREAM_LABEL}"` };
  if (goalLabel && hasLabel(item, goalLabel)) return { category: 'sprintGoal', source: `label "${goalLabel}"` };
  if (item.parentId && goalIds.has(item.parentId)) return { category: 'sprintGoal', source: 'sub-issue of a goal' };
  return { category: 'planned', source: 'none of the above' };
}

export function derivation(fields: BoardFields, goalLabel: string): string[] {
  const lines: string[] = [];
  const field = fields.workType;
  if (field) {
    const mapped = field.options
      .map((o) => ({ name: o.name, category: optionCategory(field.name, o.name) }))
      .filter((o): o is { name: string; category: WorkCategory } => !!o.category)
      .map((o) => `${o.name} → ${WORK_CATEGORIES.find((c) => c.id === o.category)!.label.toLowerCase()}`);
    lines.push(mapped.length ? `The board's "${field.name}" field decides first: ${mapped.join(', ')}.` : `The board's "${field.name}" field has no option that names a category, so labels decide.`);
  } else {
    lines.push('The board has no work-type or Unplanned field, so labels decide.');
  }
  lines.push(`Support: label "${SUPPORT_LABEL}". Upstream community: label "${UPSTREAM_LABEL}".`);
  lines.push(goalLabel ? `Sprint goal: label "${goalLabel}", or a sub-issue of such an issue.` : 'Sprint goal: a sub-issue of a goal.');
  lines.push('Other planned work: every other item in the iteration.');
  lines.push(fields.estimate ? `Points: the sum of the "${fields.estimate.name}" field.` : 'The board has no estimate field, so items are counted, not points.');
  lines.push('Interruption hours: support tickets count as support, incidents and pages as reactive, upstream community as upstream; other kinds as other planned work.');
  return lines;
}

/** Interruption hours per iteration (by `titleIndex`) and category, each share's hours added in the shares' order. */
function interruptionHours(shares: ShareTable, iterations: number): Float64Array {
  const categoryOfKind = shares.kinds.map((kind) => CATEGORY_INDEX.get(KIND_CATEGORY.get(kind) ?? 'planned')!);
  const hours = new Float64Array(iterations * WORK_CATEGORIES.length);
  for (let i = 0; i < shares.size; i++) {
    hours[shares.iteration[i] * WORK_CATEGORIES.length + categoryOfKind[shares.kind[i]]] += shares.minutes[i] / 60;
  }
  return hours;
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
  const byIteration = spans.map((span) => {
    const inIteration = itemsIn.get(span.iteration.id) ?? [];
    const goalIds = new Set(goalIssueIds(inIteration, { label: goalLabel, includeParents: false }));
    const tallies = new Map<WorkCategory, CategoryTally>(
      WORK_CATEGORIES.map((c) => [c.id, { category: c.id, items: 0, ...(hasEstimates ? { points: 0 } : {}), interruptionHours: 0, sources: {} }]),
    );
    for (const item of inIteration) {
      const { category, source } = classify(item, fields, goalIds, goalLabel);
      const tally = tallies.get(category)!;
      tally.items += 1;
      tally.sources[source] = (tally.sources[source] ?? 0) + 1;
      if (tally.points !== undefined) tally.points += estimateOf(item, fields) ?? 0;
    }
    const categories = [...tallies.values()].map((t, c) => ({
      ...t,
      interruptionHours: Math.round(hours[span.titleIndex * WORK_CATEGORIES.length + c] * 100) / 100,
    }));
    return { iteration: span.iteration.title, categories };
  });
  return { byIteration, derivation: derivation(fields, goalLabel), hasEstimates };
}
