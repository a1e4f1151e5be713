import * as vscode from 'vscode';
import { reviewMarkdown } from '../core/review/markdown';
import { SprintReview, UpdateStatus } from '../core/review/model';
import { readUpdateStatus, UPDATE_STATUSES } from '../core/review/updateStatus';
import { SprintReviewPanel, SprintReviewSources } from '../views/sprintReviewPanel';
import { SprintFlowContext } from './context';

/** `{ iteration?: 'Iteration 42' }`: default, the iteration that ended last. */
export interface OpenSprintReviewArgs {
  iteration?: string;
}

/** `{ iteration?, status? }`: status is ON_TRACK, AT_RISK, OFF_TRACK, COMPLETE or INACTIVE (any case, `at risk` too); without it a quick pick asks. */
export interface PublishSprintReviewArgs {
  iteration?: string;
  status?: UpdateStatus | string;
}

export function sprintReviewSources(context: SprintFlowContext): SprintReviewSources {
  return {
    extensionUri: context.extensionUri,
    reviews: context.reviews,
    log: context.log,
    exportReview: async (review: SprintReview) => {
      const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: reviewMarkdown(review) });
      await vscode.window.showTextDocument(document, { preview: false });
      return true;
    },
  };
}

/** Opens the review and resolves with its numbers, or undefined when it could not be read. */
export function openSprintReview(context: SprintFlowContext, args?: OpenSprintReviewArgs): Promise<SprintReview | undefined> {
  const panel = SprintReviewPanel.show(sprintReviewSources(context));
  return panel.load(typeof args?.iteration === 'string' ? args.iteration : '');
}

/** Publishes the review of an iteration as a project status update; resolves with the status update's id. */
export async function publishSprintReview(context: SprintFlowContext, args?: PublishSprintReviewArgs): Promise<string | undefined> {
  const status = args?.status === undefined ? undefined : readUpdateStatus(args.status);
  if (args?.status !== undefined && !status) {
    void vscode.window.showErrorMessage(
      vscode.l10n.t('The sprint review was not published: "{0}" is not a status. Use one of {1}.', String(args.status), UPDATE_STATUSES.join(', ')),
    );
    return undefined;
  }
  const panel = SprintReviewPanel.show(sprintReviewSources(context));
  const wanted = typeof args?.iteration === 'string' ? args.iteration : undefined;
  if (!panel.review || (wanted && panel.review.iteration.title.toLowerCase() !== wanted.toLowerCase())) {
    const review = await panel.load(wanted ?? '');
    if (!review) return undefined;
  }
  try {
    return await panel.publish(status);
  } catch (error) {
    void vscode.window.showErrorMessage(vscode.l10n.t('The sprint review was not published: {0}', error instanceof Error ? error.message : String(error)));
    return undefined;
  }
}

/** `{ iteration?: 'Iteration 42' }`: default, the iteration running today. */
export interface PublishSprintStartArgs {
  iteration?: string;
}

/** Publishes the sprint-start snapshot (once per iteration); resolves with the status update id that holds it. */
export async function publishSprintStart(context: SprintFlowContext, args?: PublishSprintStartArgs): Promise<string | undefined> {
  const result = await context.reviews.publishStartSnapshot(typeof args?.iteration === 'string' ? args.iteration : undefined);
  switch (result.kind) {
    case 'published':
      void vscode.window.showInformationMessage(result.items === 1 ? vscode.l10n.t('Recorded the start of {0}: 1 item committed.', result.iteration.title) : vscode.l10n.t('Recorded the start of {0}: {1} items committed.', result.iteration.title, result.items));
      return result.update.id;
    case 'exists':
      void vscode.window.showInformationMessage(vscode.l10n.t('{0} already recorded the start of {1}.', result.update.by, result.iteration.title));
      return result.update.id;
    case 'problem':
      void vscode.window.showWarningMessage(result.message);
      return undefined;
  }
}
