/**
 * Each item's part in the iteration: committed at the start or added later, then done, carried over (and where to)
 * or removed. With a start snapshot "committed" is recorded; without one it is estimated from when the item's
 * iteration was last set (or, failing that, when it was added to the board).
 */
import { dayNumber } from '../calendar';
import { Iteration, SelectOption } from '../model';
import { DoneHistory, doneHistory } from './doneness';
import { Destination, ReviewItem, ReviewRow, StartSnapshot } from './model';

export interface IterationBounds {
  /** Instants: the first moment of the first day and of the day after the last, in the review's time zone. */
  start: number;
  end: number;
  /** min(now, end): figures are as of this instant. */
  asOf: number;
}

export interface ClassifiedRow extends ReviewRow {
  item: ReviewItem;
  history: DoneHistory;
  /** Estimate counted for "committed": the snapshot's when there is one. */
  committedEstimate?: number;
}

const time = (iso: string | undefined) => (iso ? Date.parse(iso) : Number.NaN);

export interface RowContext {
  iteration: Iteration;
  /** Every iteration of the board, oldest first. */
  iterations: readonly Iteration[];
  bounds: IterationBounds;
  snapshot?: StartSnapshot;
  /** Every iteration's snapshot, for how often an item was carried over before. */
  snapshots: readonly StartSnapshot[];
  doneOption?: SelectOption;
}

function nextIterationOf(context: RowContext): Iteration | undefined {
  const start = dayNumber(context.iteration.startDate);
  return context.iterations.find((it) => dayNumber(it.startDate) > start);
}

export function classifyRows(items: readonly ReviewItem[], context: RowContext): ClassifiedRow[] {
  const { iteration, bounds, snapshot } = context;
  const inSnapshot = new Map((snapshot?.items ?? []).map((i) => [i.itemId, i]));
  const earlier = context.snapshots.filter((s) => {
    const it = context.iterations.find((i) => i.id === s.iterationId);
    return it && dayNumber(it.startDate) < dayNumber(iteration.startDate);
  });
  const next = nextIterationOf(context);
  const rows: ClassifiedRow[] = [];
  const cutoff = bounds.asOf - 1;
  const ended = bounds.asOf >= bounds.end;
  for (const item of items) {
    const inNow = item.iterationId === iteration.id;
    const joined = time(item.iterationSetAt ?? item.addedAt);
    const fromSnapshot = inSnapshot.get(item.itemId);
    // Without a snapshot, an item whose iteration was set before the start (or with no date at all) was committed.
    const committed = snapshot ? !!fromSnapshot : inNow && !(joined >= bounds.start);
    if (!inNow && !committed) continue;
    const history = doneHistory(item, context.doneOption);
    const done = history.doneAt(cutoff);
    const row: ClassifiedRow = {
      item,
      history,
      itemId: item.itemId,
      reference: item.reference,
      title: item.title,
      ...(item.url ? { url: item.url } : {}),
      assignees: item.assignees,
      ...(item.estimate === undefined ? {} : { estimate: item.estimate }),
      committed,
      addedAfterStart: inNow && !committed,
      outcome: 'in-progress',
      reopened: history.reopened,
      closedAfterEnd: ended && !done && history.doneAt(Number.MAX_SAFE_INTEGER) && history.becameDoneBy(Number.MAX_SAFE_INTEGER)! >= bounds.end,
      carriedBefore: earlier.filter((s) => s.items.some((i) => i.itemId === item.itemId)).length,
    };
    const committedEstimate = fromSnapshot ? fromSnapshot.estimate : item.estimate;
    if (committedEstimate !== undefined) row.committedEstimate = committedEstimate;
    if (row.addedAfterStart && Number.isFinite(joined)) row.joinedAt = new Date(Math.max(joined, bounds.start)).toISOString();
    if (done) {
      row.outcome = 'done';
      const at = history.becameDoneBy(cutoff);
      if (at !== undefined && Number.isFinite(at)) row.doneAt = new Date(at).toISOString();
    } else if (inNow) {
      row.outcome = ended ? 'carried-over' : 'in-progress';
      if (ended) row.destination = 'still-in-iteration';
    } else {
      placeElsewhere(row, item, context, next, ended);
    }
    rows.push(row);
  }
  return rows;
}

/** A committed item no longer in the iteration: removed during it, or carried over after its end. */
function placeElsewhere(row: ClassifiedRow, item: ReviewItem, context: RowContext, next: Iteration | undefined, ended: boolean): void {
  const movedAt = time(item.iterationSetAt);
  const destination: Destination = !item.iterationId ? 'backlog' : item.iterationId === next?.id ? 'next-iteration' : 'other-iteration';
  row.destination = destination;
  const title = context.iterations.find((it) => it.id === item.iterationId)?.title;
  if (title) row.destinationTitle = title;
  // While the iteration runs any move is a removal. After it, an iteration value set before the end moved the item out
  // during the iteration; a value cleared back to the backlog keeps no date, so it counts as carried over.
  const leftDuring = !ended || (!!item.iterationId && movedAt < context.bounds.end);
  row.outcome = leftDuring ? 'removed' : 'carried-over';
  if (Number.isFinite(movedAt)) row.leftAt = item.iterationSetAt;
}
