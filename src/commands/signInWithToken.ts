import * as vscode from 'vscode';
import { GitHubError } from '../github/errors';
import { GITHUB_SCOPES } from '../services/githubAccount';
import { SprintFlowContext } from './context';
import { showRefusedServer } from './refusedServer';

export interface SignInWithTokenArgs {
  token?: string;
}

/**
 * Saves a personal access token in VS Code's secret storage after GitHub confirms whose it is. Returns the login.
 * The token is bound to the server named when it was asked for: checked there, saved for it, sent nowhere else.
 */
export async function signInWithToken(context: SprintFlowContext, args?: SignInWithTokenArgs): Promise<string | undefined> {
  const refused = context.account.serverProblem();
  if (refused) {
    if (args?.token) {
      throw new Error(refused.message);
    }
    await showRefusedServer(refused);
    return undefined;
  }
  const server = context.account.server();
  const token =
    args?.token?.trim() ||
    (
      await vscode.window.showInputBox({
        title: vscode.l10n.t('Sign in to {0} with a token', server.host),
        prompt: vscode.l10n.t('Paste a personal access token with the {0} scopes (or a fine-grained token with project and issue access). Sprint Flow sends it only to {1} and keeps it in VS Code\'s secret storage.', GITHUB_SCOPES.join(', '), server.host),
        placeHolder: vscode.l10n.t('ghp_… or github_pat_…'),
        password: true,
        ignoreFocusOut: true,
        validateInput: (value) => (/\s/.test(value.trim()) ? vscode.l10n.t('A token has no spaces in it.') : undefined),
      })
    )?.trim();
  if (!token) {
    return undefined;
  }
  try {
    const check = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Checking the token with {0}…', server.host) },
      () => context.account.checkToken(token, server),
    );
    await context.account.saveToken(token, server);
    const missing = check.scopes ? GITHUB_SCOPES.filter((s) => !check.scopes!.includes(s)) : [];
    if (missing.length > 0) {
      void vscode.window.showWarningMessage(
        missing.length > 1
          ? vscode.l10n.t('Signed in to {0} as {1}, but the token lacks the {2} scopes. Some boards or actions may not work.', server.host, check.login, missing.join(', '))
          : vscode.l10n.t('Signed in to {0} as {1}, but the token lacks the {2} scope. Some boards or actions may not work.', server.host, check.login, missing.join(', ')),
      );
    } else if (!args?.token) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Signed in to {0} as {1}.', server.host, check.login));
    }
    context.log.info(`Signed in to ${server.host} with a saved token as ${check.login}.`);
    await context.sprintView.refresh();
    return check.login;
  } catch (error) {
    const message =
      error instanceof GitHubError && error.problem === 'unauthorized'
        ? vscode.l10n.t('{0} did not accept that token. Check that you copied all of it, that it has not expired, and that it is a token for {0}.', server.host)
        : error instanceof Error
          ? error.message
          : String(error);
    if (args?.token) {
      throw new Error(message);
    }
    const retry = await vscode.window.showErrorMessage(message, vscode.l10n.t('Try Again'));
    if (retry) {
      return signInWithToken(context);
    }
    return undefined;
  }
}
