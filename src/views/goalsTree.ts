import * as vscode from 'vscode';
import { Goal } from '../core/goals';
import { BoardFields, SprintItem } from '../core/model';
import { GoalsStore, GoalsViewState } from '../services/goalsStore';
import { SprintStore } from '../services/sprintStore';
import { goalDescription, goalIcon, goalLabel, goalTooltip } from './goalPresentation';
import { itemDescription, itemIcon, itemLabel, itemTooltip } from './itemPresentation';

export type GoalNode =
  | { kind: 'goal'; goal: Goal }
  | { kind: 'item'; item: SprintItem; fields: BoardFields }
  | { kind: 'message'; text: string; icon: string };

/** Sprint goals of the whole team, each with its progress and my items under it. */
export class GoalsTreeProvider implements vscode.TreeDataProvider<GoalNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly goals: GoalsStore,
    private readonly sprint: SprintStore,
  ) {
    this.subscription = goals.onDidChange(() => this.changed.fire());
  }

  getChildren(node?: GoalNode): GoalNode[] {
    if (!node) {
      return rootNodes(this.goals.state);
    }
    if (node.kind === 'goal') {
      const fields = this.sprint.snapshot?.fields ?? {};
      return node.goal.myItems.map((item) => ({ kind: 'item', item, fields }));
    }
    return [];
  }

  /** Markdown tooltips are built on hover, as My Sprint's are, so that opening the view sends plain rows. */
  resolveTreeItem(row: vscode.TreeItem, node: GoalNode): vscode.TreeItem {
    if (node.kind === 'goal') {
      row.tooltip = goalTooltip(node.goal);
    } else if (node.kind === 'item') {
      row.tooltip = itemTooltip(node.item, node.fields);
    }
    return row;
  }

  getTreeItem(node: GoalNode): vscode.TreeItem {
    switch (node.kind) {
      case 'goal': {
        const row = new vscode.TreeItem(goalLabel(node.goal), node.goal.myItems.length ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
        row.id = `goal:${node.goal.id}`;
        row.description = goalDescription(node.goal);
        row.iconPath = goalIcon(node.goal);
        row.contextValue = node.goal.url ? 'goal linked' : 'goal';
        row.accessibilityInformation = { label: `${goalLabel(node.goal)}, ${row.description}` };
        return row;
      }
      case 'item': {
        const row = new vscode.TreeItem(itemLabel(node.item));
        row.id = `goalItem:${node.item.id}`;
        row.description = itemDescription(node.item, node.fields);
        row.iconPath = itemIcon(node.item, node.fields);
        row.contextValue = ['item', 'issue', node.item.url ? 'linked' : ''].filter(Boolean).join(' ');
        return row;
      }
      case 'message':
        return Object.assign(new vscode.TreeItem(node.text), { iconPath: new vscode.ThemeIcon(node.icon), tooltip: node.text });
    }
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}

function rootNodes(state: GoalsViewState): GoalNode[] {
  switch (state.kind) {
    case 'waiting':
      return [];
    case 'loading':
      return [{ kind: 'message', text: vscode.l10n.t('Loading the sprint goals…'), icon: 'loading~spin' }];
    case 'problem':
      return [{ kind: 'message', text: state.message, icon: 'error' }];
    case 'goals': {
      const problem: GoalNode[] = state.problem ? [{ kind: 'message', text: state.problem, icon: 'error' }] : [];
      const goals = state.snapshot.goals.map((goal): GoalNode => ({ kind: 'goal', goal }));
      const empty: GoalNode[] = goals.length
        ? []
        : [{ kind: 'message', text: vscode.l10n.t('No sprint goals in {0} yet. Label an issue in it as a goal to see it here.', state.snapshot.iteration.title), icon: 'info' }];
      return [...problem, ...goals, ...empty];
    }
  }
}
