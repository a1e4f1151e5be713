import * as vscode from 'vscode';
import { parseRepository } from '../core/teamLog';
import { teamLogRepositorySetting } from '../services/settings';
import { SyncReport } from '../services/teamLogSync';
import { safeWebUrl } from '../views/itemPresentation';
import { InterruptionNode } from '../views/interruptionsView';
import { SprintFlowContext } from './context';

/** Sends what waits now, rather than at the next minute; returns the sync's report. */
export async function retryInterruptionSync(context: SprintFlowContext): Promise<SyncReport> {
  const report = await context.interruptionsView.sync();
  if (report.outcome === 'failed') {
    void vscode.window.showWarningMessage(vscode.l10n.t('Interruptions could not be sent to the team log: {0}', report.reason ?? ''));
  } else if (report.outcome === 'signedOut') {
    void vscode.window.showInformationMessage(vscode.l10n.t('Sign in to GitHub to send your interruptions to the team log.'), vscode.l10n.t('Sign In')).then((choice) => {
      if (choice) {
        void vscode.commands.executeCommand('sprintFlow.signIn');
      }
    });
  }
  return report;
}

export interface DeleteInterruptionArgs {
  id: string;
}

const entryId = (target?: InterruptionNode | DeleteInterruptionArgs): string | undefined =>
  target && 'kind' in target ? (target.kind === 'entry' ? target.item.entry.id : undefined) : target?.id;

/** Deletes an entry not yet in the team log (a synced one is corrected on GitHub). Returns whether it was deleted. */
export async function deleteInterruption(context: SprintFlowContext, target?: InterruptionNode | DeleteInterruptionArgs): Promise<boolean> {
  const id = entryId(target);
  if (!id) {
    return false;
  }
  if (target && 'kind' in target) {
    const answer = await vscode.window.showWarningMessage(
      vscode.l10n.t('Delete this interruption? It has not reached the team log, so it will be gone.'),
      { modal: true },
      vscode.l10n.t('Delete'),
    );
    if (answer !== vscode.l10n.t('Delete')) {
      return false;
    }
  }
  const result = await context.interruptions.remove(id);
  const messages: Record<typeof result, string | undefined> = {
    deleted: undefined,
    alreadySynced: vscode.l10n.t('This interruption is already in the team log. Edit or delete its comment on GitHub.'),
    busy: vscode.l10n.t('Interruptions are being sent to the team log right now. Try again in a moment.'),
    unknown: vscode.l10n.t('That interruption is no longer in your journal.'),
  };
  if (messages[result]) {
    void vscode.window.showInformationMessage(messages[result]);
  }
  return result === 'deleted';
}

export async function openInterruptionComment(node?: InterruptionNode): Promise<void> {
  const url = node?.kind === 'entry' ? safeWebUrl(node.item.commentUrl) : undefined;
  if (url) {
    await vscode.env.openExternal(url);
  }
}

export interface SendUnaddressedArgs {
  /** OWNER/REPO; default this window's team log. */
  repository?: string;
}

/**
 * Sends entries journaled without their team log (by an earlier Sprint Flow, which kept one journal for every
 * window) to this window's team log, once the person confirms they belong there. Returns how many were addressed.
 */
export async function sendUnaddressedInterruptions(context: SprintFlowContext, args?: SendUnaddressedArgs): Promise<number> {
  const repository = parseRepository(args?.repository ?? teamLogRepositorySetting());
  const ids = context.interruptions.entries.filter((e) => e.state !== 'synced' && !e.repository && !e.window).map((e) => e.entry.id);
  if (!repository || ids.length === 0) {
    if (!repository) void vscode.window.showInformationMessage(vscode.l10n.t('Choose the team log repository first: Sprint Flow sends these interruptions there.'));
    return 0;
  }
  const name = `${repository.owner}/${repository.name}`;
  if (!args) {
    const answer = await vscode.window.showWarningMessage(
      (ids.length === 1 ? vscode.l10n.t('Send this interruption to the team log in {0}? ', name) : vscode.l10n.t('Send these {0} interruptions to the team log in {1}? ', ids.length, name)) +
        vscode.l10n.t('An earlier Sprint Flow did not record which team log they were for, so send them only if they are this team\'s.'),
      { modal: true },
      vscode.l10n.t('Send to {0}', name),
    );
    if (!answer) return 0;
  }
  await context.interruptions.address(ids, name);
  return ids.length;
}
