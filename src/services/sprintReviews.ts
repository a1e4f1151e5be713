import * as vscode from 'vscode';
import { defaultTimeZone } from '../core/calendar';
import { parseProjectUrl } from '../core/projectUrl';
import { reviewMarkdown } from '../core/review/markdown';
import { SprintReview, UpdateStatus } from '../core/review/model';
import { buildSprintReview } from '../core/review/review';
import { parseRepository } from '../core/teamLog';
import { toGitHubError } from '../github/errors';
import { GitHubApi } from '../github/api';
import { ProjectRef } from '../core/model';
import { loadSprintReview } from '../github/review/reviewLoader';
import { hasStartSnapshot, publishStartSnapshot, SnapshotResult } from '../github/review/startSnapshot';
import { createStatusUpdate } from '../github/review/statusUpdates';
import { GitHubAccount } from './githubAccount';
import { fieldOverrides, goalSettings, hoursPerDaySetting, projectUrlSetting, teamLogRepositorySetting } from './settings';

export type ReviewRead = { kind: 'ready'; review: SprintReview; projectId: string; availableIterations: string[] } | { kind: 'problem'; message: string };

/** Reads sprint reviews and writes what the review publishes: the sprint-start snapshot and the status update. */
export class SprintReviews {
  constructor(
    private readonly account: GitHubAccount,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  private async api(): Promise<{ problem: string } | { api: GitHubApi; ref: ProjectRef }> {
    const projectUrl = projectUrlSetting();
    if (!projectUrl) return { problem: vscode.l10n.t('Choose your team\'s GitHub project with "Sprint Flow: Select Project" first.') };
    const api = await this.account.api();
    if (!api) return { problem: vscode.l10n.t('Sign in to GitHub to read the sprint review.') };
    return { api, ref: parseProjectUrl(projectUrl) };
  }

  async read(iteration: string | undefined): Promise<ReviewRead> {
    const reached = await this.api();
    if ('problem' in reached) return { kind: 'problem', message: reached.problem };
    const { api, ref } = reached;
    const before = { ...api.tally };
    try {
      const repository = parseRepository(teamLogRepositorySetting());
      const now = new Date();
      const load = await loadSprintReview(api, ref, {
        ...(iteration ? { iteration } : {}),
        fieldOverrides: fieldOverrides(),
        ...(repository ? { teamLogRepository: repository } : {}),
        hoursPerDay: hoursPerDaySetting(),
        goalLabel: goalSettings().label,
        now,
        timeZone: defaultTimeZone(),
      });
      if (load.kind === 'problem') return load;
      const review = buildSprintReview(load.source, { timeZone: defaultTimeZone(), now, goalLabel: goalSettings().label });
      this.log.info(`Read the sprint review of ${review.iteration.title}: ${review.rows.length} items (${api.tally.requests - before.requests} requests, rate-limit cost ${api.tally.cost - before.cost}).`);
      return { kind: 'ready', review, projectId: load.projectId, availableIterations: load.availableIterations };
    } catch (error) {
      const problem = toGitHubError(error);
      this.log.warn(`Reading the sprint review failed (${problem.problem}): ${problem.message}`);
      return { kind: 'problem', message: problem.message };
    }
  }

  /** Writes the review as a project status update; resolves with its id. */
  async publish(review: SprintReview, projectId: string, status: UpdateStatus): Promise<string> {
    const reached = await this.api();
    if ('problem' in reached) throw new Error(reached.problem);
    const update = await createStatusUpdate(reached.api, projectId, {
      body: reviewMarkdown(review),
      startDate: review.iteration.startDate,
      targetDate: review.iteration.endDate,
      status,
    });
    this.log.info(`Published the sprint review of ${review.iteration.title} as status update ${update.id}.`);
    return update.id;
  }

  /** Whether the start of an iteration is recorded; undefined when GitHub could not say. */
  async hasStartSnapshot(projectId: string, iterationId: string): Promise<boolean | undefined> {
    const reached = await this.api();
    if ('problem' in reached) return undefined;
    try {
      return await hasStartSnapshot(reached.api, projectId, iterationId);
    } catch (error) {
      this.log.warn(`Reading the project's status updates failed: ${toGitHubError(error).message}`);
      return undefined;
    }
  }

  async publishStartSnapshot(iteration: string | undefined): Promise<SnapshotResult> {
    const reached = await this.api();
    if ('problem' in reached) return { kind: 'problem', message: reached.problem };
    try {
      return await publishStartSnapshot(reached.api, reached.ref, {
        ...(iteration ? { iteration } : {}),
        fieldOverrides: fieldOverrides(),
        goals: { label: goalSettings().label, includeParents: goalSettings().includeParents },
        now: new Date(),
        timeZone: defaultTimeZone(),
      });
    } catch (error) {
      return { kind: 'problem', message: toGitHubError(error).message };
    }
  }
}
