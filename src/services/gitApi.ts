import * as vscode from 'vscode';

/**
 * The few parts of VS Code's built-in Git extension API (extension `vscode.git`, API version 1) that Sprint Flow
 * uses, typed here by hand. Extend this as features need more of it.
 */
export interface GitBranchRef {
  name?: string;
  commit?: string;
  /** The branch it pushes to and pulls from, when it has one. */
  upstream?: { remote: string; name: string };
  /** Commits not yet on the upstream branch. */
  ahead?: number;
  behind?: number;
}

export interface GitChange {
  readonly uri: vscode.Uri;
}

export interface GitCommit {
  readonly hash: string;
  readonly message: string;
  readonly parents: string[];
  readonly authorDate?: Date;
  readonly authorName?: string;
  readonly authorEmail?: string;
}

export interface GitRemote {
  readonly name: string;
  readonly fetchUrl?: string;
  readonly pushUrl?: string;
}

export interface GitRepositoryState {
  readonly HEAD: GitBranchRef | undefined;
  readonly remotes: GitRemote[];
  readonly workingTreeChanges: GitChange[];
  readonly indexChanges: GitChange[];
  readonly mergeChanges: GitChange[];
  readonly onDidChange: vscode.Event<void>;
}

export interface GitLogOptions {
  maxEntries?: number;
  /** A revision range such as `@{upstream}..HEAD`; replaces maxEntries. */
  range?: string;
}

export interface GitRef {
  readonly name?: string;
  readonly commit?: string;
  readonly remote?: string;
}

export interface GitRepository {
  readonly rootUri: vscode.Uri;
  readonly state: GitRepositoryState;
  /** The Source Control view's commit message box. */
  readonly inputBox: { value: string };
  getConfig(key: string): Promise<string>;
  setConfig(key: string, value: string): Promise<string>;
  getBranch(name: string): Promise<GitBranchRef>;
  createBranch(name: string, checkout: boolean, ref?: string): Promise<void>;
  checkout(treeish: string): Promise<void>;
  getCommit(ref: string): Promise<GitCommit>;
  log(options?: GitLogOptions): Promise<GitCommit[]>;
  commit(message: string, options?: { amend?: boolean }): Promise<void>;
  status(): Promise<void>;
  /** Refs matching a pattern such as `refs/remotes`, optionally only those containing a commit. */
  getRefs(query: { contains?: string; pattern?: string | string[] }): Promise<GitRef[]>;
}

export interface GitApi {
  readonly repositories: GitRepository[];
  readonly onDidOpenRepository: vscode.Event<GitRepository>;
  readonly onDidCloseRepository: vscode.Event<GitRepository>;
  openRepository(root: vscode.Uri): Promise<GitRepository | null>;
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

/**
 * The repository a command works in: the one at `root` when given (opened if the Git extension has not yet), else
 * the active one.
 */
export async function repositoryFor(api: GitApi, root?: string): Promise<GitRepository | undefined> {
  if (!root) {
    return activeRepository(api);
  }
  const uri = vscode.Uri.file(root);
  return api.repositories.find((r) => r.rootUri.fsPath === uri.fsPath) ?? (await api.openRepository(uri)) ?? undefined;
}
