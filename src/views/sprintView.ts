import * as vscode from 'vscode';
import { refreshPlan } from '../core/refreshPlan';
import { isBlocked } from '../core/sprint';
import { RefreshRequest, SprintStore, SprintViewState } from '../services/sprintStore';
import { refreshIntervalMinutes, SETTINGS } from '../services/settings';
import { SprintNode, SprintTreeProvider } from './sprintTree';

export const SPRINT_VIEW_ID = 'sprintFlow.sprint';

/**
 * The "My Sprint" view: the tree, its welcome states (through the sprintFlow.state context key), its description,
 * and automatic refresh that runs only while the view is visible.
 */
export class SprintView implements vscode.Disposable {
  readonly tree: SprintTreeProvider;
  readonly view: vscode.TreeView<SprintNode>;
  private timer?: ReturnType<typeof setInterval>;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly store: SprintStore) {
    this.tree = new SprintTreeProvider(store);
    this.view = vscode.window.createTreeView(SPRINT_VIEW_ID, { treeDataProvider: this.tree, showCollapseAll: true });
    this.disposables.push(
      this.tree,
      this.view,
      store.onDidChange((state) => this.show(state)),
      this.view.onDidChangeVisibility(() => this.scheduleRefresh()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(`${SETTINGS.section}.${SETTINGS.refreshIntervalMinutes}`)) {
          this.scheduleRefresh();
        }
      }),
    );
    this.show(store.state);
    this.scheduleRefresh();
  }

  /** Refreshes with a progress bar on the view. */
  refresh(request?: RefreshRequest): Promise<SprintViewState> {
    const refreshing = this.store.refresh(request);
    void vscode.window.withProgress({ location: { viewId: SPRINT_VIEW_ID } }, () => refreshing);
    return refreshing;
  }

  private show(state: SprintViewState): void {
    void vscode.commands.executeCommand('setContext', 'sprintFlow.state', state.kind);
    void vscode.commands.executeCommand('setContext', 'sprintFlow.signedIn', state.kind !== 'signedOut');
    void vscode.commands.executeCommand('setContext', 'sprintFlow.hasProject', state.kind !== 'noProject');
    this.view.description = state.kind === 'sprint' ? state.snapshot.projectTitle : undefined;
    const blocked = state.kind === 'sprint' ? state.snapshot.items.filter((item) => isBlocked(item, state.snapshot.fields)).length : 0;
    this.view.badge = blocked > 0 ? { value: blocked, tooltip: blocked === 1 ? vscode.l10n.t('1 of your items is blocked') : vscode.l10n.t('{0} of your items are blocked', blocked) } : undefined;
  }

  private scheduleRefresh(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    const plan = refreshPlan({ visible: this.view.visible, minutes: refreshIntervalMinutes(), ageMs: this.store.age });
    if (plan.readNow) {
      // The rows come from the cache; GitHub can wait until the workbench has fetched them.
      void this.tree.drawWatch.whenDrawn().then(() => {
        if (this.view.visible) {
          void this.refresh();
        }
      });
    }
    if (plan.intervalMs) {
      this.timer = setInterval(() => void this.refresh(), plan.intervalMs);
    }
  }

  dispose(): void {
    clearInterval(this.timer);
    this.disposables.forEach((d) => d.dispose());
  }
}
