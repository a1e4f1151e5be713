// The "My Sprint" sidebar in a real VS Code, against the local GitHub over HTTP.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SprintFlowApi } from '../../src/extension';
import { DEMO_CURRENT_ITERATION, FakeGitHub } from '../fake-github';
import { currentIssues, teammate } from '../unit/demoBoardEdits';
import { board, iterationsFrom } from './boards';
import { connectToDemo, expectedSprint, resetSettings, rootLabels, shownSprint, sprintFlow, useSettings } from './sprintFixture';
import { treeRows, uiCheck } from './workbench';

// The Sprint Goals view, visible beside this one, reads goals after each refresh: only the sprint's own reads count here.
const operations = (github: FakeGitHub) => github.requestLog.map((r) => r.operationName).filter((o) => o && !o.startsWith('Goal'));

describe('My Sprint sidebar', () => {
  let api: SprintFlowApi;
  let github: FakeGitHub | undefined;

  before(async () => {
    api = await sprintFlow();
    console.log(`      (activate() took ${api.activationMs.toFixed(1)} ms)`);
  });

  afterEach(async () => {
    await github?.close();
    github = undefined;
  });

  after(async () => {
    await vscode.commands.executeCommand('sprintFlow.signOut');
    await resetSettings();
  });

  it('shows exactly my items in the current iteration, grouped by the board\'s status options, in one filtered query', async () => {
    github = await connectToDemo({ itemsQuery: true });
    github.requestLog.length = 0;
    const state = await api.sprintView.refresh();
    assert.equal(state.kind, 'sprint');
    const expected = expectedSprint(github);
    assert.ok(expected.size >= 4, 'the demo board gives me items in several statuses');
    assert.deepEqual(shownSprint(api), expected);
    assert.equal(rootLabels(api)[0], DEMO_CURRENT_ITERATION);
    // The sprint was read once when signing in: nothing changed since, so the items' comments are not read again.
    assert.deepEqual(operations(github), ['BoardAndMySprintItems'], 'a repeated refresh reads the board\'s fields and my items in one request');
  });

  it('reads the same items by paging the board when the server lacks items(query:), and later only checks for changes', async () => {
    github = await connectToDemo({ itemsQuery: false });
    github.requestLog.length = 0;
    await api.sprintView.refresh();
    assert.deepEqual(shownSprint(api), expectedSprint(github));
    assert.deepEqual(operations(github), ['BoardChangeCheck'], 'signing in read every item; an automatic refresh asks whether the board changed');
    github.requestLog.length = 0;
    await vscode.commands.executeCommand('sprintFlow.refresh');
    const ops = operations(github);
    assert.ok(ops.includes('ProjectItemsPage') && !ops.includes('MySprintItems'), `the Refresh button reads every item: ${ops.join(', ')}`);
    assert.deepEqual(shownSprint(api), expectedSprint(github));
  });

  it('still reads every item when the Refresh button is pressed during an automatic refresh', async () => {
    github = await connectToDemo({ itemsQuery: false });
    github.requestLog.length = 0;
    await Promise.all([api.sprintView.refresh(), vscode.commands.executeCommand('sprintFlow.refresh')]);
    const ops = operations(github);
    assert.deepEqual(ops.slice(0, 2), ['BoardChangeCheck', 'BoardChangeCheck'], 'the button waits for the automatic refresh, then checks');
    assert.ok(ops.includes('ProjectItemsPage'), ops.join(', '));
  });

  it('shows an item a teammate moved at the next automatic refresh, without items(query:)', async () => {
    github = await connectToDemo({ itemsQuery: false });
    const [mine] = currentIssues(github, 'mine');
    await teammate(github).moveToStatus(mine, 'Done');
    github.requestLog.length = 0;
    await api.sprintView.refresh();
    assert.ok(shownSprint(api).get('Done')?.some((label) => label.endsWith(mine.content!.title)), 'the moved item is under Done');
    assert.deepEqual(shownSprint(api), expectedSprint(github));
    assert.deepEqual(operations(github).slice(0, 2), ['BoardChangeCheck', 'ProjectItemsPage'], 'the board changed: every item is read');
  });

  it('draws the iteration, the status groups and my items in the workbench', async () => {
    github = await connectToDemo();
    await api.sprintView.refresh();
    await vscode.commands.executeCommand('sprintFlow.sprint.focus');
    const [firstItem] = [...expectedSprint(github).values()][0];
    const rows = await treeRows('My Sprint', { contains: firstItem });
    assert.equal(rows[0].label, DEMO_CURRENT_ITERATION);
    assert.match(rows[0].description, /days? left|last day/);
    // Three views share the side bar: collapse the groups so every one of them is drawn.
    await vscode.commands.executeCommand('workbench.actions.treeView.sprintFlow.sprint.collapseAll');
    const collapsed = await treeRows('My Sprint', { contains: 'No status' });
    const groups = collapsed.filter((r) => r.level === 1).slice(1).map((r) => r.label);
    assert.deepEqual(groups, [...expectedSprint(github).keys()]);
    if (process.env.SPRINT_FLOW_SCREENSHOT_DIR) {
      await uiCheck('screenshot', { path: `${process.env.SPRINT_FLOW_SCREENSHOT_DIR}/sidebar.png` });
    }
  });

  it('marks the item in the blocked status as blocked', async () => {
    github = await connectToDemo();
    await api.sprintView.refresh();
    const tree = api.sprintView.tree;
    const group = tree.getChildren().find((n) => n.kind === 'group' && n.group.option?.name === 'In Review/Blocked');
    assert.ok(group, 'the demo gives me an item in In Review/Blocked');
    for (const item of tree.getChildren(group)) {
      const row = tree.getTreeItem(item);
      assert.match(String(row.contextValue), /\bblocked\b/);
      assert.equal((row.iconPath as vscode.ThemeIcon).id, 'circle-slash');
      assert.match(String(row.description), /^blocked/);
    }
  });

  it('keeps the last sprint on screen and offers to sign in again when the token is rejected (401)', async () => {
    github = await connectToDemo();
    await api.sprintView.refresh();
    const before = shownSprint(api);
    github.switches.forceStatus = 401;
    const state = await api.sprintView.refresh();
    assert.equal(state.kind, 'sprint');
    assert.equal(state.kind === 'sprint' && state.problem?.kind, 'unauthorized');
    const [problem, fix] = rootLabels(api);
    assert.match(problem, /did not accept your sign-in/);
    assert.equal(fix, 'Sign in again');
    assert.deepEqual(shownSprint(api), before);
  });

  it('says which project was not found, with a fix action, for a wrong project URL', async () => {
    github = await connectToDemo();
    await useSettings({ project: `${github.origin}/orgs/northwind/projects/999` });
    const state = await api.sprintView.refresh();
    assert.equal(state.kind, 'problem');
    assert.deepEqual(rootLabels(api)[1], 'Select a project');
    assert.match(rootLabels(api)[0], /Project 999 of the organization northwind was not found/);
  });

  it('answers for the project set now when the setting changes while a refresh of the old one runs', async () => {
    github = await connectToDemo();
    github.switches.latencyMs = 400;
    const running = api.sprintView.refresh();
    await useSettings({ project: `${github.origin}/orgs/northwind/projects/999` });
    const state = await api.sprintView.refresh();
    assert.equal((await running).kind, 'sprint', 'the refresh already running still reads project 7');
    assert.equal(state.kind, 'problem', 'the refresh asked for after the change reads project 999');
    assert.match(rootLabels(api)[0], /Project 999 of the organization northwind was not found/);
  });

  it('explains a project setting that is not a project URL', async () => {
    github = await connectToDemo();
    await useSettings({ project: 'northwind board 7' });
    const state = await api.sprintView.refresh();
    assert.equal(state.kind === 'problem' && state.problem.kind, 'invalidProject');
    assert.match(rootLabels(api)[0], /is not a URL/);
  });

  it('shows the iteration-field welcome view for a board without one', async () => {
    github = await connectToDemo();
    const plain = board(github, { title: 'Kanban without sprints', iterations: undefined });
    await useSettings({ project: `${github.origin}/orgs/northwind/projects/${plain.number}` });
    assert.equal((await api.sprintView.refresh()).kind, 'noIterationField');
    await vscode.commands.executeCommand('sprintFlow.sprint.focus');
    await uiCheck('viewText', { view: 'My Sprint', contains: 'This board has no iteration field' });
  });

  it('shows the no-current-iteration welcome view when every iteration has ended', async () => {
    github = await connectToDemo();
    const ended = board(github, { title: 'Last year\'s sprints', iterations: iterationsFrom(-120, 3) });
    await useSettings({ project: `${github.origin}/orgs/northwind/projects/${ended.number}` });
    assert.equal((await api.sprintView.refresh()).kind, 'noCurrentIteration');
    await vscode.commands.executeCommand('sprintFlow.sprint.focus');
    await uiCheck('viewText', { view: 'My Sprint', contains: 'No iteration of this board is running today' });
  });

  it('shows the sign-in welcome view once signed out', async () => {
    github = await connectToDemo();
    await vscode.commands.executeCommand('sprintFlow.signOut');
    assert.equal(api.store.state.kind, 'signedOut');
    await vscode.commands.executeCommand('sprintFlow.sprint.focus');
    await uiCheck('viewText', { view: 'My Sprint', contains: 'Sign in to GitHub to see your items' });
  });
});
