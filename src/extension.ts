import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { useDisplayLocale } from './core/locale';
import { registerCommands } from './commands';
import { GitHubAccount } from './services/githubAccount';
import { InterruptionStore } from './services/interruptionStore';
import { InterruptionTimer } from './services/interruptionTimer';
import { affectsSprint } from './services/settings';
import { SprintStore } from './services/sprintStore';
import { InterruptionsView } from './views/interruptionsView';
import { InterruptionTimerStatus } from './views/interruptionTimerStatus';
import { SprintView } from './views/sprintView';
import { WorkContext } from './commands/workContext';
import { ActiveItemTracker } from './services/activeItem';
import { AutoTrailer } from './services/autoTrailer';
import { gitApi } from './services/gitApi';
import { GoalsStore } from './services/goalsStore';
import { PendingGoalLinks } from './services/pendingGoalLinks';
import { ActiveItemStatus } from './views/activeItemStatus';
import { GoalsView } from './views/goalsView';
import { TeamReports } from './services/teamReports';
import { DashboardPanel } from './views/dashboardPanel';
import { TeamReportPanel } from './views/teamReportPanel';
import { DASHBOARD_VIEW_TYPE, SPRINT_REVIEW_VIEW_TYPE, TEAM_REPORT_VIEW_TYPE } from './webview/protocol';
import { dashboardSources } from './commands/openDashboard';
import { teamReportSources } from './commands/openTeamReport';
import { SprintFlowContext } from './commands/context';
import { registerStandup, StandupApi } from './commands/standup/register';
import { SprintReviews } from './services/sprintReviews';
import { SprintStartOffer } from './services/sprintStartOffer';
import { SprintReviewPanel } from './views/sprintReviewPanel';
import { sprintReviewSources } from './commands/sprintReview';

/** What activate() returns: used by the integration tests and by other extensions that script Sprint Flow. */
export interface SprintFlowApi {
  store: SprintStore;
  sprintView: SprintView;
  interruptions: InterruptionStore;
  interruptionsView: InterruptionsView;
  interruptionTimerStatus: InterruptionTimerStatus;
  /** Sprint goals, the active item and commit links waiting for a push. */
  work: WorkContext;
  /** The webview panels open now, with the views last posted to them (for tests). */
  panels: { dashboard(): DashboardPanel | undefined; teamReport(): TeamReportPanel | undefined; sprintReview(): SprintReviewPanel | undefined };
  /** How long activate() took, in milliseconds. */
  activationMs: number;
  /** Where Sprint Flow keeps things, for tests that check what it stored and logged (the token-leak test). */
  storage: { logUri: vscode.Uri; globalState: vscode.Memento; workspaceState: vscode.Memento };
  /** The async standup: its service, reminder and Team Standup panel. */
  standup: StandupApi;
  /** The sprint reviews' reads and writes of GitHub (tests build another window's sprint-start offer on them). */
  reviews: SprintReviews;
}

export function activate(context: vscode.ExtensionContext): SprintFlowApi {
  const started = performance.now();
  // src/core and src/github cannot import vscode: their strings come from the same bundle through @vscode/l10n.
  if (vscode.l10n.bundle) l10n.config({ contents: vscode.l10n.bundle });
  useDisplayLocale(vscode.env.language);
  const log = vscode.window.createOutputChannel('Sprint Flow', { log: true });
  const account = new GitHubAccount(context.secrets, context.globalState, (wait) => {
    const message = vscode.l10n.t('GitHub asked Sprint Flow to wait {0} s ({1} rate limit); it will retry then.', wait.seconds, wait.kind);
    log.warn(message);
    vscode.window.setStatusBarMessage(`$(watch) ${message}`, wait.seconds * 1000);
  }, log);
  const store = new SprintStore(account, context.workspaceState, log);
  const sprintView = new SprintView(store);
  const interruptions = new InterruptionStore(context.globalStorageUri.fsPath, account, log);
  const interruptionTimer = new InterruptionTimer(context.globalState);
  const interruptionsView = new InterruptionsView(interruptions, store);
  const interruptionTimerStatus = new InterruptionTimerStatus(interruptionTimer);
  const goals = new GoalsStore(account, store, context.workspaceState, log);
  const activeItem = new ActiveItemTracker(store);
  const pendingLinks = new PendingGoalLinks(account, context.workspaceState, log);
  const work: WorkContext = { goals, goalsView: new GoalsView(goals, store), activeItem, pendingLinks };
  // The Git extension may still be activating: the active item and pending links start once it is there.
  void activeItem.start().then(async () => {
    const git = await gitApi();
    if (git) pendingLinks.start(git);
  });

  const commandContext: SprintFlowContext = {
    account, store, sprintView, log, workspaceState: context.workspaceState, interruptions, interruptionTimer, interruptionsView, work,
    extensionUri: context.extensionUri,
    extensionId: context.extension.id,
    reports: new TeamReports(account, log),
    reviews: new SprintReviews(account, log),
  };
  const standup = registerStandup(context, commandContext);
  context.subscriptions.push(
    ...standup.disposables,
    log,
    account,
    store,
    sprintView,
    interruptions,
    interruptionTimer,
    interruptionsView,
    interruptionTimerStatus,
    goals,
    work.goalsView,
    activeItem,
    pendingLinks,
    new ActiveItemStatus(activeItem),
    new AutoTrailer(activeItem, goals),
    new SprintStartOffer(store, commandContext.reviews, context.globalState, log),
    ...registerCommands(commandContext),
    // Panels open before a reload come back: VS Code activates the extension for them (onWebviewPanel:…).
    vscode.window.registerWebviewPanelSerializer(DASHBOARD_VIEW_TYPE, {
      deserializeWebviewPanel: async (panel) => void DashboardPanel.restore(panel, dashboardSources(commandContext)),
    }),
    vscode.window.registerWebviewPanelSerializer(TEAM_REPORT_VIEW_TYPE, {
      deserializeWebviewPanel: async (panel, state) => void TeamReportPanel.restore(panel, teamReportSources(commandContext), state),
    }),
    vscode.window.registerWebviewPanelSerializer(SPRINT_REVIEW_VIEW_TYPE, {
      deserializeWebviewPanel: async (panel, state) => void SprintReviewPanel.restore(panel, sprintReviewSources(commandContext), state),
    }),
    { dispose: () => (DashboardPanel.open?.dispose(), TeamReportPanel.open?.dispose(), SprintReviewPanel.open?.dispose()) },
    account.onDidChange(() => void sprintView.refresh()),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (affectsSprint(e)) {
        void sprintView.refresh();
      }
      if (e.affectsConfiguration('sprintFlow.goals')) {
        void work.goalsView.refresh();
      }
    }),
  );
  const activationMs = performance.now() - started;
  log.info(`Activated in ${activationMs.toFixed(1)} ms.`);
  const panels = { dashboard: () => DashboardPanel.open, teamReport: () => TeamReportPanel.open, sprintReview: () => SprintReviewPanel.open };
  const storage = { logUri: context.logUri, globalState: context.globalState, workspaceState: context.workspaceState };
  return { store, sprintView, interruptions, interruptionsView, interruptionTimerStatus, work, panels, activationMs, storage, standup: standup.api, reviews: commandContext.reviews };
}

export function deactivate(): void {}
