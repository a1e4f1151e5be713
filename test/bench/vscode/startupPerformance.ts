// VS Code's own view of an extension's activation: the "Extension Activation Stats" table of Developer: Startup
// Performance, a document the workbench serves under the perf: scheme.
import * as vscode from 'vscode';
import { VSCodeActivationTimes } from './protocol';

const STARTUP_PERFORMANCE = vscode.Uri.from({ scheme: 'perf', path: 'Startup Performance' });

/**
 * Every extension's row of that table, read from the editor the command opens (which it then closes), once it lists
 * `extensionId` (at most `timeoutMs`). The workbench registers the perf: documents when the command first runs, and
 * fills the document once the window has finished starting.
 */
export async function vscodeActivationTimes(extensionId: string, timeoutMs = 20_000): Promise<Record<string, VSCodeActivationTimes>> {
  await vscode.commands.executeCommand('perfview.show');
  try {
    const document = await vscode.workspace.openTextDocument(STARTUP_PERFORMANCE);
    let rows = activationRows(document.getText());
    for (const deadline = Date.now() + timeoutMs; !rows[extensionId] && Date.now() < deadline; rows = activationRows(document.getText())) {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    return rows;
  } finally {
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  }
}

function activationRows(text: string): Record<string, VSCodeActivationTimes> {
  const stats = text.indexOf('Extension Activation Stats');
  const rows: Record<string, VSCodeActivationTimes> = {};
  if (stats < 0) {
    return rows;
  }
  // | Extension | Eager | Load Code | Call Activate | Finish Activate | Event | By |
  for (const line of text.slice(stats).split('\n')) {
    const [, id, , loadCode, callActivate, finishActivate, event] = line.split('|').map((cell) => cell.trim());
    if (id && Number.isFinite(Number(loadCode)) && loadCode !== '') {
      rows[id] = { loadCodeMs: Number(loadCode), callActivateMs: Number(callActivate), finishActivateMs: Number(finishActivate), event };
    }
  }
  return rows;
}
