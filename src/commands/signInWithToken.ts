import * as vscode from 'vscode';
import { GitHubError } from '../github/errors';
import { GITHUB_SCOPES } from '../services/githubAccount';
import { SprintFlowContext } from './context';

export interface SignInWithTokenArgs {
  token?: string;
}

/** Saves a personal access token in VS Code's secret storage after GitHub confirms whose it is. Returns the login. */
export async function signInWithToken(context: SprintFlowContext, args?: SignInWithTokenArgs): Promise<string | undefined> {
  const token =
    args?.token?.trim() ||
    (
      await vscode.window.showInputBox({
        title: 'Sign in to GitHub with a token',
        prompt: `Paste a personal access token with the ${GITHUB_SCOPES.join(', ')} scopes (or a fine-grained token with project and issue access). It is kept in VS Code's secret storage.`,
        placeHolder: 'ghp_… or github_pat_…',
        password: true,
        ignoreFocusOut: true,
        validateInput: (value) => (/\s/.test(value.trim()) ? 'A token has no spaces in it.' : undefined),
      })
    )?.trim();
  if (!token) {
    return undefined;
  }
  try {
    const check = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Checking the token with GitHub…' },
      () => context.account.checkToken(token),
    );
    await context.account.saveToken(token);
    const missing = check.scopes ? GITHUB_SCOPES.filter((s) => !check.scopes!.includes(s)) : [];
    if (missing.length > 0) {
      void vscode.window.showWarningMessage(
        `Signed in as ${check.login}, but the token lacks the ${missing.join(', ')} scope${missing.length > 1 ? 's' : ''}. Some boards or actions may not work.`,
      );
    } else if (!args?.token) {
      void vscode.window.showInformationMessage(`Signed in to GitHub as ${check.login}.`);
    }
    context.log.info(`Signed in with a saved token as ${check.login}.`);
    await context.sprintView.refresh();
    return check.login;
  } catch (error) {
    const message =
      error instanceof GitHubError && error.problem === 'unauthorized'
        ? 'GitHub did not accept that token. Check that you copied all of it and that it has not expired.'
        : error instanceof Error
          ? error.message
          : String(error);
    if (args?.token) {
      throw new Error(message);
    }
    const retry = await vscode.window.showErrorMessage(message, 'Try Again');
    if (retry) {
      return signInWithToken(context);
    }
    return undefined;
  }
}
