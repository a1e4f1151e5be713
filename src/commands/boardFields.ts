import * as vscode from 'vscode';
import { discoverFields } from '../core/fieldDiscovery';
import { BoardFields, SprintSnapshot } from '../core/model';
import { parseProjectUrl } from '../core/projectUrl';
import { GitHubApi } from '../github/api';
import { readProjectBoard } from '../github/projectBoard';
import { fieldOverrides } from '../services/settings';

/**
 * The board's fields as they are on GitHub now, for a command about to write a status: the sprint on screen may
 * predate a field or option renamed or removed by the team. When the board cannot be read, the fields on screen
 * are used and the write itself reports what went wrong.
 */
export async function boardFieldsNow(api: GitHubApi, snapshot: SprintSnapshot): Promise<BoardFields> {
  try {
    const { project } = await readProjectBoard(api, parseProjectUrl(snapshot.projectUrl));
    return discoverFields(project, fieldOverrides(), snapshot.fields).fields;
  } catch {
    return snapshot.fields;
  }
}

/** Says what the board lacks, with the two fixes: name it in a setting, or add it on the board. */
export async function explainMissingOnBoard(message: string, setting: string): Promise<void> {
  const OPEN_SETTINGS = vscode.l10n.t('Open Settings');
  const OPEN_PROJECT = vscode.l10n.t('Open Project on GitHub');
  const choice = await vscode.window.showWarningMessage(message, OPEN_SETTINGS, OPEN_PROJECT);
  if (choice === OPEN_SETTINGS) {
    await vscode.commands.executeCommand('workbench.action.openSettings', setting);
  } else if (choice === OPEN_PROJECT) {
    await vscode.commands.executeCommand('sprintFlow.openProject');
  }
}
