import { goalIssueIds, GoalRules, IterationItem } from '../../core/goals';
import { BoardFields, Iteration, ProjectRef } from '../../core/model';
import { discoverFields, FieldOverrides } from '../../core/fieldDiscovery';
import { dayNumber, isoDateOfDay } from '../../core/calendar';
import { currentIteration } from '../../core/iteration';
import { allIterations } from '../../core/report/range';
import { StatusUpdate } from '../../core/review/model';
import { chooseSnapshots, snapshotBody, takeSnapshot } from '../../core/review/snapshot';
import { estimateOf } from '../../core/sprint';
import { GitHubApi } from '../api';
import { readProjectBoard } from '../projectBoard';
import { readIterationItems } from '../reportLoader';
import { createStatusUpdate, deleteStatusUpdate, readStatusUpdates } from './statusUpdates';
import * as l10n from '@vscode/l10n';
import { sumOfPoints } from '../../core/points';

export type SnapshotResult =
  | { kind: 'published'; update: StatusUpdate; iteration: Iteration; items: number }
  | { kind: 'exists'; update: { id: string; by: string; postedAt: string }; iteration: Iteration }
  | { kind: 'problem'; message: string };

export interface SnapshotOptions {
  /** An iteration's title; absent: the one running today. */
  iteration?: string;
  fieldOverrides: FieldOverrides;
  goals: GoalRules;
  now: Date;
  timeZone: string;
}

function snapshotItems(items: readonly IterationItem[], fields: BoardFields, goals: GoalRules) {
  const goalIds = new Set(goalIssueIds(items, goals));
  return items.map((item) => {
    const estimate = estimateOf(item, fields);
    return { itemId: item.id, ...(estimate === undefined ? {} : { estimate }), ...(item.contentId && goalIds.has(item.contentId) ? { goal: true } : {}) };
  });
}

/** Whether a team member has published the start snapshot of an iteration: one read of the project's status updates. */
export async function hasStartSnapshot(api: GitHubApi, projectId: string, iterationId: string): Promise<boolean> {
  return chooseSnapshots(await readStatusUpdates(api, projectId)).byIteration.has(iterationId);
}

/**
 * Publishes the iteration's start snapshot as a project status update, once: when a team member's snapshot is
 * there already nothing is written; when two people publish at once, the later one sees the earlier one after
 * writing and takes its own back, so one snapshot stays.
 */
export async function publishStartSnapshot(api: GitHubApi, ref: ProjectRef, options: SnapshotOptions): Promise<SnapshotResult> {
  const { project, viewer } = await readProjectBoard(api, ref);
  const { fields } = discoverFields(project, options.fieldOverrides);
  if (!fields.iteration) return { kind: 'problem', message: l10n.t('The board "{0}" has no iteration field.', project.title) };
  const iterations = allIterations(fields.iteration);
  const iteration = options.iteration
    ? iterations.find((it) => it.title.toLowerCase() === options.iteration!.trim().toLowerCase())
    : currentIteration(iterations, options.now, options.timeZone);
  if (!iteration) {
    return { kind: 'problem', message: options.iteration ? l10n.t('The board has no iteration named "{0}".', options.iteration) : l10n.t('No iteration is running today, so there is no start to record.') };
  }
  const existing = chooseSnapshots(await readStatusUpdates(api, project.id)).byIteration.get(iteration.id);
  if (existing) return { kind: 'exists', iteration, update: { id: existing.updateId, by: existing.by, postedAt: existing.postedAt } };

  // Only the items: the snapshot records no blockers or interruptions, so their comments are not read.
  const source = await readIterationItems(api, { projectTitle: project.title, projectUrl: project.url, projectId: project.id, fields, iterations: [iteration], now: options.now });
  const items = snapshotItems(source.items, fields, options.goals);
  const snapshot = takeSnapshot(iteration, viewer, options.now, items);
  const points = fields.estimate ? sumOfPoints(items.map((i) => i.estimate)) : undefined;
  const goalTitles = source.items.filter((i) => items.find((s) => s.itemId === i.id)?.goal).map((i) => (i.repository ? `${i.repository}#${i.number}` : i.title));
  const created = await createStatusUpdate(api, project.id, {
    body: snapshotBody(snapshot, points, goalTitles),
    startDate: iteration.startDate,
    targetDate: isoDateOfDay(dayNumber(iteration.startDate) + iteration.duration - 1),
  });
  const winner = chooseSnapshots(await readStatusUpdates(api, project.id)).byIteration.get(iteration.id);
  if (winner && winner.updateId !== created.id) {
    // Best effort: should the delete fail, readers still take the earliest snapshot and count this one as left out.
    await deleteStatusUpdate(api, created.id).catch(() => undefined);
    return { kind: 'exists', iteration, update: { id: winner.updateId, by: winner.by, postedAt: winner.postedAt } };
  }
  return { kind: 'published', update: created, iteration, items: items.length };
}
