import * as vscode from 'vscode';
import { TOKEN_ENVIRONMENT_VARIABLE } from '../github/tokenHost';
import { SprintFlowContext } from './context';

export async function signOut(context: SprintFlowContext): Promise<void> {
  const credentials = await context.account.credentials();
  await context.account.signOut();
  if (credentials?.source === 'environment') {
    void vscode.window.showInformationMessage(
      vscode.l10n.t('Sprint Flow uses the token in the {0} environment variable. Unset it and restart VS Code to sign out.', TOKEN_ENVIRONMENT_VARIABLE),
    );
  }
  context.log.info('Signed out.');
  await context.sprintView.refresh();
}
