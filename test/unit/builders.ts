import { BoardFields, Iteration, IterationField, Project, ProjectField, SelectOption, SingleSelectField, SprintItem } from '../../src/core/model';

/** Small builders for core fixtures: a test names only what it is about. */

let nextId = 1;
const id = (prefix: string) => `${prefix}_${nextId++}`;

export function iteration(title: string, startDate: string, duration = 14): Iteration {
  return { id: id('it'), title, startDate, duration };
}

export function iterationField(name: string, iterations: Iteration[], completed: Iteration[] = []): IterationField {
  return { kind: 'iteration', id: id('iterfield'), name, iterations, completedIterations: completed };
}

export function option(name: string, color?: string): SelectOption {
  return { id: id('opt'), name, ...(color ? { color } : {}) };
}

export function singleSelect(name: string, optionNames: string[]): SingleSelectField {
  return { kind: 'singleSelect', id: id('ssfield'), name, options: optionNames.map((n) => option(n)) };
}

export function numberField(name: string): ProjectField {
  return { kind: 'number', id: id('numfield'), name };
}

export function project(fields: ProjectField[], title = 'Team board'): Project {
  return { id: id('proj'), title, url: 'https://github.com/orgs/acme/projects/1', fields };
}

export function item(overrides: Partial<SprintItem> = {}): SprintItem {
  const number = nextId++;
  return {
    id: id('item'),
    type: 'ISSUE',
    number,
    title: `Item ${number}`,
    repository: 'acme/api',
    url: `https://github.com/acme/api/issues/${number}`,
    state: 'OPEN',
    assignees: [],
    labels: [],
    selectValues: {},
    iterationValues: {},
    numberValues: {},
    ...overrides,
  };
}

/** An item assigned to someone, in an iteration, with a status option. */
export function sprintItem(
  fields: { iteration: IterationField; status?: SingleSelectField },
  at: { assignee?: string; iteration?: Iteration; status?: string },
  overrides: Partial<SprintItem> = {},
): SprintItem {
  const statusOption = at.status ? fields.status?.options.find((o) => o.name === at.status) : undefined;
  return item({
    assignees: at.assignee ? [at.assignee] : [],
    iterationValues: at.iteration ? { [fields.iteration.id]: at.iteration.id } : {},
    selectValues: statusOption && fields.status ? { [fields.status.id]: statusOption.id } : {},
    ...overrides,
  });
}

export function boardFields(partial: Partial<BoardFields>): BoardFields {
  return { ...partial };
}
