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
    void vscode.window.showErrorMessage(`"${repository}" is not a repository. Name it as OWNER/REPO.`);
    return undefined;
  }
  await saveTeamLogRepository(repository.trim());
  context.log.info(`Team log repository set to ${repository.trim()}.`);
  return repository.trim();
}

async function pickRepository(context: SprintFlowContext): Promise<string | undefined> {
  const current = teamLogRepositorySetting();
  const fromBoard = [...new Set((context.store.snapshot?.items ?? []).flatMap((i) => (i.repository ? [i.repository] : [])))].sort();
  const other: RepositoryPick = { label: '$(edit) Enter another repository…', alwaysShow: true };
  const picks: RepositoryPick[] = [
    ...fromBoard.map((repository) => ({ label: repository, repository, description: repository === current ? 'current' : 'has items in your sprint' })),
    other,
  ];
  const chosen = await vscode.window.showQuickPick(picks, {
    title: 'Team log repository',
    placeHolder: 'Which repository holds the team\'s interruption log? One issue per iteration goes there.',
    ignoreFocusOut: true,
  });
  if (chosen !== other) {
    return chosen?.repository;
  }
  return vscode.window.showInputBox({
    title: 'Team log repository',
    prompt: 'The repository for the interruption log, as OWNER/REPO',
    value: current,
    ignoreFocusOut: true,
    validateInput: (value) => (parseRepository(value) ? undefined : 'Name the repository as OWNER/REPO, such as northwind/infra.'),
  });
}
