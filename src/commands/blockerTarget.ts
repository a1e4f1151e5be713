import * as vscode from 'vscode';
import { SprintItem, SprintSnapshot } from '../core/model';
import { findItem } from '../core/sprint';
import { linkedItemReference } from '../services/branchLinks';
import { SprintNode } from '../views/sprintTree';
import { SprintFlowContext } from './context';

/** The sprint to act on: the one on screen, or a fresh read when none is loaded yet. */
export async function currentSprint(context: SprintFlowContext): Promise<SprintSnapshot | undefined> {
  if (!context.store.snapshot) {
    await context.sprintView.refresh();
  }
  const snapshot = context.store.snapshot;
  if (!snapshot) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Your sprint is not loaded yet. Sign in and select a project in the Sprint Flow view first.'));
  }
  return snapshot;
}

export type ItemNode = Extract<SprintNode, { kind: 'item' }>;

export function isSprintNode(value: unknown): value is ItemNode {
  return typeof value === 'object' && value !== null && 'kind' in value && (value as SprintNode).kind === 'item';
}

/** An item named by an argument (OWNER/REPO#N or item id), refreshing once if it is not in the sprint on screen. */
export async function itemFromArgument(context: SprintFlowContext, reference: string): Promise<SprintItem> {
  let item = context.store.snapshot && findItem(context.store.snapshot.items, reference);
  if (!item) {
    await context.sprintView.refresh();
    item = context.store.snapshot && findItem(context.store.snapshot.items, reference);
  }
  if (!item) {
    throw new Error(vscode.l10n.t('{0} is not one of your items in the current iteration.', reference));
  }
  return item;
}

/** The item the current branch works on, when it is among the candidates: the default of item pickers. */
export async function linkedCandidate(candidates: readonly SprintItem[]): Promise<SprintItem | undefined> {
  const reference = await linkedItemReference();
  return reference ? findItem(candidates, reference) : undefined;
}
