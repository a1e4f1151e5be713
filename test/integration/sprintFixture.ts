// Shared set-up for integration tests: a local GitHub with the demo board, and Sprint Flow pointed at it.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SprintFlowApi } from '../../src/extension';
import type { SprintNode } from '../../src/views/sprintTree';
import { DEMO_CURRENT_ITERATION, DEMO_LOGIN, DEMO_STATUS_OPTIONS, DEMO_TOKEN, demoBoard, demoProjectUrl, FakeGitHub, startFakeGitHub } from '../fake-github';
import { IssueRec, ProjectRec } from '../fake-github/model';

export const EXTENSION_ID = 'sprint-flow.sprint-flow';

export async function sprintFlow(): Promise<SprintFlowApi> {
  const extension = vscode.extensions.getExtension<SprintFlowApi>(EXTENSION_ID);
  assert.ok(extension, 'Sprint Flow is not installed');
  return extension.activate();
}

const settings = () => vscode.workspace.getConfiguration('sprintFlow');

export async function useSettings(values: Record<string, unknown>): Promise<void> {
  for (const [key, value] of Object.entries(values)) {
    await settings().update(key, value, vscode.ConfigurationTarget.Global);
  }
}

/** The automatic refresh interval of the integration run: none, so that every refresh is one a test asked for. */
export const QUIET_REFRESH = { refreshIntervalMinutes: 0 };

export async function resetSettings(): Promise<void> {
  for (const key of ['project', 'githubApiUrl', 'fields.iteration', 'fields.status', 'fields.blockedOption']) {
    await settings().update(key, undefined, vscode.ConfigurationTarget.Global);
  }
}

/** A local GitHub with the demo board, Sprint Flow signed in to it with the demo token and showing its project. */
export async function connectToDemo(options: { itemsQuery?: boolean; issueDependencies?: boolean } = {}): Promise<FakeGitHub> {
  const github = await startFakeGitHub({
    state: demoBoard(),
    switches: { itemsQuery: options.itemsQuery ?? true, issueDependencies: options.issueDependencies ?? false },
  });
  await useSettings({ githubApiUrl: github.apiUrl, project: demoProjectUrl(github.origin) });
  const login = await vscode.commands.executeCommand<string>('sprintFlow.signInWithToken', { token: DEMO_TOKEN });
  assert.equal(login, DEMO_LOGIN);
  return github;
}

export function demoProject(github: FakeGitHub): ProjectRec {
  const project = github.state.project(github.state.owner('northwind')!, 7);
  assert.ok(project);
  return project;
}

/** What the sidebar must show, read straight from the local GitHub's state: my current-iteration items by status. */
export function expectedSprint(github: FakeGitHub): Map<string, string[]> {
  const project = demoProject(github);
  const iterationField = project.fields.find((f) => f.dataType === 'ITERATION')!;
  const statusField = project.fields.find((f) => f.name === 'Status')!;
  const current = iterationField.iterationConfig!.iterations.find((i) => i.title === DEMO_CURRENT_ITERATION)!;
  const byStatus = new Map<string, string[]>();
  for (const item of project.items) {
    const content = item.content;
    const iteration = item.values.get(iterationField.id);
    if (item.isArchived || !content || iteration?.type !== 'iteration' || iteration.iterationId !== current.id) continue;
    if (!content.assignees.some((a) => a.login === DEMO_LOGIN)) continue;
    const status = item.values.get(statusField.id);
    const option = status?.type === 'singleSelect' ? statusField.options.find((o) => o.id === status.optionId)?.name : undefined;
    const label = content.kind === 'DraftIssue' ? content.title : `#${(content as IssueRec).number} ${content.title}`;
    byStatus.set(option ?? 'No status', [...(byStatus.get(option ?? 'No status') ?? []), label]);
  }
  const order = [...DEMO_STATUS_OPTIONS, 'No status'];
  return new Map([...byStatus.entries()].sort(([a], [b]) => order.indexOf(a) - order.indexOf(b)));
}

/** What the tree provider gives VS Code: group labels with their item labels, in order. */
export function shownSprint(api: SprintFlowApi): Map<string, string[]> {
  const tree = api.sprintView.tree;
  const label = (node: SprintNode) => String(tree.getTreeItem(node).label);
  return new Map(
    tree
      .getChildren()
      .filter((n) => n.kind === 'group')
      .map((group) => [label(group), tree.getChildren(group).map(label)]),
  );
}

export function rootLabels(api: SprintFlowApi): string[] {
  const tree = api.sprintView.tree;
  return tree.getChildren().map((n) => String(tree.getTreeItem(n).label));
}
