import { dayNumber, localDate } from '../../core/calendar';
import { discoverFields, FieldOverrides } from '../../core/fieldDiscovery';
import { Iteration, ProjectRef } from '../../core/model';
import { allIterations } from '../../core/report/range';
import { buildTeamReport } from '../../core/report/teamReport';
import { ReviewItem, ReviewSource } from '../../core/review/model';
import { goalCandidateIds } from '../../core/review/review';
import { chooseSnapshots } from '../../core/review/snapshot';
import { linkedCommits } from '../../core/goalTimeline';
import { readGoalDetails } from '../goalsLoader';
import { teamFigures } from '../../core/review/teamFigures';
import { RepositoryName } from '../../core/teamLog';
import { GitHubApi } from '../api';
import { supportsProjectItemHistory } from '../capabilities';
import { readProjectBoard } from '../projectBoard';
import { loadReportSource } from '../reportLoader';
import { readReviewItems } from './reviewItems';
import { readStatusUpdates } from './statusUpdates';
import * as l10n from '@vscode/l10n';

/** The name of GitHub's own Status field, the one whose changes the project-item history records. */
const BUILT_IN_STATUS = 'Status';

export interface ReviewLoadOptions {
  /** An iteration's title (any case); absent: the one that ended last, or the current one if none has ended. */
  iteration?: string;
  fieldOverrides: FieldOverrides;
  teamLogRepository?: RepositoryName;
  hoursPerDay: number;
  goalLabel: string;
  now: Date;
  timeZone: string;
}

export type ReviewLoad =
  | { kind: 'ready'; source: ReviewSource; projectId: string; viewer: string; availableIterations: string[] }
  | { kind: 'problem'; message: string };

/** The iteration the review opens on: the one named, else the last one that ended, else the one running. */
export function chooseReviewIteration(iterations: readonly Iteration[], title: string | undefined, now: Date, timeZone: string): Iteration | string {
  if (title) {
    const wanted = title.trim().toLowerCase();
    return iterations.find((it) => it.title.toLowerCase() === wanted) ?? l10n.t('The board has no iteration named "{0}".', title);
  }
  const today = dayNumber(localDate(now, timeZone));
  const ended = iterations.filter((it) => dayNumber(it.startDate) + it.duration <= today);
  const started = iterations.filter((it) => dayNumber(it.startDate) <= today);
  return ended[ended.length - 1] ?? started[started.length - 1] ?? l10n.t('No iteration of this board has started yet.');
}

/**
 * Everything the review counts: the board, the project's status updates (snapshots and earlier reviews), the team
 * report's reading of the iteration (items, blockers, interruptions), then the iteration's items and the snapshot's
 * items wherever they are now, 100 a request, with their timelines.
 */
export async function loadSprintReview(api: GitHubApi, ref: ProjectRef, options: ReviewLoadOptions): Promise<ReviewLoad> {
  const { project, viewer } = await readProjectBoard(api, ref);
  const { fields } = discoverFields(project, options.fieldOverrides);
  if (!fields.iteration) {
    return { kind: 'problem', message: l10n.t('The board "{0}" has no iteration field, so there is no sprint to review. Add one on GitHub, or name it in the sprintFlow.fields.iteration setting.', project.title) };
  }
  const iterations = allIterations(fields.iteration);
  const iteration = chooseReviewIteration(iterations, options.iteration, options.now, options.timeZone);
  if (typeof iteration === 'string') return { kind: 'problem', message: iteration };

  const [updates, itemHistory, report] = await Promise.all([
    readStatusUpdates(api, project.id),
    supportsProjectItemHistory(api),
    loadReportSource(api, {
      projectTitle: project.title,
      projectUrl: project.url || ref.url,
      projectId: project.id,
      fields,
      iterations: [iteration],
      ...(options.teamLogRepository ? { teamLogRepository: options.teamLogRepository } : {}),
      now: options.now,
    }),
  ]);
  const snapshots = chooseSnapshots(updates);
  const snapshot = snapshots.byIteration.get(iteration.id);
  const ids = [...new Set([...report.items.map((i) => i.id), ...(snapshot?.items.map((i) => i.itemId) ?? [])])];
  // GitHub's item history records changes of the built-in Status field only: it tells nothing about another field.
  const statusHistory = itemHistory && fields.status?.name === BUILT_IN_STATUS;
  const items = await readReviewItems(api, project.id, ids, fields, statusHistory);
  await countGoalCommits(api, items, iteration.id, options.goalLabel);
  const teamReport = buildTeamReport(report, { hoursPerDay: options.hoursPerDay, timeZone: options.timeZone, now: options.now, goalLabel: options.goalLabel });
  const today = localDate(options.now, options.timeZone);
  return {
    kind: 'ready',
    projectId: project.id,
    viewer,
    availableIterations: iterations.filter((it) => it.startDate <= today || it === iteration).map((it) => it.title),
    source: {
      projectTitle: project.title,
      projectUrl: project.url || ref.url,
      fields,
      iterations,
      iteration,
      items,
      snapshots: [...snapshots.byIteration.values()],
      snapshotsLeftOut: snapshots.leftOut.counts,
      itemHistory,
      team: teamFigures(teamReport, iteration.title),
      statusUpdates: updates,
      readAt: options.now.toISOString(),
    },
  };
}

/**
 * Commits linked to each goal, read and counted as the Sprint Goals view does: referencing commits, the commits of
 * linked pull requests, closing commits and goal-link comments by the team. The goals' ids in one request.
 */
async function countGoalCommits(api: GitHubApi, items: ReviewItem[], iterationId: string, goalLabel: string): Promise<void> {
  const ids = goalCandidateIds(items, iterationId, goalLabel);
  if (!ids.length) return;
  const counts = new Map((await readGoalDetails(api, ids)).map((goal) => [goal.id, linkedCommits(goal.timeline, `${goal.repository}#${goal.number}`).count]));
  for (const item of items) {
    const count = item.contentId ? counts.get(item.contentId) : undefined;
    if (count !== undefined) item.linkedCommits = count;
  }
}
