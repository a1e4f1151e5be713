import * as vscode from 'vscode';
import { refreshPlan } from '../../core/refreshPlan';
import { TeamStandupModel } from '../../core/standup/teamStandup';
import { refreshIntervalMinutes, SETTINGS } from '../../services/settings';
import { Standups } from '../../services/standup/standups';
import { TEAM_STANDUP_VIEW_TYPE, TeamStandupNotifications, TeamStandupRequests, TeamStandupView } from '../../webview/protocol';
import { safeWebUrl } from '../itemPresentation';
import { PanelSlot } from '../panelSlot';
import { WebviewChannel } from '../webviewChannel';

export interface TeamStandupSources {
  extensionUri: vscode.Uri;
  standups: Standups;
  log: vscode.LogOutputChannel;
}

/** Every link the model holds: the only ones the webview may ask the host to open. */
function linksOf(model: TeamStandupModel): Set<string> {
  const links = new Set<string>();
  const add = (url: string | undefined) => url && links.add(url);
  add(model.threadUrl);
  for (const day of model.days) {
    for (const update of day.updates) {
      add(update.commentUrl);
      [...update.done, ...update.doing, ...update.blocked, ...update.commits].forEach((l) => add(l.url));
    }
  }
  model.blockers.forEach((b) => (add(b.url), add(b.commentUrl)));
  return links;
}

const slot = new PanelSlot<TeamStandupPanel>({ viewType: TEAM_STANDUP_VIEW_TYPE, script: 'teamStandup', title: () => vscode.l10n.t('Team Standup') });

/**
 * Team Standup: one panel per window, re-read when the person asks (its Refresh button, or Sprint Flow: Refresh), when
 * an update of mine was posted, and every sprintFlow.refreshIntervalMinutes while it is visible, as My Sprint is.
 */
export class TeamStandupPanel implements vscode.Disposable {
  readonly channel: WebviewChannel<TeamStandupRequests, TeamStandupNotifications>;
  private readonly disposables: vscode.Disposable[] = [];
  private person = '';
  private loading?: Promise<TeamStandupView>;
  private timer?: ReturnType<typeof setInterval>;
  /** When the thread was last read (ms since the epoch): every way of opening the panel reads it at once. */
  private readAt = Date.now();

  static show(sources: TeamStandupSources): TeamStandupPanel {
    return slot.show(sources.extensionUri, (panel) => new TeamStandupPanel(panel, sources));
  }

  static restore(panel: vscode.WebviewPanel, sources: TeamStandupSources, state: unknown): TeamStandupPanel {
    const restored = slot.restore(panel, sources.extensionUri, (opened) => new TeamStandupPanel(opened, sources));
    const person = (state as { view?: { person?: unknown } } | undefined)?.view?.person;
    void restored.load(typeof person === 'string' ? person : '');
    return restored;
  }

  static get open(): TeamStandupPanel | undefined {
    return slot.open;
  }

  private constructor(
    readonly panel: vscode.WebviewPanel,
    private readonly sources: TeamStandupSources,
  ) {
    this.channel = new WebviewChannel<TeamStandupRequests, TeamStandupNotifications>(
      panel.webview,
      {
        load: async ({ person }) => (await this.load(typeof person === 'string' ? person : '')).state === 'ready',
        openLink: async ({ url }) => {
          const view = this.view;
          const target = view?.state === 'ready' && linksOf(view.model).has(url) ? safeWebUrl(url) : undefined;
          return target ? vscode.env.openExternal(target) : false;
        },
        postUpdate: async () => (await vscode.commands.executeCommand('sprintFlow.postStandup'), true),
      },
      sources.log,
    );
    this.disposables.push(
      this.channel,
      panel.onDidDispose(() => this.dispose()),
      sources.standups.onDidChange(() => void this.load(this.person)),
      // Shown or hidden; moving between editor groups or taking focus keeps the timer running as it was.
      panel.onDidChangeViewState(() => panel.visible !== !!this.timer && this.scheduleRefresh()),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration(`${SETTINGS.section}.${SETTINGS.refreshIntervalMinutes}`) && this.scheduleRefresh()),
    );
    this.scheduleRefresh();
  }

  /** Reads the thread again for the person shown now. */
  refresh(): Promise<TeamStandupView> {
    return this.load(this.person);
  }

  /** While the panel is visible: a read when the last is older than the interval, then one every interval. */
  private scheduleRefresh(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    const plan = refreshPlan({ visible: this.panel.visible, minutes: refreshIntervalMinutes(), ageMs: Date.now() - this.readAt });
    if (plan.readNow) {
      void this.refresh();
    }
    if (plan.intervalMs) {
      this.timer = setInterval(() => void this.refresh(), plan.intervalMs);
    }
  }

  /** The view last posted to the webview: what the integration tests assert on. */
  get view(): TeamStandupView | undefined {
    return this.channel.posted.view;
  }

  load(person: string): Promise<TeamStandupView> {
    this.person = person;
    const run = this.run(person);
    this.loading = run;
    return run;
  }

  private async run(person: string): Promise<TeamStandupView> {
    if (this.view?.state !== 'ready') {
      this.channel.notify('view', { state: 'loading', person });
    }
    this.readAt = Date.now();
    const read = await this.sources.standups.readTeam(person || undefined);
    if (this.person !== person && this.loading) {
      return this.loading;
    }
    const view: TeamStandupView = read.kind === 'ready' ? { state: 'ready', person, model: read.model } : { state: 'message', person, message: read.message };
    if (read.kind === 'ready') {
      this.panel.title = vscode.l10n.t('Team Standup · {0}', read.model.iteration);
    }
    this.channel.notify('view', view);
    return view;
  }

  dispose(): void {
    clearInterval(this.timer);
    slot.release(this);
    this.disposables.forEach((d) => d.dispose());
    this.panel.dispose();
  }
}
