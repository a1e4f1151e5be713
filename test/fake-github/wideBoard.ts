/**
 * Widens a board to the shape real team boards have: many fields, most of them set on every item. Sprint Flow
 * reads only a few of them; a board read by name costs the same however many there are, and one read by paging an
 * item's `fieldValues` does not, so the bench and the tests compare a board with its widened copy.
 */
import { ensureLabel } from './builders';
import { field, fieldValue, FieldSpec } from './boardBuilders';
import { FieldRec, ProjectRec } from './model';
import { GitHubState } from './state';

/** Fields teams add to their boards, none of which Sprint Flow discovers as one of its own. */
const EXTRA_FIELDS: FieldSpec[] = [
  { name: 'Size', type: 'SINGLE_SELECT', options: ['XS', 'S', 'M', 'L', 'XL'] },
  { name: 'Team', type: 'SINGLE_SELECT', options: ['Payments', 'Identity', 'Edge'] },
  { name: 'Component', type: 'SINGLE_SELECT', options: ['API', 'Web', 'Workers', 'Infra'] },
  { name: 'Customer', type: 'TEXT' },
  { name: 'Ticket', type: 'TEXT' },
  { name: 'Risk', type: 'SINGLE_SELECT', options: ['Low', 'Medium', 'High'] },
  { name: 'Area', type: 'TEXT' },
  { name: 'Quarter', type: 'SINGLE_SELECT', options: ['Q1', 'Q2', 'Q3', 'Q4'] },
  { name: 'Confidence', type: 'NUMBER' },
  { name: 'Start date', type: 'DATE' },
  { name: 'Target date', type: 'DATE' },
  { name: 'Release', type: 'TEXT' },
  { name: 'Effort', type: 'NUMBER' },
  { name: 'Theme', type: 'TEXT' },
  { name: 'Sponsor', type: 'TEXT' },
  { name: 'Review date', type: 'DATE' },
  { name: 'Channel', type: 'TEXT' },
  { name: 'Impact', type: 'NUMBER' },
];

/** Fields of the demo board Sprint Flow never reads, filled like the extra ones. */
const UNREAD_DEMO_FIELDS = ['End date', 'Priority', 'Notes'];
/** Sprint Flow reads this one (work type); it is filled only when an item still has fewer values than asked. */
const LAST_RESORT_FIELD = 'Unplanned';

export interface WideBoardShape {
  /** How many fields the board has afterwards, GitHub's built-in ones included. */
  fields: number;
  /** How many values each item holds afterwards, where the fields allow it. */
  valuesPerItem: number;
}

/**
 * Adds fields until the board has `shape.fields`, placed right after the iteration field so that the fields Sprint
 * Flow reads come late in each item's values (past the first page of 20 a `fieldValues` read would bring), then gives
 * every item values until it holds `shape.valuesPerItem`: the new fields, the demo's unread ones, a harmless label
 * on an issue without one, and last the work type. Which items are in which iteration, status or estimate is unchanged.
 */
export function widenBoard(state: GitHubState, project: ProjectRec, shape: WideBoardShape): void {
  const missing = shape.fields - project.fields.length;
  if (missing < 0 || missing > EXTRA_FIELDS.length) {
    throw new Error(`A board of ${project.fields.length} fields cannot be widened to ${shape.fields}.`);
  }
  const extras = EXTRA_FIELDS.slice(0, missing).map((spec) => field(state, project, spec));
  const afterIteration = project.fields.findIndex((f) => f.dataType === 'ITERATION') + 1;
  project.fields = [...project.fields.slice(0, afterIteration), ...extras, ...project.fields.slice(afterIteration).filter((f) => !extras.includes(f))];

  const byName = (name: string) => project.fields.find((f) => f.name === name);
  const fillable = [...extras, ...UNREAD_DEMO_FIELDS.map(byName)].filter((f): f is FieldRec => !!f);
  const lastResort = byName(LAST_RESORT_FIELD);
  project.items.forEach((item, n) => {
    const count = () => valueCount(item);
    const set = (target: FieldRec) => {
      // The demo's own options (Priority P2, Unplanned Emergency) are the last ones: no item becomes a P0 goal.
      const value = fieldValue(target, sampleValue(target, extras.includes(target) ? n : -1), { updatedAt: item.updatedAt, creator: item.creator });
      if (value && !item.values.has(target.id) && count() < shape.valuesPerItem) item.values.set(target.id, value);
    };
    fillable.forEach(set);
    const content = item.content;
    if (count() < shape.valuesPerItem && content && content.kind !== 'DraftIssue' && content.labels.length === 0) {
      content.labels.push(ensureLabel(state, content.repo, 'tech-debt'));
    }
    if (lastResort) set(lastResort);
  });
}

/** The values an item shows in `fieldValues`: its stored ones and the built-in ones GitHub reads from its content. */
export function valueCount(item: ProjectRec['items'][number]): number {
  const content = item.content;
  const issueLike = content && content.kind !== 'DraftIssue' ? content : null;
  const builtIn = (content ? 1 : 0) + (content?.assignees.length ? 1 : 0) + (issueLike?.labels.length ? 1 : 0) + (issueLike ? 1 : 0);
  return builtIn + item.values.size;
}

/** A value for item `n`; n = -1 takes a single-select field's last option. */
function sampleValue(target: FieldRec, n: number): string | number {
  switch (target.dataType) {
    case 'SINGLE_SELECT':
      return target.options.at(n < 0 ? -1 : n % target.options.length)!.name;
    case 'NUMBER':
      return (Math.abs(n) % 9) + 1;
    case 'DATE':
      return `2026-0${(Math.abs(n) % 9) + 1}-1${Math.abs(n) % 10}`;
    default:
      return `${target.name} note ${n}`;
  }
}
