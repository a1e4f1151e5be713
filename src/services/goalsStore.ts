import * as vscode from 'vscode';
import { Goal, GoalsSnapshot } from '../core/goals';
import { SprintItem } from '../core/model';
import { toGitHubError } from '../github/errors';
import { loadGoals } from '../github/goalsLoader';
import { GitHubAccount } from './githubAccount';
import { goalSettings } from './settings';
import { logLeftOut } from './leftOutLog';
import { SprintStore } from './sprintStore';

export type GoalsViewState =
  | { kind: 'waiting' }
  | { kind: 'loading' }
  | { kind: 'goals'; snapshot: GoalsSnapshot; refreshing: boolean; problem?: string }
  | { kind: 'problem'; message: string };

const CACHE_KEY = 'sprintFlow.lastGoals';

/**
 * The team's goals in the current iteration, read after the sprint (whose board fields and iteration they use).
 * Shows the cached goals at once; a failed refresh keeps the last good goals next to the problem.
 */
export class GoalsStore implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<GoalsViewState>();
  readonly onDidChange = this.changed.event;
  private current: GoalsViewState;
  private inFlight?: Promise<GoalsViewState>;
  private next?: Promise<GoalsViewState>;
  private readonly warned = new Set<string>();

  constructor(
    private readonly account: GitHubAccount,
    private readonly sprint: SprintStore,
    private readonly workspaceState: vscode.Memento,
    private readonly log: vscode.LogOutputChannel,
  ) {
    const cached = workspaceState.get<GoalsSnapshot>(CACHE_KEY);
    const sprintUrl = sprint.snapshot?.projectUrl;
    this.current = cached && cached.projectUrl === sprintUrl ? { kind: 'goals', snapshot: cached, refreshing: false } : { kind: 'waiting' };
  }

  get state(): GoalsViewState {
    return this.current;
  }

  get goals(): Goal[] {
    return this.current.kind === 'goals' ? this.current.snapshot.goals : [];
  }

  /**
   * A refresh asked for while one runs starts once it ends: the running read may have begun before the change the
   * caller wants to see (a comment just posted, another board). Callers asking meanwhile share that next read.
   */
  refresh(): Promise<GoalsViewState> {
    if (!this.inFlight) {
      this.inFlight = this.load().finally(() => (this.inFlight = undefined));
      return this.inFlight;
    }
    this.next ??= this.inFlight.then(
      () => ((this.next = undefined), this.refresh()),
      () => ((this.next = undefined), this.refresh()),
    );
    return this.next;
  }

  get unassignedItems(): SprintItem[] {
    return this.current.kind === 'goals' ? this.current.snapshot.unassignedItems : [];
  }

  /** Everyone assigned to an item of the iteration, read with the goals; loaded first when not read yet (or cached by an older version). */
  async boardAssignees(): Promise<string[]> {
    if (this.current.kind !== 'goals' || !this.current.snapshot.assignees) {
      await this.refresh();
    }
    return this.current.kind === 'goals' ? this.current.snapshot.assignees ?? [] : [];
  }

  /** The goals, loading them first when none were read yet. */
  async ensureLoaded(): Promise<Goal[]> {
    if (this.current.kind !== 'goals') {
      await this.refresh();
    }
    return this.goals;
  }

  private async load(): Promise<GoalsViewState> {
    const snapshot = this.sprint.snapshot ?? (await this.sprint.refresh(), this.sprint.snapshot);
    const api = await this.account.api();
    if (!snapshot || !api) {
      return this.set({ kind: 'waiting' });
    }
    const shown = this.current.kind === 'goals' && this.current.snapshot.projectUrl === snapshot.projectUrl ? this.current : undefined;
    this.set(shown ? { ...shown, refreshing: true } : { kind: 'loading' });
    const before = { ...api.tally };
    try {
      const load = await loadGoals(api, snapshot, goalSettings());
      load.warnings.filter((w) => !this.warned.has(w)).forEach((w) => {
        this.warned.add(w);
        this.log.warn(w);
        void vscode.window.showWarningMessage(w);
      });
      logLeftOut(this.log, 'the sprint goals\' linked commits', load.leftOut);
      this.log.info(`Read ${load.goals.length} sprint goals (${api.tally.requests - before.requests} requests, rate-limit cost ${api.tally.cost - before.cost}).`);
      const goals: GoalsSnapshot = {
        projectUrl: snapshot.projectUrl,
        viewer: snapshot.viewer,
        iteration: snapshot.iteration,
        goals: load.goals,
        unassignedItems: load.unassignedItems,
        assignees: load.assignees,
        fetchedAt: new Date().toISOString(),
      };
      await this.workspaceState.update(CACHE_KEY, goals);
      return this.set({ kind: 'goals', snapshot: goals, refreshing: false });
    } catch (error) {
      const problem = toGitHubError(error);
      this.log.warn(`Reading sprint goals failed (${problem.problem}): ${problem.message}`);
      return this.set(shown ? { ...shown, refreshing: false, problem: problem.message } : { kind: 'problem', message: problem.message });
    }
  }

  private set(state: GoalsViewState): GoalsViewState {
    this.current = state;
    this.changed.fire(state);
    return state;
  }

  dispose(): void {
    this.changed.dispose();
  }
}
