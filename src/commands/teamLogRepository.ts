import * as vscode from 'vscode';
import { parseRepository } from '../core/teamLog';
import { saveTeamLogRepository, teamLogRepositorySetting } from '../services/settings';
import { SprintFlowContext } from './context';

export interface ChooseTeamLogRepositoryArgs {
  repository?: string;
}

interface RepositoryPick extends vscode.QuickPickItem {
  repository?: string;
}

/** Sets sprintFlow.interruptions.repository, offering the repositories of my sprint's items. Returns OWNER/REPO. */
export async function chooseTeamLogRepository(context: SprintFlowContext, args?: ChooseTeamLogRepositoryArgs): Promise<string | undefined> {
  const repository = args?.repository ?? (await pickRepository(context));
  if (!repository) {
    return undefined;
  }
  if (!parseRepository(repository)) {
    void vscode.window.showErrorMessage(vscode.l10n.t('"{0}" is not a repository. Name it as OWNER/REPO.', repository));
    return undefined;
  }
  await saveTeamLogRepository(repository.trim());
  context.log.info(`Team log repository set to ${repository.trim()}.`);
  return repository.trim();
}

async function pickRepository(context: SprintFlowContext): Promise<string | undefined> {
  const current = teamLogRepositorySetting();
  const fromBoard = [...new Set((context.store.snapshot?.items ?? []).flatMap((i) => (i.repository ? [i.repository] : [])))].sort();
  const other: RepositoryPick = { label: vscode.l10n.t('$(edit) Enter another repository…'), alwaysShow: true };
  const picks: RepositoryPick[] = [
    ...fromBoard.map((repository) => ({ label: repository, repository, description: repository === current ? 'current' : vscode.l10n.t('has items in your sprint') })),
    other,
  ];
  const chosen = await vscode.window.showQuickPick(picks, {
    title: vscode.l10n.t('Team log repository'),
    placeHolder: vscode.l10n.t('Which repository holds the team\'s interruption log? One issue per iteration goes there.'),
    ignoreFocusOut: true,
  });
  if (chosen !== other) {
    return chosen?.repository;
  }
  return vscode.window.showInputBox({
    title: vscode.l10n.t('Team log repository'),
    prompt: vscode.l10n.t('The repository for the interruption log, as OWNER/REPO'),
    value: current,
    ignoreFocusOut: true,
    validateInput: (value) => (parseRepository(value) ? undefined : vscode.l10n.t('Name the repository as OWNER/REPO, such as northwind/infra.')),
  });
}
