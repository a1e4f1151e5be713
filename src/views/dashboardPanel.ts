import * as vscode from 'vscode';
import { defaultTimeZone } from '../core/calendar';
import { buildDashboard, DashboardBurnUp } from '../core/dashboard';
import { GoalsStore } from '../services/goalsStore';
import { InterruptionStore } from '../services/interruptionStore';
import { hoursPerDaySetting, SETTINGS } from '../services/settings';
import { SprintStore, SprintViewState } from '../services/sprintStore';
import { DASHBOARD_VIEW_TYPE, DashboardNotifications, DashboardRequests, DashboardView } from '../webview/protocol';
import { PanelSlot } from './panelSlot';
import { WebviewChannel } from './webviewChannel';

export interface DashboardSources {
  extensionUri: vscode.Uri;
  store: SprintStore;
  goals: GoalsStore;
  interruptions: InterruptionStore;
  log: vscode.LogOutputChannel;
  refresh: () => Promise<unknown>;
  /** The team's burn-up of an iteration, by title, computed as the sprint review computes it. */
  readBurnUp: (iterationTitle: string) => Promise<DashboardBurnUp>;
}

const slot = new PanelSlot<DashboardPanel>({ viewType: DASHBOARD_VIEW_TYPE, script: 'dashboard', title: () => vscode.l10n.t('Sprint Dashboard') });

/**
 * The sprint dashboard panel: one per window, rebuilt whenever the sprint, the goals or my interruptions change.
 * Its actions run the same commands as the palette.
 */
export class DashboardPanel implements vscode.Disposable {
  readonly channel: WebviewChannel<DashboardRequests, DashboardNotifications>;
  private readonly disposables: vscode.Disposable[] = [];
  private urls = new Map<string, string>();
  private burnUp?: DashboardBurnUp;
  /** The iteration whose burn-up was last asked for, and that read. */
  private burnUpRead?: { iteration: string; done: Promise<void> };

  static show(sources: DashboardSources): DashboardPanel {
    return slot.show(sources.extensionUri, (panel) => new DashboardPanel(panel, sources));
  }

  /** A panel VS Code brings back after a reload (see the serializer in extension.ts). */
  static restore(panel: vscode.WebviewPanel, sources: DashboardSources): DashboardPanel {
    return slot.restore(panel, sources.extensionUri, (opened) => new DashboardPanel(opened, sources));
  }

  static get open(): DashboardPanel | undefined {
    return slot.open;
  }

  private constructor(
    readonly panel: vscode.WebviewPanel,
    private readonly sources: DashboardSources,
  ) {
    this.channel = new WebviewChannel<DashboardRequests, DashboardNotifications>(
      panel.webview,
      {
        openItem: async ({ reference }) => {
          const url = this.urls.get(reference);
          if (url) await vscode.commands.executeCommand('sprintFlow.openItem', { url });
          return !!url;
        },
        flagBlocker: async ({ item }) => (await vscode.commands.executeCommand('sprintFlow.flagBlocker', { item }), true),
        resolveBlocker: async ({ item }) => (await vscode.commands.executeCommand('sprintFlow.resolveBlocker', { item }), true),
        logInterruption: async () => (await vscode.commands.executeCommand('sprintFlow.logInterruption'), true),
        refresh: async () => {
          await sources.refresh();
          this.burnUpRead = undefined;
          this.update();
          return true;
        },
        openSprintReview: async () => {
          const state = sources.store.state;
          await vscode.commands.executeCommand('sprintFlow.openSprintReview', state.kind === 'sprint' ? { iteration: state.snapshot.iteration.title } : {});
          return true;
        },
      },
      sources.log,
    );
    this.disposables.push(
      this.channel,
      sources.store.onDidChange(() => this.update()),
      sources.goals.onDidChange(() => this.update()),
      sources.interruptions.onDidChange(() => this.update()),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration(`${SETTINGS.section}.${SETTINGS.report.hoursPerDay}`) && this.update()),
      panel.onDidDispose(() => this.dispose()),
    );
    this.update();
    if (sources.store.state.kind === 'sprint' && sources.goals.state.kind !== 'goals') {
      void sources.goals.refresh();
    } else if (sources.store.state.kind !== 'sprint') {
      void sources.refresh();
    }
  }

  /** The view last posted to the webview: what the integration tests assert on. */
  get view(): DashboardView | undefined {
    return this.channel.posted.view;
  }

  /** Resolves once the burn-up of the sprint shown now has been read (at once when there is no sprint). */
  async burnUpSettled(): Promise<void> {
    await this.burnUpRead?.done;
  }

  /** Reads the burn-up when the sprint's iteration is not the one last read: once per iteration, and on Refresh. */
  private readBurnUpOf(state: SprintViewState): void {
    if (state.kind !== 'sprint') return;
    const iteration = state.snapshot.iteration.title;
    if (this.burnUpRead?.iteration === iteration) return;
    const done = this.sources.readBurnUp(iteration).then(
      (burnUp) => {
        if (this.burnUpRead?.done !== done) return;
        this.burnUp = burnUp;
        this.update();
      },
      (error: unknown) => {
        if (this.burnUpRead?.done !== done) return;
        this.burnUp = { state: 'problem', message: vscode.l10n.t('The burn-up could not be read: {0}', error instanceof Error ? error.message : String(error)) };
        this.update();
      },
    );
    this.burnUpRead = { iteration, done };
  }

  private update(): void {
    this.readBurnUpOf(this.sources.store.state);
    const view = dashboardView(this.sources.store.state, this.sources, this.burnUp);
    if (view.state === 'ready') {
      const model = view.model;
      this.urls = new Map([
        ...model.statusGroups.flatMap((g) => g.items.flatMap((i) => (i.url ? [[i.reference, i.url] as [string, string]] : []))),
        ...model.goals.goals.flatMap((g) => (g.url ? [[g.reference, g.url] as [string, string]] : [])),
      ]);
      this.panel.title = vscode.l10n.t('Sprint Dashboard · {0}', model.iteration.title);
    }
    this.channel.notify('view', view);
  }

  dispose(): void {
    slot.release(this);
    this.disposables.forEach((d) => d.dispose());
    this.panel.dispose();
  }
}

function dashboardView(state: SprintViewState, sources: DashboardSources, burnUp: DashboardBurnUp | undefined): DashboardView {
  switch (state.kind) {
    case 'loading':
      return { state: 'loading' };
    case 'signedOut':
      return { state: 'message', message: vscode.l10n.t('Sign in to GitHub to see your sprint here. Use "Sprint Flow: Sign in to GitHub" from the Command Palette.') };
    case 'noProject':
      return { state: 'message', message: vscode.l10n.t('Choose your team\'s GitHub project with "Sprint Flow: Select Project" to see your sprint here.') };
    case 'noIterationField':
      return { state: 'message', message: vscode.l10n.t('The board "{0}" has no iteration field, so there is no sprint to show.', state.projectTitle) };
    case 'noCurrentIteration':
      return { state: 'message', message: vscode.l10n.t('No iteration of "{0}" is running today.', state.projectTitle), action: { label: vscode.l10n.t('Refresh'), request: 'refresh' } };
    case 'problem':
      return { state: 'message', message: state.problem.message, action: { label: vscode.l10n.t('Try Again'), request: 'refresh' } };
    case 'sprint': {
      const goals = sources.goals.state;
      const model = buildDashboard({
        snapshot: state.snapshot,
        goals:
          goals.kind === 'goals'
            ? { state: 'ready', goals: goals.snapshot.goals, ...(goals.problem ? { problem: goals.problem } : {}) }
            : goals.kind === 'problem'
              ? { state: 'problem', problem: goals.message, goals: [] }
              : { state: 'loading', goals: [] },
        interruptions: sources.interruptions.entries.map((e) => e.entry),
        hoursPerDay: hoursPerDaySetting(),
        ...(burnUp ? { burnUp } : {}),
        now: new Date(),
        timeZone: defaultTimeZone(),
      });
      return { state: 'ready', model, refreshing: state.refreshing, ...(state.problem ? { problem: state.problem.message } : {}) };
    }
  }
}
