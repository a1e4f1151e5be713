import * as vscode from 'vscode';
import { registerCommands } from './commands';
import { GitHubAccount } from './services/githubAccount';
import { InterruptionStore } from './services/interruptionStore';
import { InterruptionTimer } from './services/interruptionTimer';
import { affectsSprint } from './services/settings';
import { SprintStore } from './services/sprintStore';
import { InterruptionsView } from './views/interruptionsView';
import { InterruptionTimerStatus } from './views/interruptionTimerStatus';
import { SprintView } from './views/sprintView';

/** What activate() returns: used by the integration tests and by other extensions that script Sprint Flow. */
export interface SprintFlowApi {
  store: SprintStore;
  sprintView: SprintView;
  interruptions: InterruptionStore;
  interruptionsView: InterruptionsView;
  interruptionTimerStatus: InterruptionTimerStatus;
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
  const interruptions = new InterruptionStore(context.globalStorageUri.fsPath, account, log);
  const interruptionTimer = new InterruptionTimer(context.globalState);
  const interruptionsView = new InterruptionsView(interruptions, store);
  const interruptionTimerStatus = new InterruptionTimerStatus(interruptionTimer);

  context.subscriptions.push(
    log,
    account,
    store,
    sprintView,
    interruptions,
    interruptionTimer,
    interruptionsView,
    interruptionTimerStatus,
    ...registerCommands({ account, store, sprintView, log, interruptions, interruptionTimer, interruptionsView }),
    account.onDidChange(() => void sprintView.refresh()),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (affectsSprint(e)) {
        void sprintView.refresh();
      }
    }),
  );
  const activationMs = performance.now() - started;
  log.info(`Activated in ${activationMs.toFixed(1)} ms.`);
  return { store, sprintView, interruptions, interruptionsView, interruptionTimerStatus, activationMs };
}

export function deactivate(): void {}
