import * as vscode from 'vscode';

/**
 * The Post action where the person edits: a line above the draft, "Post to Standup · Iteration 42 | Discard Draft".
 * The editor's title bar has the same Post button (package.json, for the draft's file name).
 */
export class StandupDraftLens implements vscode.CodeLensProvider {
  constructor(
    private readonly draftUri: vscode.Uri,
    private readonly iteration: () => string | undefined,
  ) {}

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    if (document.uri.fsPath !== this.draftUri.fsPath) {
      return [];
    }
    const top = new vscode.Range(0, 0, 0, 0);
    const iteration = this.iteration();
    return [
      new vscode.CodeLens(top, { title: vscode.l10n.t('$(send) Post to Standup{0}', iteration ? ` · ${iteration}` : ''), command: 'sprintFlow.postStandupDraft', tooltip: vscode.l10n.t('Post this update as a comment on the team\'s standup thread') }),
      new vscode.CodeLens(top, { title: vscode.l10n.t('Discard Draft'), command: 'sprintFlow.discardStandupDraft' }),
    ];
  }
}
