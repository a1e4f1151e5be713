/**
 * What the sprint review needs on the demo board: Iteration 41 (the last one ended) with a start snapshot Mara
 * published as a project status update on its first morning, two items added mid-sprint, one moved out to
 * Iteration 43 mid-sprint, two carried over into Iteration 42 and one sent back to the backlog; the rest of its items
 * done or still open as the history seed left them. `demoReviewFacts` counts the same from the seed's own records,
 * so tests compare the review with the board rather than with numbers written down twice.
 */
import { snapshotBody } from '../../src/core/review/snapshot';
import { IterationInfo, notLaterThanYesterday, put, Seed } from './demoSeed';
import { FieldRec, ItemRec } from './model';
import { GitHubState } from './state';
import { addStatusUpdate } from './statusUpdates';
import { addDays, atHour } from './time';

export const DEMO_REVIEW_ITERATION = 'Iteration 41';

export interface DemoReviewFacts {
  committed: ItemRec[];
  added: ItemRec[];
  removed: ItemRec[];
  carriedToNext: ItemRec[];
  toBacklog: ItemRec[];
}

const facts = new WeakMap<GitHubState, DemoReviewFacts>();

export function demoReviewFacts(state: GitHubState): DemoReviewFacts | undefined {
  return facts.get(state);
}

function iterationField(seed: Seed): FieldRec {
  return seed.board.fields.find((f) => f.dataType === 'ITERATION')!;
}

function itemsIn(seed: Seed, info: IterationInfo): ItemRec[] {
  const field = iterationField(seed);
  const id = field.iterationConfig!.iterations.find((it) => it.title === info.title)!.id;
  return seed.board.items.filter((item) => {
    const value = item.values.get(field.id);
    return value?.type === 'iteration' && value.iterationId === id && !item.isArchived;
  });
}

/** Sets when an item's iteration value was last set (GitHub's ProjectV2ItemFieldIterationValue.updatedAt). */
function iterationSetAt(seed: Seed, item: ItemRec, at: Date): void {
  const value = item.values.get(iterationField(seed).id);
  if (value) value.updatedAt = at;
}

export function reviewHistory(seed: Seed): void {
  const [it41, it42, it43] = [41, 42, 43].map((n) => seed.iterations.find((it) => it.number === n)!);
  const [, kenji, priya] = seed.team;
  const in41 = itemsIn(seed, it41);
  const regular = in41.filter((i) => i.content?.kind === 'Issue' && !i.content.labels.length && !i.content.parent);

  // Two regular items joined on day 3 of the iteration: scope added after the start.
  const added = regular.slice(-2);
  for (const item of added) {
    const at = atHour(addDays(it41.startDate, 3), 10);
    item.createdAt = at;
    iterationSetAt(seed, item, at);
  }
  // Committed, then moved to Iteration 43 on day 5: removed.
  const removed = put(seed, { repo: seed.repos.web, title: 'Prototype the usage heatmap', iteration: it43, assignees: [priya], status: 'Refined', estimate: 5, createdOn: addDays(it41.startDate, -6) }).item;
  iterationSetAt(seed, removed, atHour(addDays(it41.startDate, 5), 11));
  // Committed, not finished, moved into Iteration 42 on its first morning: carried over.
  const carriedToNext = [
    put(seed, { repo: seed.repos.api, title: 'Stream large exports to object storage', iteration: it42, assignees: [kenji], status: 'In progress', estimate: 5, createdOn: addDays(it41.startDate, -4) }).item,
    put(seed, { repo: seed.repos.infra, title: 'Alert on certificate expiry', iteration: it42, assignees: [priya], status: 'Up Next', estimate: 2, createdOn: addDays(it41.startDate, -3) }).item,
  ];
  for (const item of carriedToNext) iterationSetAt(seed, item, atHour(it42.startDate, 8));
  // Committed, not started, and sent back to the backlog.
  const toBacklog = [put(seed, { repo: seed.repos.web, title: 'Explore a command palette for the dashboard', assignees: [], status: 'Refined', estimate: 3, createdOn: addDays(it41.startDate, -9) }).item];

  const committed = [...in41.filter((i) => !added.includes(i)), removed, ...carriedToNext, ...toBacklog];
  const estimateField = seed.board.fields.find((f) => f.name === 'Estimate')!;
  const estimate = (item: ItemRec) => {
    const value = item.values.get(estimateField.id);
    return value?.type === 'number' ? value.number : undefined;
  };
  const takenAt = atHour(it41.startDate, 9);
  const snapshot = {
    iterationId: iterationField(seed).iterationConfig!.iterations.find((it) => it.title === it41.title)!.id,
    iterationTitle: it41.title,
    by: seed.viewer.login,
    takenAt: takenAt.toISOString(),
    items: committed.map((item) => {
      const points = estimate(item);
      return { itemId: item.id, ...(points === undefined ? {} : { estimate: points }) };
    }),
  };
  const points = snapshot.items.reduce((sum, i) => sum + (i.estimate ?? 0), 0);
  addStatusUpdate(seed.state, seed.board, seed.viewer, { body: snapshotBody(snapshot, points, []), startDate: it41.startDate, targetDate: it41.endDate }, takenAt);
  facts.set(seed.state, { committed, added, removed: [removed], carriedToNext, toBacklog });
  recordStartOf(seed, it42, kenji, estimate);
}

/** Kenji recorded the start of the running iteration on its first morning: Sprint Flow has nothing to offer on the demo. */
function recordStartOf(seed: Seed, info: IterationInfo, by: Seed['team'][number], estimate: (item: ItemRec) => number | undefined): void {
  const takenAt = notLaterThanYesterday(seed, atHour(info.startDate, 9));
  const field = iterationField(seed);
  const items = itemsIn(seed, info).filter((item) => {
    const setAt = item.values.get(field.id)?.updatedAt ?? item.createdAt;
    return item.createdAt <= takenAt && setAt <= takenAt;
  });
  const snapshot = {
    iterationId: field.iterationConfig!.iterations.find((it) => it.title === info.title)!.id,
    iterationTitle: info.title,
    by: by.login,
    takenAt: takenAt.toISOString(),
    items: items.map((item) => {
      const points = estimate(item);
      return { itemId: item.id, ...(points === undefined ? {} : { estimate: points }) };
    }),
  };
  const points = snapshot.items.reduce((sum, i) => sum + (i.estimate ?? 0), 0);
  addStatusUpdate(seed.state, seed.board, by, { body: snapshotBody(snapshot, points, []), startDate: info.startDate, targetDate: info.endDate }, takenAt);
}
