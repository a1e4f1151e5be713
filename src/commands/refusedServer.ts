import * as vscode from 'vscode';
import { ServerSettingError } from '../github/endpoints';

/** Says why nothing will be sent to the configured server, and offers the setting that names it. */
export async function showRefusedServer(problem: ServerSettingError): Promise<void> {
  const choice = await vscode.window.showErrorMessage(problem.message, vscode.l10n.t('Open Settings'));
  if (choice) {
    await vscode.commands.executeCommand('workbench.action.openSettings', problem.setting);
  }
}
