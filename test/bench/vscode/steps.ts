// The measuring steps a bench session runs inside the extension host of a real VS Code (see ../vscode.bench.ts).
// Each starts from a window the bench opened for it and returns what it measured; it throws when what it saw would
// make the figure meaningless (no cache where one must be, rows that were not the cached items).
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { SprintFlowApi } from '../../../src/extension';
import type { SprintSnapshot } from '../../../src/core/model';
import type { SprintStore, SprintViewState } from '../../../src/services/sprintStore';
import type { SprintNode, SprintTreeProvider } from '../../../src/views/sprintTree';
import { treeRows, uiCheck } from '../../integration/workbench';
import { garbageCollection, peakSampler, settledSample } from './memory';
import {
  Activation,
  FillCacheResult,
  GitHubUnderTest,
  LargeBoardResult,
  OpenFromCacheResult,
  ViewOpening,
  YARDSTICK_FIRST_VARIABLE,
  YARDSTICK_ROWS_VARIABLE,
  YardstickRow,
} from './protocol';
import { vscodeActivationTimes } from './startupPerformance';

const EXTENSION_ID = 'sprint-flow.sprint-flow';
const SPRINT_VIEW = 'My Sprint';
const YARDSTICK_CONTAINER = 'Tree Yardstick';
const YARDSTICK_VIEW = 'Yardstick Rows';
/** The workspace folder's name is the title of the Explorer's folder view. */
const WORKSPACE_FOLDER = vscode.workspace.workspaceFolders?.[0]?.name ?? '';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Session 1 of a kept session: loads the sprint, which Sprint Flow keeps in workspaceState, and leaves the Search
 * view open, so that the next window opens neither My Sprint nor the Explorer before they are timed.
 */
export async function fillCache(github: GitHubUnderTest): Promise<FillCacheResult> {
  const { api, activation } = await activated();
  const snapshot = await pointAt(github, api.store);
  await vscode.commands.executeCommand('workbench.view.extension.sprintFlow');
  await treeRows(SPRINT_VIEW, { contains: snapshot.items[0]?.title ?? '' });
  writeYardstickRows(api.sprintView.tree);
  await leaveForNextWindow();
  return { activation, items: snapshot.items.length };
}

/** My Sprint's rows as drawn now (label, description, icon, expansion, depth), for the tree yardstick of later windows. */
function writeYardstickRows(tree: SprintTreeProvider): void {
  const file = process.env[YARDSTICK_ROWS_VARIABLE];
  if (!file) {
    throw new Error(`The bench names no file for the tree yardstick's rows (${YARDSTICK_ROWS_VARIABLE}).`);
  }
  const row = (node: SprintNode): YardstickRow => {
    const item = tree.getTreeItem(node);
    const children = tree.getChildren(node);
    return {
      label: typeof item.label === 'string' ? item.label : (item.label?.label ?? ''),
      ...(typeof item.description === 'string' ? { description: item.description } : {}),
      ...(item.iconPath instanceof vscode.ThemeIcon ? { icon: item.iconPath.id } : {}),
      ...(children.length ? { expanded: item.collapsibleState !== vscode.TreeItemCollapsibleState.Collapsed, children: children.map(row) } : {}),
    };
  };
  fs.writeFileSync(file, JSON.stringify(tree.getChildren().map(row)));
}

/**
 * A later window of that session, with GitHub slowed to a crawl so only the cache can draw. Once the window has
 * settled, clicks the Sprint Flow icon and times, in the page, the first rows of My Sprint; then the same for the
 * Explorer, as a yardstick of what this machine and workbench take for any view.
 */
export async function openFromCache(): Promise<OpenFromCacheResult> {
  const { api, activation } = await activated();
  const state = api.store.state;
  if (state.kind !== 'sprint') {
    throw new Error(`Sprint Flow started without a cached sprint (state "${state.kind}"): the first window left none in workspaceState.`);
  }
  if (api.sprintView.view.visible) {
    throw new Error('My Sprint is open at startup, so its opening cannot be timed: the window before should have left the Search view open.');
  }
  await pause(SETTLE_MS);
  const yardstickFirst = process.env[YARDSTICK_FIRST_VARIABLE] === '1';
  const earlyYardstick = yardstickFirst ? await timeYardstick() : undefined;
  const opening = await timeOpening('Sprint Flow', SPRINT_VIEW, 2);
  const refreshStillRunning = api.store.state.kind === 'sprint' && api.store.state.refreshing;
  const cachedTitles = state.snapshot.items.map((item) => item.title);
  const strangers = opening.rowsAtFirstItem.filter((row) => row.level === 2 && !cachedTitles.some((title) => row.label.includes(title)));
  if (strangers.length > 0) {
    throw new Error(`My Sprint drew items that are not in the cache: ${strangers.map((row) => row.label).join(', ')}`);
  }
  const yardstickOpening = earlyYardstick ?? (await backToSearch(), await timeYardstick());
  const explorerOpening = await timeOpening('Explorer', WORKSPACE_FOLDER, 1);
  const activationStats = await vscodeActivationTimes(EXTENSION_ID);
  await leaveForNextWindow();
  return { activation, activationStats, cachedItems: state.snapshot.items.length, opening, explorerOpening, yardstickOpening, yardstickFirst, refreshStillRunning };
}

/** Opens the tree yardstick's container as My Sprint's is opened, then goes back to the Search view. */
async function timeYardstick(): Promise<ViewOpening> {
  const opening = await timeOpening(YARDSTICK_CONTAINER, YARDSTICK_VIEW, 2);
  await backToSearch();
  return opening;
}

/** Each container is opened from the Search view, as the window started, whichever is timed first. */
async function backToSearch(): Promise<void> {
  await vscode.commands.executeCommand('workbench.view.search');
  await pause(1000);
}

/** A fresh window: memory with Sprint Flow active and no project, then after it loaded the (large) board. */
export async function loadLargeBoard(github: GitHubUnderTest): Promise<LargeBoardResult> {
  const { api, activation } = await activated();
  await pause(SETTLE_MS);
  const { collect, method } = garbageCollection();
  const before = await settledSample(collect);
  const sampler = peakSampler();
  const started = performance.now();
  const snapshot = await pointAt(github, api.store, 300_000);
  const loadMs = performance.now() - started;
  const peak = sampler.stop();
  const after = await settledSample(collect);
  return { activation, method, before, after, peak, loadMs, items: snapshot.items.length };
}

/** The window is still starting when the bench begins (other extensions activate, the workbench restores views). */
const SETTLE_MS = 5000;

function timeOpening(container: string, view: string, itemLevel: number): Promise<ViewOpening> {
  return uiCheck<ViewOpening>('viewOpeningTime', { container, view, itemLevel });
}

async function leaveForNextWindow(): Promise<void> {
  await vscode.commands.executeCommand('workbench.view.search');
  // The workbench writes its state (workspaceState among it) to the browser's storage shortly after a change.
  await pause(2000);
}

/** Sprint Flow's API once VS Code has activated it at startup (onStartupFinished), or activated by the bench. */
async function activated(): Promise<{ api: SprintFlowApi; activation: Activation }> {
  const extension = vscode.extensions.getExtension<SprintFlowApi>(EXTENSION_ID);
  if (!extension) {
    throw new Error(`${EXTENSION_ID} is not installed in this window.`);
  }
  for (const deadline = Date.now() + 60_000; !extension.isActive && Date.now() < deadline; await pause(100)) {
    // VS Code activates it once the window has started.
  }
  const activatedByVSCode = extension.isActive;
  const api = await extension.activate();
  return { api, activation: { activateMs: api.activationMs, activatedByVSCode } };
}

/**
 * Points Sprint Flow at the local GitHub and resolves with the sprint it loads. The API URL goes first: a project
 * set while it still points at github.com would start a load there.
 */
async function pointAt(github: GitHubUnderTest, store: SprintStore, timeoutMs = 60_000): Promise<SprintSnapshot> {
  const settings = vscode.workspace.getConfiguration('sprintFlow');
  await settings.update('githubApiUrl', github.apiUrl, vscode.ConfigurationTarget.Global);
  const loaded = sprintLoaded(store, timeoutMs);
  await settings.update('project', github.projectUrl, vscode.ConfigurationTarget.Global);
  return loaded;
}

function sprintLoaded(store: SprintStore, timeoutMs: number): Promise<SprintSnapshot> {
  return new Promise((resolve, reject) => {
    const done = (outcome: () => void) => {
      clearTimeout(timer);
      subscription.dispose();
      outcome();
    };
    const timer = setTimeout(() => done(() => reject(new Error(`The sprint did not load within ${timeoutMs / 1000} s (state "${store.state.kind}").`))), timeoutMs);
    const subscription = store.onDidChange((state: SprintViewState) => {
      const problem = state.kind === 'problem' || state.kind === 'sprint' ? state.problem : undefined;
      if (problem) {
        done(() => reject(new Error(`The sprint did not load: ${problem.message}`)));
      } else if (state.kind === 'sprint' && !state.refreshing) {
        done(() => resolve(state.snapshot));
      }
    });
  });
}
