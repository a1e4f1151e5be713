import * as vscode from 'vscode';
import { GoalsStore, GoalsViewState } from '../services/goalsStore';
import { SprintStore } from '../services/sprintStore';
import { GoalNode, GoalsTreeProvider } from './goalsTree';

export const GOALS_VIEW_ID = 'sprintFlow.goals';

/**
 * The "Sprint Goals" view. It reads goals after each new sprint snapshot while it is visible (and once when it
 * becomes visible), so a hidden view costs no requests.
 */
export class GoalsView implements vscode.Disposable {
  readonly tree: GoalsTreeProvider;
  readonly view: vscode.TreeView<GoalNode>;
  private readonly disposables: vscode.Disposable[] = [];
  private readFor?: string;

  constructor(
    private readonly goals: GoalsStore,
    private readonly sprint: SprintStore,
  ) {
    this.tree = new GoalsTreeProvider(goals, sprint);
    this.view = vscode.window.createTreeView(GOALS_VIEW_ID, { treeDataProvider: this.tree });
    this.disposables.push(
      this.tree,
      this.view,
      sprint.onDidChange(() => this.refreshIfStale()),
      this.view.onDidChangeVisibility(() => this.refreshIfStale()),
      goals.onDidChange((state) => this.show(state)),
    );
    this.show(goals.state);
  }

  refresh(): Promise<GoalsViewState> {
    this.readFor = this.sprint.snapshot?.fetchedAt;
    const refreshing = this.goals.refresh();
    void vscode.window.withProgress({ location: { viewId: GOALS_VIEW_ID } }, () => refreshing);
    return refreshing;
  }

  private refreshIfStale(): void {
    const snapshot = this.sprint.snapshot;
    if (this.view.visible && snapshot && this.sprint.state.kind === 'sprint' && !this.sprint.state.refreshing && this.readFor !== snapshot.fetchedAt) {
      void this.refresh();
    }
  }

  private show(state: GoalsViewState): void {
    this.view.description = state.kind === 'goals' ? state.snapshot.iteration.title : undefined;
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}
