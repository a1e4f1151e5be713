import * as vscode from 'vscode';
import { GitHubAccount } from '../services/githubAccount';
import { SprintStore } from '../services/sprintStore';
import { SprintView } from '../views/sprintView';
import { WorkContext } from './workContext';

/** What every command can reach. Built once in extension.ts. */
export interface SprintFlowContext {
  account: GitHubAccount;
  store: SprintStore;
  sprintView: SprintView;
  log: vscode.LogOutputChannel;
  work: WorkContext;
}
