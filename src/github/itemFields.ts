import { BoardFields, SingleSelectField } from '../core/model';

/**
 * The fields an item document reads, by name: GitHub answers `fieldValueByName` with that one field's value, so an
 * item costs the same whatever else the board carries (no `fieldValues` connection to page on boards with 20+
 * fields). Names come from the board's discovered fields; an optional field the board lacks is left out of the
 * request with `@include(if: false)` rather than asked for under a name GitHub may not know.
 */
export interface ItemFieldNames {
  iteration: string;
  status?: string;
  estimate?: string;
  workType?: string;
  /** The single-select field that marks sprint goals (sprintFlow.goals.field), for the goals view. */
  goal?: string;
}

/** The names of the fields Sprint Flow reads from items on this board; undefined without an iteration field. */
export function itemFieldNames(fields: BoardFields, goalField?: SingleSelectField): ItemFieldNames | undefined {
  if (!fields.iteration) {
    return undefined;
  }
  return {
    iteration: fields.iteration.name,
    ...(fields.status ? { status: fields.status.name } : {}),
    ...(fields.estimate ? { estimate: fields.estimate.name } : {}),
    ...(fields.workType ? { workType: fields.workType.name } : {}),
    ...(goalField ? { goal: goalField.name } : {}),
  };
}

/** Whether two reads asked for the same fields, so that what one read can stand for the other. */
export function sameFieldNames(a: ItemFieldNames, b: ItemFieldNames): boolean {
  return a.iteration === b.iteration && a.status === b.status && a.estimate === b.estimate && a.workType === b.workType && a.goal === b.goal;
}

/** The variables the ItemFieldValues fragment's aliases take (see ITEM_FIELD_VARIABLES in graphql/fragments.ts). */
export function itemFieldVariables(names: ItemFieldNames): Record<string, string | boolean> {
  return {
    iterationField: names.iteration,
    statusField: names.status ?? '',
    hasStatus: names.status !== undefined,
    estimateField: names.estimate ?? '',
    hasEstimate: names.estimate !== undefined,
    workTypeField: names.workType ?? '',
    hasWorkType: names.workType !== undefined,
    goalField: names.goal ?? '',
    hasGoalField: names.goal !== undefined,
  };
}
