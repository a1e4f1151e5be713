import * as vscode from 'vscode';
import { isLegalBranchName, workBranchName } from '../core/branchName';
import { SprintItem, SprintSnapshot } from '../core/model';
import { findItem, itemReference, statusOf } from '../core/sprint';
import { inProgressOption } from '../core/workStatus';
import { toGitHubError } from '../github/errors';
import { assignViewer, setItemStatus } from '../github/workWrites';
import { linkBranch } from '../services/branchLinks';
import { gitApi, GitRepository, repositoryFor } from '../services/gitApi';
import { inProgressOptionSetting } from '../services/settings';
import { itemPicks } from '../views/itemPicker';
import { boardFieldsNow, explainMissingOnBoard } from './boardFields';
import { SprintFlowContext } from './context';

export interface StartWorkArgs {
  /** OWNER/REPO#N of one of my sprint items (or its project item id). */
  item?: string;
  /** The branch to create or switch to; default `<login>/<number>-<slug>`. */
  branch?: string;
  /** Folder of the git repository; default the active one. */
  repository?: string;
  /** With uncommitted changes: carry them to the branch, or stop. Asked when absent. */
  whenDirty?: 'bringChanges' | 'cancel';
}

export interface StartWorkResult {
  item: string;
  branch: string;
  /** Whether the branch was created (false: it existed and was checked out). */
  created: boolean;
  /** Whether I was added to the item's assignees. */
  assigned: boolean;
  /** The status the item was moved to, when it was moved. */
  status?: string;
  /** Why GitHub was not (fully) updated, when it was not. */
  problem?: string;
}

/** A tree node (right-click in a view) or the argument object. */
type Invocation = StartWorkArgs | { kind: string; item?: SprintItem } | undefined;

export async function startWork(context: SprintFlowContext, invocation?: Invocation): Promise<StartWorkResult | undefined> {
  const args: StartWorkArgs =
    invocation && 'kind' in invocation ? (invocation.item ? { item: itemReference(invocation.item) } : {}) : (invocation ?? {});
  const snapshot = context.store.snapshot ?? (await context.sprintView.refresh(), context.store.snapshot);
  if (!snapshot) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Sprint Flow has no sprint loaded yet. Sign in and select a project first.'));
    return undefined;
  }
  // Besides my items, the iteration's unassigned ones (read with the goals) may be started: they get me as assignee.
  const mine = snapshot.items;
  const unassigned = () => context.work.goals.ensureLoaded().then(() => context.work.goals.unassignedItems);
  const item = args.item
    ? (findItem(mine, args.item) ?? findItem(await unassigned(), args.item))
    : await pickItem(snapshot, await unassigned().catch(() => []));
  if (!item) {
    if (args.item) {
      void vscode.window.showErrorMessage(vscode.l10n.t('{0} is neither one of your items nor an unassigned item in {1}.', args.item, snapshot.iteration.title));
    }
    return undefined;
  }
  if (item.number === undefined || !item.repository || !item.contentId) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Start Work needs an issue or pull request. Convert the draft to an issue on the board first.'));
    return undefined;
  }
  const git = await gitApi();
  const repository = git && (await repositoryFor(git, args.repository));
  if (!repository) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Start Work needs a git repository. Open the folder of your clone, then try again.'));
    return undefined;
  }
  const branch = args.branch?.trim() || workBranchName(snapshot.viewer, item.number, item.title);
  if (!isLegalBranchName(branch)) {
    void vscode.window.showErrorMessage(vscode.l10n.t('"{0}" is not a name git accepts for a branch.', branch));
    return undefined;
  }
  const reference = itemReference(item);
  const created = await switchBranch(repository, branch, args.whenDirty);
  if (created === undefined) {
    return undefined;
  }
  await linkBranch(repository, branch, reference);
  const { boardLacksOption, ...update } = await updateGitHub(context, snapshot, item);
  const result: StartWorkResult = { item: reference, branch, created, assigned: false, ...update };
  await context.work.activeItem.update();
  // An item newly assigned to me is not a change of the board: only a full read is sure to find it without items(query:).
  void context.sprintView.refresh({ fullRead: result.assigned });
  const done = vscode.l10n.t('Working on {0} on branch {1}.', reference, branch);
  if (result.problem) {
    const notUpdated = result.assigned ? vscode.l10n.t('You were assigned on GitHub, but its status was not changed:') : vscode.l10n.t('GitHub was not updated:');
    const message = `${done} ${notUpdated} ${result.problem}`;
    if (boardLacksOption) {
      void explainMissingOnBoard(message, boardLacksOption);
    } else {
      void vscode.window.showWarningMessage(message);
    }
  } else {
    vscode.window.setStatusBarMessage(`$(check) ${done}`, 5000);
  }
  return result;
}

async function pickItem(snapshot: SprintSnapshot, unassigned: SprintItem[]): Promise<SprintItem | undefined> {
  const startable = snapshot.items.filter((i) => i.type !== 'DRAFT_ISSUE' && i.type !== 'REDACTED' && i.state === 'OPEN');
  const separator = (label: string) => ({ label, kind: vscode.QuickPickItemKind.Separator });
  const picks = [
    separator(vscode.l10n.t('My items')),
    ...itemPicks(startable, snapshot.fields),
    ...(unassigned.length ? [separator(vscode.l10n.t('Unassigned in this iteration')), ...itemPicks(unassigned, snapshot.fields)] : []),
  ];
  const picked = await vscode.window.showQuickPick<vscode.QuickPickItem & { item?: SprintItem }>(picks, {
    title: vscode.l10n.t('Start Work'),
    placeHolder: vscode.l10n.t('Which of your items in {0} are you starting?', snapshot.iteration.title),
    matchOnDescription: true,
  });
  return picked?.item;
}

/** Creates or checks out the branch; undefined when the person chose to stop. Uncommitted changes always stay. */
async function switchBranch(repository: GitRepository, branch: string, whenDirty: StartWorkArgs['whenDirty']): Promise<boolean | undefined> {
  await repository.status();
  const current = repository.state.HEAD?.name;
  const existing = await repository.getBranch(branch).then((b) => b, () => undefined);
  if (current === branch) {
    return false;
  }
  const { workingTreeChanges, indexChanges, mergeChanges } = repository.state;
  const changes = workingTreeChanges.length + indexChanges.length + mergeChanges.length;
  if (changes > 0) {
    const bring = vscode.l10n.t('Switch and Bring Changes');
    const choice =
      whenDirty === 'bringChanges' ? bring : whenDirty === 'cancel' ? undefined
        : await vscode.window.showWarningMessage(
            changes === 1
              ? vscode.l10n.t('You have an uncommitted change. Git will carry it to {0}; nothing is discarded.', branch)
              : vscode.l10n.t('You have {0} uncommitted changes. Git will carry them to {1}; nothing is discarded.', changes, branch),
            { modal: true },
            bring,
          );
    if (choice !== bring) {
      return undefined;
    }
  }
  try {
    if (existing) {
      await repository.checkout(branch);
      return false;
    }
    await repository.createBranch(branch, true);
    return true;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    void vscode.window.showErrorMessage(vscode.l10n.t('Git could not switch to {0}: {1} Your changes are untouched.', branch, reason));
    return undefined;
  }
}

/** What Start Work changed on GitHub; `boardLacksOption` names the setting to fix when the board had no option to move to. */
type GitHubUpdate = Partial<StartWorkResult> & { boardLacksOption?: string };

/** Assigns me when nobody is assigned, and moves the item to the in-progress option of the board as it is now. */
async function updateGitHub(context: SprintFlowContext, snapshot: SprintSnapshot, item: SprintItem): Promise<GitHubUpdate> {
  const api = await context.account.api();
  if (!api) {
    return { problem: vscode.l10n.t('you are signed out.') };
  }
  const outcome: GitHubUpdate = {};
  try {
    await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Starting work on {0}…', itemReference(item)) }, async () => {
      if (item.assignees.length === 0) {
        await assignViewer(api, item.contentId!);
        outcome.assigned = true;
      }
      const { status } = await boardFieldsNow(api, snapshot);
      const target = inProgressOption(status, inProgressOptionSetting());
      if ('problem' in target) {
        outcome.problem = target.problem;
        outcome.boardLacksOption = status ? 'sprintFlow.fields.inProgressOption' : 'sprintFlow.fields.status';
      } else if (status && statusOf(item, status)?.id !== target.option.id) {
        await setItemStatus(api, { projectId: snapshot.projectId, itemId: item.id, fieldId: status.id, optionId: target.option.id });
        outcome.status = target.option.name;
      }
    });
  } catch (error) {
    const problem = toGitHubError(error);
    context.log.warn(`Start work on ${itemReference(item)}: ${problem.message}`);
    outcome.problem = problem.message;
  }
  return outcome;
}
