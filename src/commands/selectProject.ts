import * as vscode from 'vscode';
import { parseProjectUrl, ProjectUrlError } from '../core/projectUrl';
import { toGitHubError } from '../github/errors';
import { ProjectSummary, readViewerProjects } from '../github/viewer';
import { projectUrlSetting, saveProjectUrl } from '../services/settings';
import { SprintFlowContext } from './context';

export interface SelectProjectArgs {
  url?: string;
}

interface ProjectPick extends vscode.QuickPickItem {
  url?: string;
}

const ENTER_URL: ProjectPick = { get label() { return vscode.l10n.t('$(link) Enter a project URL…'); }, alwaysShow: true };

/** Picks the board from the viewer's and their organizations' recent projects, or from a pasted URL. */
export async function selectProject(context: SprintFlowContext, args?: SelectProjectArgs): Promise<string | undefined> {
  let url = args?.url;
  if (url === undefined) {
    url = await pickProject(context);
  }
  if (!url) {
    return undefined;
  }
  const ref = parseProjectUrl(url);
  await saveProjectUrl(ref.url);
  context.log.info(`Project set to ${ref.url}.`);
  await context.sprintView.refresh();
  return ref.url;
}

async function pickProject(context: SprintFlowContext): Promise<string | undefined> {
  const pick = vscode.window.createQuickPick<ProjectPick>();
  pick.title = vscode.l10n.t('Select the project your team plans in');
  pick.placeholder = vscode.l10n.t('Type to filter your recent projects');
  pick.matchOnDescription = true;
  pick.matchOnDetail = true;
  pick.items = [ENTER_URL];
  pick.busy = true;
  pick.show();

  void listProjects(context).then(
    (items) => {
      pick.items = [...items, ENTER_URL];
      pick.busy = false;
    },
    (message: string) => {
      pick.items = [{ label: vscode.l10n.t('$(warning) Your projects could not be listed'), detail: message, alwaysShow: true }, ENTER_URL];
      pick.busy = false;
    },
  );

  const chosen = await new Promise<ProjectPick | undefined>((resolve) => {
    pick.onDidAccept(() => resolve(pick.selectedItems[0]));
    pick.onDidHide(() => resolve(undefined));
  });
  pick.dispose();
  if (chosen === ENTER_URL) {
    return askForUrl();
  }
  return chosen?.url;
}

async function listProjects(context: SprintFlowContext): Promise<ProjectPick[]> {
  const api = await context.account.api();
  if (!api) {
    throw vscode.l10n.t('Sign in to GitHub to list your projects, or enter a project URL.');
  }
  let projects: ProjectSummary[];
  try {
    projects = await readViewerProjects(api);
  } catch (error) {
    throw toGitHubError(error).message;
  }
  const current = projectUrlSetting();
  const picks = projects.map(
    (p): ProjectPick => ({
      label: p.title,
      description: [`${p.owner} #${p.number}`, p.closed ? vscode.l10n.t('closed') : undefined, p.url === current ? vscode.l10n.t('current') : undefined]
        .filter(Boolean)
        .join(' · '),
      detail: p.shortDescription,
      url: p.url,
    }),
  );
  return picks.length > 0 ? picks : [{ label: vscode.l10n.t('You have no projects yet'), description: vscode.l10n.t('enter a URL below'), alwaysShow: true }];
}

function askForUrl(): Thenable<string | undefined> {
  return vscode.window.showInputBox({
    title: vscode.l10n.t('Project URL'),
    prompt: vscode.l10n.t('The address of your GitHub project board'),
    placeHolder: 'https://github.com/orgs/ORG/projects/5',
    value: projectUrlSetting(),
    ignoreFocusOut: true,
    validateInput: (value) => {
      try {
        parseProjectUrl(value);
        return undefined;
      } catch (error) {
        return error instanceof ProjectUrlError ? error.message : String(error);
      }
    },
  });
}
