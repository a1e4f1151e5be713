import * as vscode from 'vscode';
import { defaultTimeZone } from '../core/calendar';
import { formatLocalTime } from '../core/interruptionInput';
import { formatMinutes, formatSprintTotal, interruptionKindLabel } from '../core/interruptions';
import { JournalEntry } from '../core/journal';
import { describeLeftOut } from '../core/records/authorship';
import { teamLogRepositorySetting } from '../services/settings';
import { InterruptionStore } from '../services/interruptionStore';
import { SprintStore } from '../services/sprintStore';
import { SyncReport } from '../services/teamLogSync';
import { isolateBidi, plainMarkdown, safeWebUrl } from './itemPresentation';

export const INTERRUPTIONS_VIEW_ID = 'sprintFlow.interruptions';

const WHEN = new Intl.DateTimeFormat(undefined, { weekday: 'short', hour: '2-digit', minute: '2-digit' });

export type InterruptionNode =
  | { kind: 'total'; label: string; description: string }
  /** What the person should know about the team log: entries of unknown destination, records it ignored. */
  | { kind: 'notice'; label: string; detail: string; command?: vscode.Command }
  | { kind: 'entry'; item: JournalEntry };

/** Why a waiting entry waits: its own destination first, then what the last sync said. */
function waitingReason(item: JournalEntry, report: SyncReport | undefined): string | undefined {
  const current = teamLogRepositorySetting().trim().toLowerCase();
  if (item.repository && current && item.repository.toLowerCase() !== current) {
    return vscode.l10n.t('for the team log in {0}; a window set up for it sends it', item.repository);
  }
  if (!item.repository && !item.window) {
    return vscode.l10n.t('which team log it is for is unknown (logged by an earlier Sprint Flow)');
  }
  switch (report?.outcome) {
    case 'noRepository':
      return vscode.l10n.t('choose the team log repository');
    case 'signedOut':
      return vscode.l10n.t('sign in to send');
    default:
      return undefined;
  }
}

/**
 * "My Interruptions": the sprint's total, then each entry of the current iteration (and any earlier one not yet sent)
 * with its sync state. Entries come from the local journal, so they show at once, online or not.
 */
export class InterruptionsTreeProvider implements vscode.TreeDataProvider<InterruptionNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly interruptions: InterruptionStore,
    private readonly sprint: SprintStore,
  ) {
    this.subscriptions = [interruptions.onDidChange(() => this.changed.fire()), sprint.onDidChange(() => this.changed.fire())];
  }

  /** The entries shown, newest first. */
  shownEntries(): JournalEntry[] {
    const iteration = this.sprint.snapshot?.iteration.title;
    return this.interruptions.entries
      .filter((e) => !iteration || e.entry.iteration === iteration || e.state !== 'synced')
      .sort((a, b) => b.entry.startedAt.localeCompare(a.entry.startedAt));
  }

  getChildren(node?: InterruptionNode): InterruptionNode[] {
    if (node) {
      return [];
    }
    const entries = this.shownEntries();
    if (entries.length === 0) {
      return [];
    }
    const iteration = this.sprint.snapshot?.iteration.title;
    const inSprint = iteration ? entries.filter((e) => e.entry.iteration === iteration) : entries;
    const count = inSprint.length === 1 ? vscode.l10n.t('1 entry') : vscode.l10n.t('{0} entries', inSprint.length);
    return [
      { kind: 'total', label: formatSprintTotal(inSprint.map((e) => e.entry)), description: iteration ? `${iteration} · ${count}` : count },
      ...this.notices(entries),
      ...entries.map((item): InterruptionNode => ({ kind: 'entry', item })),
    ];
  }

  private notices(entries: readonly JournalEntry[]): InterruptionNode[] {
    const notices: InterruptionNode[] = [];
    const unaddressed = entries.filter((e) => e.state !== 'synced' && !e.repository && !e.window).length;
    if (unaddressed > 0) {
      notices.push({
        kind: 'notice',
        label: unaddressed === 1 ? vscode.l10n.t('1 entry waits: team log unknown') : vscode.l10n.t('{0} entries wait: team log unknown', unaddressed),
        detail: vscode.l10n.t('An earlier Sprint Flow kept one journal for every window and did not record which team log an entry was for. Click to send them to this window\'s team log.'),
        command: { command: 'sprintFlow.sendUnaddressedInterruptions', title: vscode.l10n.t('Send to This Team Log') },
      });
    }
    const leftOut = describeLeftOut(this.interruptions.lastSync?.leftOut ?? {});
    if (leftOut.length > 0) {
      notices.push({
        kind: 'notice',
        label: vscode.l10n.t('Team log: some records not counted'),
        detail: vscode.l10n.t('{0}. The output channel "Sprint Flow" names the comments.', leftOut.join('; ')),
      });
    }
    return notices;
  }

  getTreeItem(node: InterruptionNode): vscode.TreeItem {
    if (node.kind === 'total') {
      const row = new vscode.TreeItem(node.label);
      row.description = node.description;
      row.iconPath = new vscode.ThemeIcon('watch');
      row.contextValue = 'interruptionTotal';
      return row;
    }
    if (node.kind === 'notice') {
      const row = new vscode.TreeItem(node.label);
      row.description = node.detail;
      row.tooltip = node.detail;
      row.iconPath = new vscode.ThemeIcon('info');
      row.contextValue = 'interruptionNotice';
      if (node.command) row.command = node.command;
      return row;
    }
    const { entry, state, commentUrl } = node.item;
    const row = new vscode.TreeItem(`${formatMinutes(entry.minutes)} · ${interruptionKindLabel(entry.interruptionKind)}`);
    row.id = entry.id;
    const when = WHEN.format(new Date(entry.startedAt));
    row.description = `${when} · ${this.stateText(node.item)}`;
    row.iconPath =
      state === 'synced'
        ? new vscode.ThemeIcon('pass', new vscode.ThemeColor('charts.green'))
        : state === 'failed'
          ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'))
          : new vscode.ThemeIcon('clock');
    row.contextValue = `interruption ${state}${safeWebUrl(commentUrl) ? ' linked' : ''}`;
    return row;
  }

  /** The Markdown tooltip is built on hover, as My Sprint's are, so that opening the view sends plain rows. */
  resolveTreeItem(row: vscode.TreeItem, node: InterruptionNode): vscode.TreeItem {
    if (node.kind === 'entry') {
      row.tooltip = tooltip(node.item, interruptionKindLabel(node.item.entry.interruptionKind), this.stateText(node.item));
    }
    return row;
  }

  private stateText(item: JournalEntry): string {
    const waiting = waitingReason(item, this.interruptions.lastSync);
    return item.state === 'synced' ? 'synced' : item.state === 'failed' ? `failed: ${item.failure}` : waiting ? `waiting: ${waiting}` : 'waiting';
  }

  dispose(): void {
    this.subscriptions.forEach((s) => s.dispose());
    this.changed.dispose();
  }
}

function tooltip({ entry }: JournalEntry, kind: string, stateText: string): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', false);
  md.isTrusted = false;
  md.supportHtml = false;
  md.appendMarkdown(`**${plainMarkdown(`${formatMinutes(entry.minutes)} · ${isolateBidi(kind)}`)}**\n\n`);
  const rows: [string, string | undefined][] = [
    ['Started', formatLocalTime(new Date(entry.startedAt), defaultTimeZone())],
    ['Iteration', entry.iteration],
    [vscode.l10n.t('Pulled off'), entry.pulledOffItem],
    ['Link', entry.link],
    ['Note', entry.note],
    [vscode.l10n.t('Team log'), stateText],
  ];
  for (const [name, value] of rows) {
    if (value) {
      md.appendMarkdown(`${name}: ${plainMarkdown(isolateBidi(value))}  \n`);
    }
  }
  return md;
}

/** The view, its badge of entries waiting to be sent, and what a sync has to tell the person. */
export class InterruptionsView implements vscode.Disposable {
  readonly tree: InterruptionsTreeProvider;
  readonly view: vscode.TreeView<InterruptionNode>;
  private readonly disposables: vscode.Disposable[];
  private toldAboutRepository = false;

  constructor(private readonly interruptions: InterruptionStore, sprint: SprintStore) {
    this.tree = new InterruptionsTreeProvider(interruptions, sprint);
    this.view = vscode.window.createTreeView(INTERRUPTIONS_VIEW_ID, { treeDataProvider: this.tree });
    this.disposables = [this.tree, this.view, interruptions.onDidChange(() => this.showBadge()), interruptions.onDidSync((r) => this.tell(r))];
    this.showBadge();
  }

  /** Retries with a progress bar on the view. */
  sync(): Promise<SyncReport> {
    const syncing = this.interruptions.sync();
    void vscode.window.withProgress({ location: { viewId: INTERRUPTIONS_VIEW_ID } }, () => syncing);
    return syncing;
  }

  private showBadge(): void {
    const waiting = this.interruptions.entries.filter((e) => e.state !== 'synced').length;
    this.view.badge = waiting ? { value: waiting, tooltip: waiting === 1 ? vscode.l10n.t('1 interruption waits to be sent to the team log') : vscode.l10n.t('{0} interruptions wait to be sent to the team log', waiting) } : undefined;
  }

  private tell(report: SyncReport): void {
    report.notices.forEach((notice) => void vscode.window.showWarningMessage(notice));
    if (report.sent > 0) {
      vscode.window.setStatusBarMessage(report.sent === 1 ? vscode.l10n.t('$(check) Sent 1 interruption to the team log') : vscode.l10n.t('$(check) Sent {0} interruptions to the team log', report.sent), 5000);
    }
    if (report.outcome === 'noRepository' && !this.toldAboutRepository) {
      this.toldAboutRepository = true;
      void vscode.window
        .showInformationMessage(vscode.l10n.t('Your interruptions are saved. Choose the repository that holds the team log to send them.'), vscode.l10n.t('Choose Repository'))
        .then((choice) => choice && vscode.commands.executeCommand('sprintFlow.chooseTeamLogRepository'));
    }
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}
