import * as vscode from 'vscode';
import { GitHubAccount } from '../services/githubAccount';
import { InterruptionStore } from '../services/interruptionStore';
import { InterruptionTimer } from '../services/interruptionTimer';
import { SprintStore } from '../services/sprintStore';
import { TeamReports } from '../services/teamReports';
import { SprintReviews } from '../services/sprintReviews';
import { InterruptionsView } from '../views/interruptionsView';
import { SprintView } from '../views/sprintView';
import { WorkContext } from './workContext';

/** What every command can reach. Built once in extension.ts. */
export interface SprintFlowContext {
  account: GitHubAccount;
  store: SprintStore;
  sprintView: SprintView;
  log: vscode.LogOutputChannel;
  /** For one-time notices that belong to the workspace. */
  workspaceState: vscode.Memento;
  interruptions: InterruptionStore;
  interruptionTimer: InterruptionTimer;
  interruptionsView: InterruptionsView;
  work: WorkContext;
  /** Where the extension is installed: webviews load their bundled assets from it. */
  extensionUri: vscode.Uri;
  /** `publisher.name`, as VS Code knows the extension (walkthrough ids are prefixed with it). */
  extensionId: string;
  reports: TeamReports;
  reviews: SprintReviews;
}
