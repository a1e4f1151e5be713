import * as vscode from 'vscode';
import { formatDateRange, formatDaysLeft, iterationWindow } from '../core/iteration';
import { BoardFields, SprintItem, SprintSnapshot, SprintStatusGroup } from '../core/model';
import { estimateOf, groupByStatus, isBlocked } from '../core/sprint';
import { defaultTimeZone } from '../core/calendar';
import { sumOfPoints } from '../core/points';
import { SprintProblem, SprintStore, SprintViewState } from '../services/sprintStore';
import { TreeDrawWatch } from './treeDrawWatch';
import { formatEstimate, itemDescription, itemIcon, itemLabel, itemTooltip, optionIcon } from './itemPresentation';

export type SprintNode =
  | { kind: 'iteration'; snapshot: SprintSnapshot; refreshing: boolean; stale: boolean }
  | { kind: 'problem'; problem: SprintProblem }
  | { kind: 'fix'; problem: SprintProblem }
  | { kind: 'loading' }
  | { kind: 'group'; group: SprintStatusGroup; fields: BoardFields }
  | { kind: 'item'; item: SprintItem; fields: BoardFields };

export interface FixAction {
  title: string;
  icon: string;
  command: string;
  arguments?: unknown[];
}

const FIX_FOR_PROBLEM: Record<SprintProblem['kind'], FixAction> = {
  unauthorized: { get title() { return vscode.l10n.t('Sign in again'); }, icon: 'sign-in', command: 'sprintFlow.signIn' },
  missingScopes: { get title() { return vscode.l10n.t('Sign in again to grant access'); }, icon: 'sign-in', command: 'sprintFlow.signIn' },
  forbidden: { get title() { return vscode.l10n.t('Sign in with another account or token'); }, icon: 'sign-in', command: 'sprintFlow.signIn' },
  invalidProject: { get title() { return vscode.l10n.t('Select a project'); }, icon: 'project', command: 'sprintFlow.selectProject' },
  refusedServer: { get title() { return vscode.l10n.t('Open Settings'); }, icon: 'settings-gear', command: 'workbench.action.openSettings', arguments: ['sprintFlow.githubApiUrl'] },
  notFound: { get title() { return vscode.l10n.t('Select a project'); }, icon: 'project', command: 'sprintFlow.selectProject' },
  rateLimited: { get title() { return vscode.l10n.t('Try again'); }, icon: 'refresh', command: 'sprintFlow.refresh' },
  offline: { get title() { return vscode.l10n.t('Try again'); }, icon: 'refresh', command: 'sprintFlow.refresh' },
  serverError: { get title() { return vscode.l10n.t('Try again'); }, icon: 'refresh', command: 'sprintFlow.refresh' },
  unexpected: { get title() { return vscode.l10n.t('Show the log'); }, icon: 'output', command: 'sprintFlow.showLog' },
};

/**
 * The fix offered under a problem. A rejected token is replaced the way it was given: a saved or environment token
 * by another token (a saved one comes first, so a new VS Code session alone would not be used), VS Code's session by
 * a new session (asking for the same session again would return the rejected one). A refused server opens the
 * setting that names it.
 */
export function fixFor(problem: SprintProblem): FixAction {
  const fix = FIX_FOR_PROBLEM[problem.kind];
  if (problem.setting) {
    return { ...fix, arguments: [problem.setting] };
  }
  if (fix.command !== 'sprintFlow.signIn' || !problem.signInWith) {
    return fix;
  }
  return problem.signInWith === 'token'
    ? { ...fix, command: 'sprintFlow.signInWithToken' }
    : { ...fix, arguments: [{ renew: true }] };
}

/** My sprint: an iteration header, then my items grouped by the board's own Status options. */
export class SprintTreeProvider implements vscode.TreeDataProvider<SprintNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscription: vscode.Disposable;
  readonly drawWatch = new TreeDrawWatch<SprintNode>();

  constructor(private readonly store: SprintStore) {
    this.subscription = store.onDidChange(() => {
      this.drawWatch.changed();
      this.changed.fire();
    });
  }

  getChildren(node?: SprintNode): SprintNode[] {
    if (!node) {
      const nodes = rootNodes(this.store.state);
      this.drawWatch.rootServed(nodes.filter((n) => n.kind === 'group'));
      return nodes;
    }
    this.drawWatch.childrenServed(node);
    if (node.kind === 'group') {
      return node.group.items.map((item) => ({ kind: 'item', item, fields: node.fields }));
    }
    return [];
  }

  // Tooltips are Markdown, which the extension host parses for every row it sends; built when the mouse rests on a
  // row instead, opening the view sends plain rows.
  resolveTreeItem(row: vscode.TreeItem, node: SprintNode): vscode.TreeItem {
    if (node.kind === 'item') {
      row.tooltip = itemTooltip(node.item, node.fields);
    }
    return row;
  }

  getTreeItem(node: SprintNode): vscode.TreeItem {
    switch (node.kind) {
      case 'iteration':
        return iterationRow(node.snapshot, node.refreshing, node.stale);
      case 'problem':
        return problemRow(node.problem);
      case 'fix':
        return fixRow(fixFor(node.problem));
      case 'loading':
        return Object.assign(new vscode.TreeItem(vscode.l10n.t('Loading your sprint…')), { iconPath: new vscode.ThemeIcon('loading~spin') });
      case 'group':
        return groupRow(node.group, node.fields);
      case 'item':
        return itemRow(node.item, node.fields);
    }
  }

  dispose(): void {
    this.drawWatch.dispose();
    this.subscription.dispose();
    this.changed.dispose();
  }
}

function rootNodes(state: SprintViewState): SprintNode[] {
  switch (state.kind) {
    case 'loading':
      return [{ kind: 'loading' }];
    case 'problem':
      return [{ kind: 'problem', problem: state.problem }, { kind: 'fix', problem: state.problem }];
    case 'sprint': {
      const { snapshot } = state;
      const problem: SprintNode[] = state.problem
        ? [{ kind: 'problem', problem: state.problem }, { kind: 'fix', problem: state.problem }]
        : [];
      const groups = groupByStatus(snapshot.items, snapshot.fields.status).map(
        (group): SprintNode => ({ kind: 'group', group, fields: snapshot.fields }),
      );
      return [...problem, { kind: 'iteration', snapshot, refreshing: state.refreshing, stale: !!state.stale }, ...groups];
    }
    default:
      return [];
  }
}

function iterationRow(snapshot: SprintSnapshot, refreshing: boolean, stale: boolean): vscode.TreeItem {
  const window = iterationWindow(snapshot.iteration, new Date(), defaultTimeZone());
  const row = new vscode.TreeItem(snapshot.iteration.title);
  const dates = `${formatDateRange(window.startDate, window.endDate)} · ${formatDaysLeft(window.daysLeft)}`;
  const lastRead = new Date(snapshot.fetchedAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  row.description = stale ? vscode.l10n.t('as last read at {0} · project not found', lastRead) : refreshing ? `${dates} · refreshing…` : dates;
  row.iconPath = new vscode.ThemeIcon(stale ? 'history' : refreshing ? 'sync~spin' : 'calendar');
  row.tooltip = vscode.l10n.t('{0}\n{1}: {2}\n{3} of my items · updated {4}', snapshot.projectTitle, snapshot.iteration.title, dates, snapshot.items.length, new Date(snapshot.fetchedAt).toLocaleString());
  row.contextValue = 'iteration';
  return row;
}

function problemRow(problem: SprintProblem): vscode.TreeItem {
  const row = new vscode.TreeItem(problem.message);
  row.iconPath = new vscode.ThemeIcon('error', new vscode.ThemeColor('errorForeground'));
  row.tooltip = problem.message;
  row.contextValue = `problem ${problem.kind}`;
  return row;
}

function fixRow(fix: FixAction): vscode.TreeItem {
  const row = new vscode.TreeItem(fix.title);
  row.iconPath = new vscode.ThemeIcon(fix.icon);
  row.command = { command: fix.command, title: fix.title, ...(fix.arguments ? { arguments: fix.arguments } : {}) };
  row.contextValue = 'fix';
  return row;
}

function groupRow(group: SprintStatusGroup, fields: BoardFields): vscode.TreeItem {
  const row = new vscode.TreeItem(group.option?.name ?? vscode.l10n.t('No status'), vscode.TreeItemCollapsibleState.Expanded);
  const points = sumOfPoints(group.items.map((item) => estimateOf(item, fields)));
  const blocked = group.items.filter((item) => isBlocked(item, fields)).length;
  row.description = [
    `${group.items.length}`,
    fields.estimate && points > 0 ? formatEstimate(points) : undefined,
    blocked > 0 ? vscode.l10n.t('{0} blocked', blocked) : undefined,
  ]
    .filter(Boolean)
    .join(' · ');
  row.iconPath = optionIcon(group.option);
  row.id = `group:${group.option?.id ?? 'none'}`;
  row.tooltip = group.option?.description || undefined;
  row.contextValue = 'statusGroup';
  return row;
}

function itemRow(item: SprintItem, fields: BoardFields): vscode.TreeItem {
  const row = new vscode.TreeItem(itemLabel(item));
  row.id = `item:${item.id}`;
  row.description = itemDescription(item, fields);
  row.iconPath = itemIcon(item, fields);
  const type = { ISSUE: 'issue', PULL_REQUEST: 'pullRequest', DRAFT_ISSUE: 'draft', REDACTED: 'redacted' }[item.type];
  row.contextValue = ['item', type, item.url ? 'linked' : '', isBlocked(item, fields) ? 'blocked' : ''].filter(Boolean).join(' ');
  row.accessibilityInformation = { label: `${itemLabel(item)}, ${row.description}` };
  return row;
}
