import * as vscode from 'vscode';

/**
 * Commands that write to GitHub or to git (the standup's, registered with the standup, are wrapped there). In Restricted Mode Sprint Flow stays read-only: the workspace may be
 * someone else's, and what these commands write goes out under the person's own name.
 */
export const WRITE_COMMANDS: ReadonlySet<string> = new Set([
  'sprintFlow.flagBlocker',
  'sprintFlow.resolveBlocker',
  'sprintFlow.logInterruption',
  'sprintFlow.startInterruption',
  'sprintFlow.stopInterruption',
  'sprintFlow.retryInterruptionSync',
  'sprintFlow.startWork',
  'sprintFlow.linkCommitToGoal',
  'sprintFlow.publishSprintReview',
  'sprintFlow.publishSprintStart',
]);

/** Runs a write command only in a trusted workspace; otherwise says why not and offers to manage trust. */
export function whenTrusted<A extends unknown[]>(handler: (...args: A) => unknown): (...args: A) => unknown {
  return async (...args: A) => {
    if (vscode.workspace.isTrusted) {
      return handler(...args);
    }
    const manage = vscode.l10n.t('Manage Workspace Trust');
    const choice = await vscode.window.showInformationMessage(
      vscode.l10n.t('Sprint Flow is read-only in Restricted Mode. Trust this workspace to flag blockers, log interruptions, start work, link commits and publish to the project.'),
      manage,
    );
    if (choice === manage) {
      await vscode.commands.executeCommand('workbench.trust.manage');
    }
    return undefined;
  };
}
