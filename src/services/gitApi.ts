import * as vscode from 'vscode';

/**
 * The few parts of VS Code's built-in Git extension API (extension `vscode.git`, API version 1) that Sprint Flow
 * uses, typed here by hand. Extend this as features need more of it.
 */
export interface GitBranchRef {
  name?: string;
  commit?: string;
}

export interface GitRepository {
  readonly rootUri: vscode.Uri;
  readonly state: { readonly HEAD: GitBranchRef | undefined };
  getConfig(key: string): Promise<string>;
  setConfig(key: string, value: string): Promise<string>;
}

export interface GitApi {
  readonly repositories: GitRepository[];
}

interface GitExtension {
  getAPI(version: 1): GitApi;
}

/** The Git API, or undefined when the Git extension is missing or disabled. */
export async function gitApi(): Promise<GitApi | undefined> {
  const extension = vscode.extensions.getExtension<GitExtension>('vscode.git');
  if (!extension) {
    return undefined;
  }
  try {
    const exports = extension.isActive ? extension.exports : await extension.activate();
    return exports.getAPI(1);
  } catch {
    return undefined;
  }
}

/** The repository of the active editor, or the only one open. */
export function activeRepository(api: GitApi): GitRepository | undefined {
  const active = vscode.window.activeTextEditor?.document.uri;
  if (active) {
    const containing = api.repositories
      .filter((r) => active.fsPath.startsWith(r.rootUri.fsPath))
      .sort((a, b) => b.rootUri.fsPath.length - a.rootUri.fsPath.length)[0];
    if (containing) {
      return containing;
    }
  }
  return api.repositories[0];
}
