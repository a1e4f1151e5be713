/** Constructed histories for the sprint review's arithmetic: a board, its iterations, items and snapshots in a few lines. */
import { BoardFields, Iteration } from '../../../src/core/model';
import { ReviewItem, ReviewSource, StartSnapshot, StatusUpdate } from '../../../src/core/review/model';

export const it40: Iteration = { id: 'it40', title: 'Iteration 40', startDate: '2026-10-19', duration: 14 };
export const it41: Iteration = { id: 'it41', title: 'Iteration 41', startDate: '2026-11-02', duration: 14 };
export const it42: Iteration = { id: 'it42', title: 'Iteration 42', startDate: '2026-11-16', duration: 14 };
export const it43: Iteration = { id: 'it43', title: 'Iteration 43', startDate: '2026-11-30', duration: 14 };
export const ITERATIONS = [it40, it41, it42, it43];

export const fields = (estimates = true): BoardFields => ({
  iteration: { kind: 'iteration', id: 'F_it', name: 'Iteration', iterations: [it42, it43], completedIterations: [it41, it40] },
  status: {
    kind: 'singleSelect',
    id: 'F_st',
    name: 'Status',
    options: [
      { id: 'o_todo', name: 'Up Next' },
      { id: 'o_prog', name: 'In progress' },
      { id: 'o_done', name: 'Done' },
    ],
  },
  ...(estimates ? { estimate: { kind: 'number' as const, id: 'F_est', name: 'Estimate' } } : {}),
});

let counter = 0;

/** Numbers items from 1 again, so a golden file does not depend on which tests ran before. */
export function resetItems(): void {
  counter = 0;
}

/** An issue on the board, in Iteration 42 since before its start unless told otherwise. */
export function item(extra: Partial<ReviewItem> = {}): ReviewItem {
  counter += 1;
  return {
    itemId: `PVTI_${counter}`,
    contentId: `I_${counter}`,
    type: 'ISSUE',
    reference: `acme/api#${counter}`,
    title: `Item ${counter}`,
    assignees: ['mara'],
    labels: [],
    estimate: 2,
    iterationId: it42.id,
    iterationSetAt: '2026-11-12T10:00:00Z',
    addedAt: '2026-11-10T10:00:00Z',
    statusOptionId: 'o_prog',
    state: 'OPEN',
    stateEvents: [],
    ...extra,
  };
}

export function closedAt(at: string): Partial<ReviewItem> {
  return { state: 'CLOSED', closedAt: at, stateEvents: [{ kind: 'closed', at }], statusOptionId: 'o_done', statusSetAt: at };
}

export function snapshot(iteration: Iteration, items: ReviewItem[], extra: Partial<StartSnapshot> = {}): StartSnapshot {
  return {
    iterationId: iteration.id,
    iterationTitle: iteration.title,
    by: 'mara',
    takenAt: `${iteration.startDate}T08:00:00Z`,
    items: items.map((i) => ({ itemId: i.itemId, ...(i.estimate === undefined ? {} : { estimate: i.estimate }) })),
    ...extra,
  };
}

export function source(items: ReviewItem[], extra: Partial<ReviewSource> = {}): ReviewSource {
  return {
    projectTitle: 'Platform Team Sprint Board',
    projectUrl: 'https://github.com/orgs/acme/projects/7',
    fields: fields(),
    iterations: ITERATIONS,
    iteration: it42,
    items,
    snapshots: [],
    snapshotsLeftOut: {},
    itemHistory: false,
    statusUpdates: [] as StatusUpdate[],
    readAt: '2026-12-02T09:00:00Z',
    ...extra,
  };
}

/** After Iteration 42 ended (it ran 2026-11-16 to 2026-11-29). */
export const AFTER_END = new Date('2026-12-02T09:00:00Z');
