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
      new vscode.CodeLens(top, { title: `$(send) Post to Standup${iteration ? ` · ${iteration}` : ''}`, command: 'sprintFlow.postStandupDraft', tooltip: 'Post this update as a comment on the team\'s standup thread' }),
      new vscode.CodeLens(top, { title: 'Discard Draft', command: 'sprintFlow.discardStandupDraft' }),
    ];
  }
}
