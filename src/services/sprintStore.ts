import * as vscode from 'vscode';
import { defaultTimeZone } from '../core/calendar';
import { Iteration, ProjectRef, SprintSnapshot } from '../core/model';
import { parseProjectUrl, ProjectUrlError } from '../core/projectUrl';
import { GitHubProblem, toGitHubError } from '../github/errors';
import { projectNoLongerFound, ProjectNotFoundError } from '../github/projectBoard';
import { loadSprint } from '../github/sprintLoader';
import { GitHubAccount } from './githubAccount';
import { logLeftOut } from './leftOutLog';
import { fieldOverrides, projectUrlSetting, sprintSettingsKey } from './settings';

export interface SprintProblem {
  kind: GitHubProblem | 'invalidProject' | 'refusedServer';
  message: string;
  /** For sign-in problems: how the rejected token was given, so the fix replaces that one. */
  signInWith?: 'token' | 'vscode';
  /** For a refused server: the setting that names it. */
  setting?: string;
}

export type SprintViewState =
  | { kind: 'signedOut' }
  | { kind: 'noProject' }
  | { kind: 'loading' }
  | { kind: 'noIterationField'; projectTitle: string; projectUrl: string }
  | { kind: 'noCurrentIteration'; projectTitle: string; projectUrl: string; iterationFieldName: string; next?: Iteration }
  /** stale: the project is no longer found, so the items are only as last read. */
  | { kind: 'sprint'; snapshot: SprintSnapshot; refreshing: boolean; problem?: SprintProblem; stale?: boolean }
  | { kind: 'problem'; problem: SprintProblem };

const CACHE_KEY = 'sprintFlow.lastSprint';

export interface RefreshRequest {
  /** Read every item of the board even where a cheap check says it has not changed (the person asked to refresh). */
  fullRead?: boolean;
}

/**
 * The sprint as the sidebar shows it: the cached snapshot at once, then GitHub's answer. Refreshes never overlap,
 * and a failed refresh keeps the last good sprint on screen next to the problem.
 */
export class SprintStore implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<SprintViewState>();
  readonly onDidChange = this.changed.event;
  private current: SprintViewState;
  private inFlight?: { fullRead: boolean; basis: string; done: Promise<SprintViewState> };
  private lastRefreshAt = 0;
  private readonly warned = new Set<string>();

  constructor(
    private readonly account: GitHubAccount,
    private readonly workspaceState: vscode.Memento,
    private readonly log: vscode.LogOutputChannel,
    private readonly clock: () => Date = () => new Date(),
  ) {
    const cached = workspaceState.get<SprintSnapshot>(CACHE_KEY);
    this.current = cached && cached.projectUrl === configuredProjectUrl() ? { kind: 'sprint', snapshot: cached, refreshing: true } : { kind: 'loading' };
  }

  get state(): SprintViewState {
    return this.current;
  }

  get snapshot(): SprintSnapshot | undefined {
    return this.current.kind === 'sprint' ? this.current.snapshot : undefined;
  }

  /** Milliseconds since the last finished refresh (Infinity before the first). */
  get age(): number {
    return this.lastRefreshAt ? Date.now() - this.lastRefreshAt : Infinity;
  }

  /**
   * A refresh asked for while one runs shares it, unless it asks for a full read the running one is not doing, or the
   * settings or sign-in changed since that one started: then it runs next, so the last answer is for what is set now.
   */
  refresh(request: RefreshRequest = {}): Promise<SprintViewState> {
    const running = this.inFlight;
    const basis = `${this.account.changeCount}\n${sprintSettingsKey()}`;
    if (running && running.basis === basis && (running.fullRead || !request.fullRead)) {
      return running.done;
    }
    const load = () => this.load(request);
    const started = running ? running.done.then(load, load) : load();
    const done = started.finally(() => {
      if (this.inFlight?.done === done) {
        this.inFlight = undefined;
      }
      this.lastRefreshAt = Date.now();
    });
    this.inFlight = { fullRead: !!request.fullRead, basis, done };
    return done;
  }

  private async load(request: RefreshRequest): Promise<SprintViewState> {
    const projectUrl = projectUrlSetting();
    if (!projectUrl) {
      return this.set({ kind: 'noProject' });
    }
    let ref;
    try {
      ref = parseProjectUrl(projectUrl);
    } catch (error) {
      const message = error instanceof ProjectUrlError ? error.message : String(error);
      return this.set({ kind: 'problem', problem: { kind: 'invalidProject', message } });
    }
    const refusedServer = this.account.serverProblem();
    if (refusedServer) {
      return this.set({ kind: 'problem', problem: { kind: 'refusedServer', message: refusedServer.message, setting: refusedServer.setting } });
    }
    const api = await this.account.api();
    if (!api) {
      return this.set({ kind: 'signedOut' });
    }

    const shown = this.current.kind === 'sprint' && this.current.snapshot.projectUrl === ref.url ? this.current : undefined;
    this.set(shown ? { ...shown, refreshing: true } : { kind: 'loading' });
    const before = { ...api.tally };
    try {
      const options = { fieldOverrides: fieldOverrides(), timeZone: defaultTimeZone(), now: this.clock(), fullRead: !!request.fullRead };
      const load = await loadSprint(api, ref, options, shown?.snapshot);
      load.warnings.forEach((w) => this.warnOnce(w));
      this.log.info(
        `Read "${load.projectTitle}": ${load.kind === 'ready' ? `${load.snapshot.items.length} items of mine in ${load.snapshot.iteration.title}` : load.kind}` +
          ` (${api.tally.requests - before.requests} requests, rate-limit cost ${api.tally.cost - before.cost}).`,
      );
      switch (load.kind) {
        case 'ready':
          logLeftOut(this.log, 'the blockers on your items', load.leftOut);
          await this.workspaceState.update(CACHE_KEY, load.snapshot);
          return this.set({ kind: 'sprint', snapshot: load.snapshot, refreshing: false });
        case 'noIterationField':
          await this.forgetCachedSprint();
          return this.set({ kind: 'noIterationField', projectTitle: load.projectTitle, projectUrl: load.projectUrl });
        case 'noCurrentIteration':
          await this.forgetCachedSprint();
          return this.set({
            kind: 'noCurrentIteration',
            projectTitle: load.projectTitle,
            projectUrl: load.projectUrl,
            iterationFieldName: load.iterationFieldName,
            ...(load.next ? { next: load.next } : {}),
          });
      }
    } catch (error) {
      return this.set(await this.failedState(error, ref, shown));
    }
  }

  /**
   * After a failed read the sprint on screen stays, next to the problem and its fix. When the project is no longer
   * found, its items stay only as a record of the last read: marked stale, and no longer cached for the next start.
   */
  private async failedState(error: unknown, ref: ProjectRef, shown: Extract<SprintViewState, { kind: 'sprint' }> | undefined): Promise<SprintViewState> {
    const problem = toGitHubError(error);
    this.log.warn(`Refresh failed (${problem.problem}): ${problem.message}`);
    const failure: SprintProblem = { kind: problem.problem, message: problem.message, ...(await this.signInRoute(problem.problem)) };
    if (!shown) {
      return { kind: 'problem', problem: failure };
    }
    if (error instanceof ProjectNotFoundError) {
      await this.forgetCachedSprint();
      return { ...shown, refreshing: false, stale: true, problem: { ...failure, message: projectNoLongerFound(ref, new Date(shown.snapshot.fetchedAt)) } };
    }
    return { ...shown, refreshing: false, problem: failure };
  }

  /** A rejected saved or environment token is replaced by another token; VS Code's session by a new session. */
  private async signInRoute(problem: GitHubProblem): Promise<Pick<SprintProblem, 'signInWith'>> {
    if (problem !== 'unauthorized' && problem !== 'missingScopes' && problem !== 'forbidden') {
      return {};
    }
    const credentials = await this.account.credentials().catch(() => undefined);
    return { signInWith: credentials?.source === 'vscodeSession' ? 'vscode' : 'token' };
  }

  private async forgetCachedSprint(): Promise<void> {
    await this.workspaceState.update(CACHE_KEY, undefined);
  }

  private set(state: SprintViewState): SprintViewState {
    // Every change redraws the sidebar's trees. A state equal to the one shown, such as a refresh starting while the
    // cached sprint already says "refreshing", would only redraw them, delaying the first draw of a view just opened.
    if (sameState(state, this.current)) {
      return this.current;
    }
    this.current = state;
    this.changed.fire(state);
    return state;
  }

  private warnOnce(message: string): void {
    if (!this.warned.has(message)) {
      this.warned.add(message);
      this.log.warn(message);
      void vscode.window.showWarningMessage(message, vscode.l10n.t('Open Settings')).then((choice) => {
        if (choice) {
          void vscode.commands.executeCommand('workbench.action.openSettings', 'sprintFlow.fields');
        }
      });
    }
  }

  dispose(): void {
    this.changed.dispose();
  }
}

function sameState(a: SprintViewState, b: SprintViewState): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => (a as Record<string, unknown>)[key] === (b as Record<string, unknown>)[key]);
}

function configuredProjectUrl(): string | undefined {
  try {
    return parseProjectUrl(projectUrlSetting()).url;
  } catch {
    return undefined;
  }
}
