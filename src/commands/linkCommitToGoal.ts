import { randomUUID } from 'node:crypto';
import * as vscode from 'vscode';
import { formatAge } from '../core/duration';
import { Goal, goalOfItem } from '../core/goals';
import { parseIssueReference, sameReference } from '../core/itemReference';
import { repositoryFromRemote } from '../core/remoteUrl';
import { addTrailers, goalTrailers } from '../core/trailers';
import { toGitHubError } from '../github/errors';
import { CommitToLink, linkCommitByComment, readGoalIssue } from '../github/workWrites';
import { gitApi, GitCommit, GitRepository, repositoryFor } from '../services/gitApi';
import { isPushed } from '../services/pendingGoalLinks';
import { runSteps } from '../views/multiStepInput';
import { SprintFlowContext } from './context';

export interface LinkCommitArgs {
  /** OWNER/REPO#N of the goal; default the goal of the active item (asked when there is none). */
  goal?: string;
  /** SHA of a commit already made; without it the trailers go into the commit message box. */
  commit?: string;
  /** Folder of the git repository; default the active one. */
  repository?: string;
  /** For the last commit when it is not pushed: amend its message, or comment once it is pushed. Asked when absent. */
  whenUnpushed?: 'amend' | 'commentAfterPush';
}

export type LinkCommitResult =
  | { goal: string; linked: 'messageBox'; message: string }
  | { goal: string; linked: 'comment'; commit: string; commentUrl?: string }
  | { goal: string; linked: 'amended'; commit: string }
  | { goal: string; linked: 'afterPush'; commit: string };

const NEXT_COMMIT = 'next';

interface Choice {
  goal?: string;
  commit?: string;
}

export async function linkCommitToGoal(context: SprintFlowContext, args: LinkCommitArgs = {}): Promise<LinkCommitResult | undefined> {
  const git = await gitApi();
  const repository = git && (await repositoryFor(git, args.repository));
  if (!repository) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Linking a commit needs a git repository. Open the folder of your clone, then try again.'));
    return undefined;
  }
  const goals = await context.work.goals.ensureLoaded().catch(() => [] as Goal[]);
  const active = context.work.activeItem.current;
  const choice: Choice = { goal: args.goal?.trim(), commit: args.commit?.trim() };
  const interactive = !args.goal;
  const answered = await runSteps(vscode.l10n.t('Link Commit to Goal'), choice, [
    async (ui, state) => {
      if (state.goal) return;
      const suggested = active ? goalOfItem(goals, active.reference) : undefined;
      if (goals.length === 0) {
        state.goal = await ui.text({
          prompt: vscode.l10n.t('No sprint goals are loaded. Which goal issue should the commit link to?'),
          placeholder: 'OWNER/REPO#NUMBER',
          validate: (v) => (parseIssueReference(v) ? undefined : vscode.l10n.t('Write the goal as OWNER/REPO#NUMBER or paste its URL.')),
        });
        return;
      }
      const picks = goals.map((g) => ({ label: `#${g.number} ${g.title}`, description: g === suggested ? vscode.l10n.t('{0} · goal of the active item', g.repository) : g.repository, reference: g.reference }));
      const ordered = [...picks.filter((p) => p.reference === suggested?.reference), ...picks.filter((p) => p.reference !== suggested?.reference)];
      state.goal = (await ui.pick({ items: ordered, placeholder: vscode.l10n.t('Which sprint goal does the commit work towards?') })).reference;
    },
    async (ui, state) => {
      if (state.commit || !interactive) return;
      state.commit = (await ui.pick({ items: await commitPicks(repository), placeholder: vscode.l10n.t('Link the next commit, or one already made?'), matchOnDescription: true })).sha;
    },
  ]);
  if (!answered || !choice.goal) {
    return undefined;
  }
  const parsed = parseIssueReference(choice.goal);
  if (!parsed) {
    void vscode.window.showErrorMessage(vscode.l10n.t('"{0}" is not a goal reference. Write it as OWNER/REPO#NUMBER.', choice.goal));
    return undefined;
  }
  const reference = `${parsed.owner}/${parsed.repo}#${parsed.number}`;
  if (!choice.commit || choice.commit === NEXT_COMMIT) {
    const message = addTrailers(repository.inputBox.value, goalTrailers(reference));
    repository.inputBox.value = message;
    if (interactive) {
      void vscode.commands.executeCommand('workbench.view.scm');
    }
    return { goal: reference, linked: 'messageBox', message };
  }
  return linkMadeCommit(context, repository, goals.find((g) => sameReference(g.reference, reference)), reference, choice.commit, args.whenUnpushed);
}

type CommitPick = vscode.QuickPickItem & { sha: string };

async function commitPicks(repository: GitRepository): Promise<CommitPick[]> {
  const recent = await repository.log({ maxEntries: 15 }).catch(() => [] as GitCommit[]);
  const unpushed = new Set(
    repository.state.HEAD?.upstream ? (await repository.log({ range: '@{upstream}..HEAD' }).catch(() => [] as GitCommit[])).map((c) => c.hash) : recent.map((c) => c.hash),
  );
  const now = Date.now();
  return [
    { label: vscode.l10n.t('$(edit) Next commit'), description: vscode.l10n.t('Add the goal trailers to the commit message box'), sha: NEXT_COMMIT },
    { label: vscode.l10n.t('Commits on this branch'), kind: vscode.QuickPickItemKind.Separator, sha: '' },
    ...recent.map((c) => ({
      label: c.message.split('\n')[0] || vscode.l10n.t('(no message)'),
      description: [c.hash.slice(0, 7), c.authorDate ? vscode.l10n.t('{0} ago', formatAge(now - new Date(c.authorDate).getTime())) : undefined, unpushed.has(c.hash) ? vscode.l10n.t('not pushed') : undefined]
        .filter(Boolean)
        .join(' · '),
      sha: c.hash,
    })),
  ];
}

/** A commit already made: a comment on the goal when pushed; otherwise amend the last commit or comment after push. */
async function linkMadeCommit(
  context: SprintFlowContext,
  repository: GitRepository,
  loaded: Goal | undefined,
  reference: string,
  sha: string,
  whenUnpushed: LinkCommitArgs['whenUnpushed'],
): Promise<LinkCommitResult | undefined> {
  let commit: GitCommit;
  try {
    await repository.status();
    commit = await repository.getCommit(sha);
  } catch {
    void vscode.window.showErrorMessage(vscode.l10n.t('There is no commit {0} in {1}.', sha, repository.rootUri.fsPath));
    return undefined;
  }
  const api = await context.account.api();
  if (!api) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Sign in to GitHub to link a commit to a goal.'));
    return undefined;
  }
  try {
    const goal = loaded ?? (await readGoalIssue(api, reference));
    const toLink: CommitToLink = {
      repository: commitRepository(repository, context, reference),
      sha: commit.hash,
      headline: commit.message.split('\n')[0],
      committedAt: commit.authorDate ? new Date(commit.authorDate).toISOString() : undefined,
    };
    if (await isPushed(repository, commit.hash)) {
      const commentUrl = await linkCommitByComment(api, goal, toLink, randomUUID());
      vscode.window.setStatusBarMessage(vscode.l10n.t('$(check) Commit {0} is linked to {1}.', commit.hash.slice(0, 7), goal.reference), 5000);
      void context.work.goalsView.refresh();
      return { goal: goal.reference, linked: 'comment', commit: commit.hash, commentUrl };
    }
    const isLast = repository.state.HEAD?.commit === commit.hash && repository.state.indexChanges.length === 0;
    const amend = vscode.l10n.t('Amend the Commit Message');
    const later = vscode.l10n.t('Comment After Push');
    const choice = whenUnpushed === 'amend' && isLast ? amend : whenUnpushed === 'commentAfterPush' || (whenUnpushed && !isLast) ? later
      : await vscode.window.showInformationMessage(
          isLast
            ? vscode.l10n.t('Commit {0} is not pushed yet. Add the goal trailers to its message, or comment on the goal once it is pushed?', commit.hash.slice(0, 7))
            : vscode.l10n.t('Commit {0} is not pushed yet, and it is not the last commit, so its message cannot be amended safely. Sprint Flow will comment on the goal once it is pushed.', commit.hash.slice(0, 7)),
          { modal: true },
          ...(isLast ? [amend, later] : [later]),
        );
    if (choice === amend) {
      await repository.commit(addTrailers(commit.message, goalTrailers(goal.reference)), { amend: true });
      const amended = (await repository.getCommit('HEAD')).hash;
      return { goal: goal.reference, linked: 'amended', commit: amended };
    }
    if (choice === later) {
      await context.work.pendingLinks.add({ ...toLink, linkId: randomUUID(), root: repository.rootUri.fsPath, goal: { id: goal.id, reference: goal.reference } });
      return { goal: goal.reference, linked: 'afterPush', commit: commit.hash };
    }
    return undefined;
  } catch (error) {
    const problem = toGitHubError(error);
    void vscode.window.showErrorMessage(vscode.l10n.t('The commit was not linked: {0}', problem.message));
    return undefined;
  }
}

/**
 * OWNER/REPO of the commit: from the remote's URL (origin first); else the repository of the branch's item; else the
 * goal's own repository.
 */
function commitRepository(repository: GitRepository, context: SprintFlowContext, goal: string): string {
  const remotes = [...repository.state.remotes].sort((a, b) => Number(b.name === 'origin') - Number(a.name === 'origin'));
  for (const remote of remotes) {
    const name = repositoryFromRemote(remote.fetchUrl ?? remote.pushUrl);
    if (name) return name;
  }
  const active = context.work.activeItem.current;
  const fromItem = active?.repository === repository ? active.reference.split('#')[0] : undefined;
  return fromItem ?? goal.split('#')[0];
}
