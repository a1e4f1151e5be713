// VS Code's own view of an extension's activation: the "Extension Activation Stats" table of Developer: Startup
// Performance, a document the workbench serves under the perf: scheme.
import * as vscode from 'vscode';
import { VSCodeActivationTimes } from './protocol';

const STARTUP_PERFORMANCE = vscode.Uri.from({ scheme: 'perf', path: 'Startup Performance' });

/**
 * The extension's row of that table, read from the editor the command opens (which it then closes); undefined when
 * the workbench does not list the extension within `timeoutMs`. The workbench registers the perf: documents when
 * the command first runs, and fills the document once the window has finished starting.
 */
export async function vscodeActivationTimes(extensionId: string, timeoutMs = 20_000): Promise<VSCodeActivationTimes | undefined> {
  await vscode.commands.executeCommand('perfview.show');
  try {
    const document = await vscode.workspace.openTextDocument(STARTUP_PERFORMANCE);
    for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 250))) {
      const times = activationRow(document.getText(), extensionId);
      if (times) {
        return times;
      }
    }
    return undefined;
  } finally {
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  }
}

function activationRow(text: string, extensionId: string): VSCodeActivationTimes | undefined {
  const stats = text.indexOf('Extension Activation Stats');
  // | Extension | Eager | Load Code | Call Activate | Finish Activate | Event | By |
  const row = stats < 0 ? undefined : text
    .slice(stats)
    .split('\n')
    .map((line) => line.split('|').map((cell) => cell.trim()))
    .find((cells) => cells[1]?.toLowerCase() === extensionId.toLowerCase());
  if (!row) {
    return undefined;
  }
  const [, , , loadCode, callActivate, finishActivate, event] = row;
  return { loadCodeMs: Number(loadCode), callActivateMs: Number(callActivate), finishActivateMs: Number(finishActivate), event };
}
