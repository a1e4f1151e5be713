import * as vscode from 'vscode';
import { registerCommands } from './commands';
import { GitHubAccount } from './services/githubAccount';
import { affectsSprint } from './services/settings';
import { SprintStore } from './services/sprintStore';
import { SprintView } from './views/sprintView';

/** What activate() returns: used by the integration tests and by other extensions that script Sprint Flow. */
export interface SprintFlowApi {
  store: SprintStore;
  sprintView: SprintView;
  /** How long activate() took, in milliseconds. */
  activationMs: number;
}

export function activate(context: vscode.ExtensionContext): SprintFlowApi {
  const started = performance.now();
  const log = vscode.window.createOutputChannel('Sprint Flow', { log: true });
  const account = new GitHubAccount(context.secrets, context.globalState, (wait) => {
    const message = `GitHub asked Sprint Flow to wait ${wait.seconds} s (${wait.kind} rate limit); it will retry then.`;
    log.warn(message);
    vscode.window.setStatusBarMessage(`$(watch) ${message}`, wait.seconds * 1000);
  });
  const store = new SprintStore(account, context.workspaceState, log);
  const sprintView = new SprintView(store);

  context.subscriptions.push(
    log,
    account,
    store,
    sprintView,
    ...registerCommands({ account, store, sprintView, log }),
    account.onDidChange(() => void sprintView.refresh()),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (affectsSprint(e)) {
        void sprintView.refresh();
      }
    }),
  );
  const activationMs = performance.now() - started;
  log.info(`Activated in ${activationMs.toFixed(1)} ms.`);
  return { store, sprintView, activationMs };
}

export function deactivate(): void {}
