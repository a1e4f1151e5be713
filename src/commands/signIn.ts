import * as vscode from 'vscode';
import { SprintFlowContext } from './context';
import { showRefusedServer } from './refusedServer';

export interface SignInArgs {
  /** GitHub rejected the current session's token: ask VS Code for a new session instead of the same one. */
  renew?: boolean;
}

/** Signs in through VS Code's GitHub account; servers VS Code cannot sign in to get a token instead. */
export async function signIn(context: SprintFlowContext, args?: SignInArgs): Promise<void> {
  const refused = context.account.serverProblem();
  if (refused) {
    await showRefusedServer(refused);
    return;
  }
  if (!context.account.authProvider()) {
    const choice = await vscode.window.showInformationMessage(
      vscode.l10n.t('VS Code cannot sign in to {0} for you. Sign in with a personal access token instead.', context.account.server().host),
      vscode.l10n.t('Sign in with a Token'),
    );
    if (choice) {
      await vscode.commands.executeCommand('sprintFlow.signInWithToken');
    }
    return;
  }
  try {
    await context.account.signInWithVSCode({ renew: !!args?.renew });
  } catch (error) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Signing in to GitHub did not finish: {0}', error instanceof Error ? error.message : String(error)));
    return;
  }
  await context.sprintView.refresh();
}
