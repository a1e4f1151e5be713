import * as vscode from 'vscode';
import { burnUpSeries } from '../core/review/burnUp';
import { DashboardView } from '../webview/protocol';
import { DashboardPanel, DashboardSources } from '../views/dashboardPanel';
import { SprintFlowContext } from './context';

export function dashboardSources(context: SprintFlowContext): DashboardSources {
  return {
    extensionUri: context.extensionUri,
    store: context.store,
    goals: context.work.goals,
    interruptions: context.interruptions,
    log: context.log,
    refresh: () => Promise.all([context.sprintView.refresh(), context.work.goals.refresh()]),
    readBurnUp: async (iteration) => {
      const read = await context.reviews.read(iteration);
      return read.kind === 'ready' ? { state: 'ready', series: burnUpSeries(read.review) } : { state: 'problem', message: vscode.l10n.t('The burn-up could not be read: {0}', read.message) };
    },
  };
}

/**
 * Opens (or reveals) the sprint dashboard. Takes no options; resolves once the sprint, its goals and the team's
 * burn-up are read, with
 * the view the webview was sent (`{ state: 'ready', model }` when there is a sprint).
 */
export async function openDashboard(context: SprintFlowContext): Promise<DashboardView | undefined> {
  const panel = DashboardPanel.show(dashboardSources(context));
  if (context.store.state.kind !== 'sprint') {
    await context.sprintView.refresh();
  }
  if (context.store.state.kind === 'sprint' && context.work.goals.state.kind !== 'goals') {
    // A read of the goals that began before the account or project changed may still be running, and fail: wait
    // for it, then read once more for this sprint.
    const state = await context.work.goals.refresh();
    if (state.kind !== 'goals') await context.work.goals.refresh();
  }
  await panel.burnUpSettled();
  return panel.view;
}
