import * as path from 'node:path';
import * as vscode from 'vscode';
import { Standups } from '../../services/standup/standups';
import { StandupDraftLens } from '../../views/standup/standupDraftLens';
import { StandupReminder } from '../../views/standup/standupReminder';
import { TeamStandupPanel, TeamStandupSources } from '../../views/standup/teamStandupPanel';
import { TEAM_STANDUP_VIEW_TYPE } from '../../webview/protocol';
import { SprintFlowContext } from '../context';
import { whenTrusted } from '../restrictedMode';
import { openTeamStandup, OpenTeamStandupArgs } from './openTeamStandup';
import { discardStandupDraft, postStandup, PostStandupArgs, postStandupDraft } from './postStandup';

/** What the standup adds to the extension's API, for tests and scripts. */
export interface StandupApi {
  standups: Standups;
  reminder: StandupReminder;
  teamStandup(): TeamStandupPanel | undefined;
}

/** The async standup: its service, commands, draft editor action, reminder and Team Standup panel. */
export function registerStandup(extension: vscode.ExtensionContext, context: SprintFlowContext): { api: StandupApi; disposables: vscode.Disposable[] } {
  const standups = new Standups(
    extension.globalStorageUri.fsPath,
    context.account,
    context.store,
    context.interruptions,
    {
      goals: () => context.work.goals.ensureLoaded(),
      activeItem: () => context.work.activeItem.current?.reference,
      boardAssignees: () => context.work.goals.boardAssignees(),
    },
    context.log,
  );
  const reminder = new StandupReminder(standups, extension.globalState);
  const sources: TeamStandupSources = { extensionUri: context.extensionUri, standups, log: context.log };
  const draftPattern: vscode.DocumentFilter = { scheme: 'file', pattern: new vscode.RelativePattern(vscode.Uri.file(path.dirname(standups.draftUri.fsPath)), path.basename(standups.draftUri.fsPath)) };
  const disposables: vscode.Disposable[] = [
    standups,
    reminder,
    vscode.languages.registerCodeLensProvider(draftPattern, new StandupDraftLens(standups.draftUri, () => context.store.snapshot?.iteration.title)),
    vscode.commands.registerCommand('sprintFlow.postStandup', whenTrusted((args?: PostStandupArgs) => postStandup(standups, args))),
    vscode.commands.registerCommand('sprintFlow.postStandupDraft', whenTrusted(() => postStandupDraft(standups))),
    vscode.commands.registerCommand('sprintFlow.discardStandupDraft', () => discardStandupDraft(standups)),
    vscode.commands.registerCommand('sprintFlow.openTeamStandup', (args?: OpenTeamStandupArgs) => openTeamStandup(sources, args)),
    vscode.window.registerWebviewPanelSerializer(TEAM_STANDUP_VIEW_TYPE, {
      deserializeWebviewPanel: async (panel, state) => void TeamStandupPanel.restore(panel, sources, state),
    }),
    { dispose: () => TeamStandupPanel.open?.dispose() },
  ];
  return { api: { standups, reminder, teamStandup: () => TeamStandupPanel.open }, disposables };
}
