import * as vscode from 'vscode';
import { safeWebUrl } from '../views/itemPresentation';
import { SprintFlowContext } from './context';

interface Action extends vscode.QuickPickItem {
  run: () => Thenable<unknown>;
}

/** What the status-bar entry offers for the active item: open it, flag a blocker, log an interruption, link a commit. */
export async function activeItemActions(context: SprintFlowContext): Promise<void> {
  const active = await context.work.activeItem.update();
  if (!active) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No item is linked to this branch. Run "Sprint Flow: Start Work" to pick one.'));
    return;
  }
  const url = safeWebUrl(active.url) ?? safeWebUrl(issueUrl(context, active.reference));
  const actions: Action[] = [
    ...(url ? [{ label: vscode.l10n.t('$(link-external) Open on GitHub'), run: () => vscode.env.openExternal(url) }] : []),
    { label: vscode.l10n.t('$(circle-slash) Flag a Blocker…'), run: () => vscode.commands.executeCommand('sprintFlow.flagBlocker', { item: active.reference }) },
    { label: vscode.l10n.t('$(bell) Log an Interruption…'), run: () => vscode.commands.executeCommand('sprintFlow.logInterruption', { item: active.reference }) },
    { label: vscode.l10n.t('$(target) Link a Commit to a Goal…'), run: () => vscode.commands.executeCommand('sprintFlow.linkCommitToGoal') },
    { label: vscode.l10n.t('$(comment-discussion) Post Standup Update…'), run: () => vscode.commands.executeCommand('sprintFlow.postStandup') },
  ];
  const picked = await vscode.window.showQuickPick(actions, { title: `${active.reference}${active.title ? ` ${active.title}` : ''}`, placeHolder: vscode.l10n.t('What next?') });
  await picked?.run();
}

/** The item's web address on the server Sprint Flow talks to, when the sprint did not give one. */
function issueUrl(context: SprintFlowContext, reference: string): string | undefined {
  const [repository, number] = reference.split('#');
  const projectUrl = context.store.snapshot?.projectUrl;
  return projectUrl && number ? `${new URL(projectUrl).origin}/${repository}/issues/${number}` : undefined;
}
