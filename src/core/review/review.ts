import { dayNumber, isoDateOfDay, startOfDay } from '../calendar';
import { describeLeftOut } from '../records/authorship';
import { BoardFields, SelectOption } from '../model';
import { burnUp } from './burnUp';
import { describeDerivations } from './derivations';
import { Destination, GoalRow, ReviewItem, ReviewOptions, ReviewSource, SprintReview, Tally, UpdateStatus } from './model';
import { ClassifiedRow, classifyRows, IterationBounds } from './rows';
import * as l10n from '@vscode/l10n';
import { sumOfPoints } from '../points';

/**
 * The Status option that means done: named "Done" (or like it), else the board's last option that is not its
 * blocked one (boards whose options name no "Done" often end with "On hold" or "Blocked").
 */
export function doneOptionOf(fields: BoardFields): SelectOption | undefined {
  const options = fields.status?.options ?? [];
  const notBlocked = options.filter((o) => o.id !== fields.blockedOption?.id);
  return (
    options.find((o) => o.name.trim().toLowerCase() === 'done') ??
    options.find((o) => /\b(done|complete|completed|shipped|closed)\b/i.test(o.name.slice(0, 200))) ??
    notBlocked[notBlocked.length - 1]
  );
}

function tally(rows: readonly ClassifiedRow[], hasEstimates: boolean, estimate: (row: ClassifiedRow) => number | undefined = (r) => r.estimate): Tally {
  const points = sumOfPoints(rows.map(estimate));
  return { items: rows.length, ...(hasEstimates ? { points } : {}) };
}

/** The iteration's issues labelled as goals, and the board's issues that are parents of `children`. */
function goalItems(items: readonly ReviewItem[], children: readonly ReviewItem[], iterationId: string, goalLabel: string): ReviewItem[] {
  const label = goalLabel.trim().toLowerCase();
  const parentIds = new Set(children.map((i) => i.parentId).filter((id): id is string => !!id));
  return items.filter(
    (item) => item.type === 'ISSUE' && ((item.iterationId === iterationId && !!label && item.labels.some((l) => l.toLowerCase() === label)) || (!!item.contentId && parentIds.has(item.contentId))),
  );
}

/** Issue node ids of every item that may be a goal of the review, before its items are classified: whose commits to read. */
export function goalCandidateIds(items: readonly ReviewItem[], iterationId: string, goalLabel: string): string[] {
  return goalItems(items, items, iterationId, goalLabel).map((item) => item.contentId).filter((id): id is string => !!id);
}

/** Goals: the iteration's items labelled as goals, and parents of its sub-issues that are on the board. */
function goalRows(rows: readonly ClassifiedRow[], source: ReviewSource, goalLabel: string): GoalRow[] {
  const inScope = rows.filter((r) => r.outcome !== 'removed');
  const goals = goalItems(source.items, inScope.map((r) => r.item), source.iteration.id, goalLabel);
  const outcomeOf = new Map(rows.map((r) => [r.itemId, r.outcome]));
  return goals.map((goal) => {
    const subIssues = inScope.filter((r) => r.item.parentId !== undefined && r.item.parentId === goal.contentId);
    const done = subIssues.filter((r) => r.outcome === 'done').length;
    const goalDone = outcomeOf.get(goal.itemId) === 'done';
    return {
      reference: goal.reference,
      title: goal.title,
      ...(goal.url ? { url: goal.url } : {}),
      subIssues: { total: subIssues.length, done },
      linkedCommits: goal.linkedCommits ?? 0,
      met: goalDone || (subIssues.length > 0 && done === subIssues.length),
    };
  });
}

/** What the numbers suggest: done against scope (and, while running, against the time gone). */
export function suggestStatus(done: number, scope: number, goals: readonly GoalRow[], elapsedShare: number, ended: boolean): UpdateStatus {
  if (scope === 0) return 'INACTIVE';
  const share = done / scope;
  const goalsMet = goals.every((g) => g.met);
  if (ended) return share >= 0.85 && goalsMet ? 'ON_TRACK' : share >= 0.6 ? 'AT_RISK' : 'OFF_TRACK';
  if (share >= elapsedShare - 0.1) return 'ON_TRACK';
  return share >= elapsedShare - 0.3 ? 'AT_RISK' : 'OFF_TRACK';
}

export function iterationBounds(source: Pick<ReviewSource, 'iteration'>, options: Pick<ReviewOptions, 'timeZone' | 'now'>): IterationBounds {
  const first = dayNumber(source.iteration.startDate);
  const start = startOfDay(first, options.timeZone);
  const end = startOfDay(first + source.iteration.duration, options.timeZone);
  return { start, end, asOf: Math.min(options.now.getTime(), end) };
}

export function buildSprintReview(source: ReviewSource, options: ReviewOptions): SprintReview {
  const { iteration, fields } = source;
  const hasEstimates = !!fields.estimate;
  const bounds = iterationBounds(source, options);
  const snapshot = source.snapshots.find((s) => s.iterationId === iteration.id);
  const rows = classifyRows(source.items, {
    iteration,
    iterations: source.iterations,
    bounds,
    snapshot,
    snapshots: source.snapshots,
    doneOption: doneOptionOf(fields),
  });
  const ended = bounds.asOf >= bounds.end;
  const committed = rows.filter((r) => r.committed);
  const added = rows.filter((r) => r.addedAfterStart);
  const removed = rows.filter((r) => r.outcome === 'removed');
  const inScope = rows.filter((r) => r.outcome !== 'removed');
  const done = rows.filter((r) => r.outcome === 'done');
  const carried = rows.filter((r) => r.outcome === 'carried-over');
  const byDestination: Record<Destination, number> = { 'next-iteration': 0, 'other-iteration': 0, backlog: 0, 'still-in-iteration': 0 };
  for (const row of carried) byDestination[row.destination ?? 'still-in-iteration'] += 1;
  const scope = tally(inScope, hasEstimates);
  const addedTally = tally(added, hasEstimates);
  const goals = goalRows(rows, source, options.goalLabel);
  const doneTally = tally(done, hasEstimates);
  const measure = (t: Tally) => (hasEstimates ? t.points ?? 0 : t.items);
  const elapsed = Math.max(0, Math.min(1, (bounds.asOf - bounds.start) / Math.max(1, bounds.end - bounds.start)));
  const leftOut = describeLeftOut(source.snapshotsLeftOut).map((s) => l10n.t('{0} (sprint-start snapshots).', s));
  return {
    projectTitle: source.projectTitle,
    projectUrl: source.projectUrl,
    iteration: {
      id: iteration.id,
      title: iteration.title,
      startDate: iteration.startDate,
      endDate: isoDateOfDay(dayNumber(iteration.startDate) + iteration.duration - 1),
    },
    phase: ended ? 'ended' : 'running',
    timeZone: options.timeZone,
    generatedAt: options.now.toISOString(),
    hasEstimates,
    committed: tally(committed, hasEstimates, (r) => r.committedEstimate),
    added: { ...addedTally, share: scope.items ? Math.round((added.length / scope.items) * 1000) / 1000 : 0 },
    removed: tally(removed, hasEstimates),
    scope,
    done: doneTally,
    carriedOver: { ...tally(carried, hasEstimates), byDestination },
    rows: rows.map(({ item: _item, history: _history, committedEstimate: _estimate, ...row }) => row),
    goals,
    burnUp: burnUp(rows, iteration, bounds, options.timeZone, hasEstimates),
    ...(source.team ? { team: source.team } : {}),
    derivations: describeDerivations(source, { snapshot, rows, hasEstimates }),
    suggestedStatus: suggestStatus(measure(doneTally), measure(scope), goals, elapsed, ended),
    statusUpdates: [...source.statusUpdates].sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
    leftOut,
    hasSnapshot: !!snapshot,
  };
}
