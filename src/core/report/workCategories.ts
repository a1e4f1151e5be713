import { IterationItem } from '../goals';
import { BoardFields } from '../model';
import { WorkCategory } from './model';
import * as l10n from '@vscode/l10n';

export const WORK_CATEGORIES: readonly { id: WorkCategory; label: string }[] = [
  { id: 'sprintGoal', get label() { return l10n.t('Sprint goal'); } },
  { id: 'support', get label() { return l10n.t('Support'); } },
  { id: 'reactive', get label() { return l10n.t('Reactive (unplanned or emergency)'); } },
  { id: 'upstream', get label() { return l10n.t('Upstream community'); } },
  { id: 'planned', get label() { return l10n.t('Other planned work'); } },
];

export const SUPPORT_LABEL = 'support';
export const UPSTREAM_LABEL = 'upstream';

/** Interruption kinds that are work of a category; the rest count as other planned work being displaced. A Map, so a
 *  kind named like an Object method ("constructor") is just another unknown kind. */
export const KIND_CATEGORY = new Map<string, WorkCategory>([
  ['support-ticket', 'support'],
  ['incident', 'reactive'],
  ['upstream-community', 'upstream'],
]);

/** Each category's position in WORK_CATEGORIES. */
export const CATEGORY_INDEX = new Map(WORK_CATEGORIES.map((c, index) => [c.id, index]));

/** A work-type option's category by its name; a field named like "Unplanned" makes every value reactive. */
function optionCategory(fieldName: string, optionName: string): WorkCategory | undefined {
  if (/unplanned/i.test(fieldName) || /unplanned|emergency|reactive|incident|interrupt/i.test(optionName)) return 'reactive';
  if (/support/i.test(optionName)) return 'support';
  if (/upstream|community|open.?source|oss/i.test(optionName)) return 'upstream';
  if (/goal/i.test(optionName)) return 'sprintGoal';
  return undefined;
}

export interface Classification {
  /** The category's position in WORK_CATEGORIES. */
  category: number;
  /** How the item was put in the category, e.g. 'label "support"'. */
  source: string;
}

const classification = (category: WorkCategory, source: string): Classification => ({ category: CATEGORY_INDEX.get(category)!, source });
const SUPPORT = classification('support', `label "${SUPPORT_LABEL}"`);
const UPSTREAM = classification('upstream', `label "${UPSTREAM_LABEL}"`);
const SUB_ISSUE_OF_GOAL = () => classification('sprintGoal', l10n.t('sub-issue of a goal'));
const PLANNED = () => classification('planned', l10n.t('none of the above'));

/** What is the same for every item, worked out once: each work-type option's category, the goal label's case. */
export interface WorkRules {
  workTypeId: string | undefined;
  /** Per work-type option id, its classification, or null for an option that names no category. */
  byOption: Map<string, Classification | null>;
  goal: Classification | undefined;
  /** In lower case. */
  goalLabel: string;
}

export function workRules(fields: BoardFields, goalLabel: string): WorkRules {
  const field = fields.workType;
  const byOption = new Map<string, Classification | null>();
  for (const option of field?.options ?? []) {
    if (byOption.has(option.id)) continue;
    const category = optionCategory(field!.name, option.name);
    byOption.set(option.id, category ? classification(category, `${field!.name}: ${option.name}`) : null);
  }
  return {
    workTypeId: field?.id,
    byOption,
    goal: goalLabel ? classification('sprintGoal', `label "${goalLabel}"`) : undefined,
    goalLabel: goalLabel.toLowerCase(),
  };
}

/**
 * An item's category by what it carries itself, checked in this order: work-type field, support, upstream, goal
 * label. Undefined when none of them decides; see classifyByParent.
 */
export function classifyByItem(rules: WorkRules, item: IterationItem): Classification | undefined {
  const byField = rules.workTypeId === undefined ? undefined : rules.byOption.get(item.selectValues[rules.workTypeId]);
  if (byField) return byField;
  let support = false;
  let upstream = false;
  let goal = false;
  for (const label of item.labels) {
    const lower = label.toLowerCase();
    support ||= lower === SUPPORT_LABEL;
    upstream ||= lower === UPSTREAM_LABEL;
    goal ||= lower === rules.goalLabel;
  }
  if (support) return SUPPORT;
  if (upstream) return UPSTREAM;
  if (rules.goal && goal) return rules.goal;
  return undefined;
}

/** The category of an item its own fields and labels leave open: goal work under one of its iteration's goals, else planned. */
export function classifyByParent(parentId: string | undefined, goalIds: ReadonlySet<string>): Classification {
  return parentId && goalIds.has(parentId) ? SUB_ISSUE_OF_GOAL() : PLANNED();
}

export function derivation(fields: BoardFields, goalLabel: string): string[] {
  const lines: string[] = [];
  const field = fields.workType;
  if (field) {
    const mapped = field.options
      .map((o) => ({ name: o.name, category: optionCategory(field.name, o.name) }))
      .filter((o): o is { name: string; category: WorkCategory } => !!o.category)
      .map((o) => `${o.name} → ${WORK_CATEGORIES.find((c) => c.id === o.category)!.label.toLowerCase()}`);
    lines.push(mapped.length ? l10n.t('The board\'s "{0}" field decides first: {1}.', field.name, mapped.join(', ')) : l10n.t('The board\'s "{0}" field has no option that names a category, so labels decide.', field.name));
  } else {
    lines.push(l10n.t('The board has no work-type or Unplanned field, so labels decide.'));
  }
  lines.push(l10n.t('Support: label "{0}". Upstream community: label "{1}".', SUPPORT_LABEL, UPSTREAM_LABEL));
  lines.push(goalLabel ? l10n.t('Sprint goal: label "{0}", or a sub-issue of such an issue.', goalLabel) : l10n.t('Sprint goal: a sub-issue of a goal.'));
  lines.push(l10n.t('Other planned work: every other item in the iteration.'));
  lines.push(fields.estimate ? l10n.t('Points: the sum of the "{0}" field.', fields.estimate.name) : l10n.t('The board has no estimate field, so items are counted, not points.'));
  lines.push(l10n.t('Interruption hours: support tickets count as support, incidents and pages as reactive, upstream community as upstream; other kinds as other planned work.'));
  return lines;
}
