import * as vscode from 'vscode';
import { SprintItem } from '../core/model';
import { safeWebUrl } from '../views/itemPresentation';
import { SprintNode } from '../views/sprintTree';
import { SprintFlowContext } from './context';

function itemOf(node: SprintNode | undefined): SprintItem | undefined {
  return node?.kind === 'item' ? node.item : undefined;
}

/** `{ url }`: an item's GitHub address, as the dashboard and the team report know it. */
export interface OpenItemArgs {
  url: string;
}

/** Opens an item (from the tree, or named by its URL) on GitHub in the browser. */
export async function openItem(target: SprintNode | OpenItemArgs | undefined): Promise<void> {
  const url = safeWebUrl(target && 'url' in target ? target.url : itemOf(target)?.url);
  if (url) {
    await vscode.env.openExternal(url);
  }
}

export async function copyItemLink(node: SprintNode | undefined): Promise<void> {
  const url = safeWebUrl(itemOf(node)?.url);
  if (url) {
    await vscode.env.clipboard.writeText(url.toString());
    vscode.window.setStatusBarMessage(vscode.l10n.t('$(check) Link copied'), 3000);
  }
}

/** Opens the configured project board on GitHub. */
export async function openProject(context: SprintFlowContext): Promise<void> {
  const state = context.store.state;
  const url =
    state.kind === 'sprint'
      ? state.snapshot.projectUrl
      : state.kind === 'noIterationField' || state.kind === 'noCurrentIteration'
        ? state.projectUrl
        : undefined;
  const uri = safeWebUrl(url);
  if (uri) {
    await vscode.env.openExternal(uri);
  } else {
    void vscode.window.showInformationMessage(vscode.l10n.t('No project is loaded yet. Select a project first.'));
  }
}
