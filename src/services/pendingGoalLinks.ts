import * as vscode from 'vscode';
import { toGitHubError } from '../github/errors';
import { CommitToLink, linkCommitByComment } from '../github/workWrites';
import { GitApi, GitRepository } from './gitApi';
import { GitHubAccount } from './githubAccount';

export interface PendingGoalLink extends CommitToLink {
  /** Folder of the repository the commit was made in. */
  root: string;
  /** Marks the comment, so a retry finds what an attempt whose answer was lost wrote; absent in links queued before. */
  linkId?: string;
  goal: { id: string; reference: string };
}

const STORE_KEY = 'sprintFlow.pendingGoalLinks';

/** Whether a commit is on any remote-tracking branch, i.e. pushed. */
export async function isPushed(repository: GitRepository, sha: string): Promise<boolean> {
  const refs = await repository.getRefs({ contains: sha, pattern: 'refs/remotes' });
  return refs.length > 0;
}

/**
 * Goal links for commits not pushed yet: remembered in the workspace (so a reload loses none) and commented on the
 * goal once the commit reaches a remote, since GitHub cannot link to a commit it does not have.
 */
export class PendingGoalLinks implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private readonly watched = new Set<GitRepository>();
  private checking?: Promise<void>;

  constructor(
    private readonly account: GitHubAccount,
    private readonly workspaceState: vscode.Memento,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  get pending(): PendingGoalLink[] {
    return this.workspaceState.get<PendingGoalLink[]>(STORE_KEY, []);
  }

  start(git: GitApi): void {
    const watch = (repository: GitRepository) => {
      if (!this.watched.has(repository)) {
        this.watched.add(repository);
        this.disposables.push(repository.state.onDidChange(() => void this.check(git)));
      }
    };
    git.repositories.forEach(watch);
    this.disposables.push(git.onDidOpenRepository(watch));
    void this.check(git);
  }

  async add(link: PendingGoalLink): Promise<void> {
    const others = this.pending.filter((p) => !(p.sha === link.sha && p.goal.reference === link.goal.reference));
    await this.workspaceState.update(STORE_KEY, [...others, link]);
  }

  /** Comments for every pending link whose commit is now pushed; runs one check at a time. */
  check(git: GitApi): Promise<void> {
    this.checking ??= this.postPushed(git).finally(() => (this.checking = undefined));
    return this.checking;
  }

  private async postPushed(git: GitApi): Promise<void> {
    const pending = this.pending;
    if (pending.length === 0) {
      return;
    }
    const api = await this.account.api();
    if (!api) {
      return;
    }
    const done: PendingGoalLink[] = [];
    for (const link of pending) {
      const repository = git.repositories.find((r) => r.rootUri.fsPath === vscode.Uri.file(link.root).fsPath);
      if (!repository || !(await isPushed(repository, link.sha).catch(() => false))) {
        continue;
      }
      try {
        await linkCommitByComment(api, link.goal, link, link.linkId ?? `${link.goal.reference}:${link.sha}`);
        done.push(link);
        vscode.window.setStatusBarMessage(vscode.l10n.t('$(check) Commit {0} is pushed and now linked to {1}.', link.sha.slice(0, 7), link.goal.reference), 5000);
      } catch (error) {
        this.log.warn(`Linking pushed commit ${link.sha} to ${link.goal.reference} failed; will retry: ${toGitHubError(error).message}`);
      }
    }
    if (done.length) {
      await this.workspaceState.update(STORE_KEY, this.pending.filter((p) => !done.includes(p) && !done.some((d) => d.sha === p.sha && d.goal.reference === p.goal.reference)));
    }
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}
