// What the sidebar and the commands that write say when the account or the board changes under a running session:
// each case starts from a good load of the demo board, then GitHub changes (a token revoked, a scope removed, the
// project deleted, a field or option renamed or removed) and the next refresh or write must say what happened,
// offer the fix, and keep what is still true.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { FlagBlockerResult } from '../../src/commands/flagBlocker';
import type { StartWorkResult } from '../../src/commands/startWork';
import type { SprintFlowApi } from '../../src/extension';
import { gitApi } from '../../src/services/gitApi';
import { fixFor, SprintNode } from '../../src/views/sprintTree';
import {
  DEMO_LOGIN,
  DEMO_PROJECT_TITLE,
  DEMO_TOKEN,
  deleteProject,
  FakeGitHub,
  removeField,
  removeOption,
  renameField,
  renameOption,
  revokeToken,
  setTokenScopes,
} from '../fake-github';
import { commentBodies, demoItem, labels, referenceOf, statusName } from './blockerFixture';
import { tempRepository, TempRepository } from './gitFixture';
import { connectToDemo, demoProject, resetSettings, rootLabels, shownSprint, sprintFlow, useSettings } from './sprintFixture';
import { uiCheck } from './workbench';

const BLOCKED_ITEM = 'Upgrade staging Postgres to 16';
const IN_PROGRESS_ITEM = 'Rotate signing keys for billing webhooks';
const REFINED_ITEM = 'Trace the ingest worker with OpenTelemetry';

interface Notification {
  message: string;
  buttons: string[];
}

/** A notification Sprint Flow showed, read in the notification center. */
async function notification(contains: string, click?: string): Promise<Notification> {
  await vscode.commands.executeCommand('notifications.showList');
  return uiCheck<Notification>('notification', { contains, ...(click ? { click } : {}) });
}

describe('Account and board errors mid-session', () => {
  let api: SprintFlowApi;
  let github: FakeGitHub | undefined;

  before(async () => {
    api = await sprintFlow();
  });

  /** The demo board read once, as a session begins; returns the sprint as the sidebar shows it. */
  async function goodFirstLoad(settings: Record<string, unknown> = {}): Promise<{ github: FakeGitHub; shown: Map<string, string[]> }> {
    github = await connectToDemo();
    await useSettings(settings);
    const state = await api.sprintView.refresh();
    assert.equal(state.kind === 'sprint' && !state.problem, true, 'the first load is good');
    return { github, shown: shownSprint(api) };
  }

  function rootNode(kind: SprintNode['kind']): SprintNode {
    const node = api.sprintView.tree.getChildren().find((n) => n.kind === kind);
    assert.ok(node, `the sidebar has a ${kind} row`);
    return node;
  }

  function itemRow(title: string): vscode.TreeItem {
    const tree = api.sprintView.tree;
    for (const group of tree.getChildren().filter((n) => n.kind === 'group')) {
      const node = tree.getChildren(group).find((n) => n.kind === 'item' && n.item.title === title);
      if (node) return tree.getTreeItem(node);
    }
    throw new Error(`"${title}" is not in the sidebar`);
  }

  afterEach(async () => {
    await vscode.commands.executeCommand('notifications.clearAll');
    await vscode.commands.executeCommand('notifications.hideList');
    await github?.close();
    github = undefined;
    await useSettings({ 'fields.estimate': undefined, 'fields.inProgressOption': undefined });
    await resetSettings();
  });

  after(async () => {
    await vscode.commands.executeCommand('sprintFlow.signOut');
  });

  describe('the account', () => {
    it('says the sign-in was rejected when the token is revoked, keeps the sprint, and its fix asks for a new token that brings the sprint back', async () => {
      const { github, shown } = await goodFirstLoad();
      revokeToken(github.state, DEMO_TOKEN);

      const state = await api.sprintView.refresh();
      assert.equal(state.kind === 'sprint' && state.problem?.kind, 'unauthorized');
      const [problem, fix] = rootLabels(api);
      assert.match(problem, /GitHub did not accept your sign-in: the token may have expired or been revoked/);
      assert.equal(fix, 'Sign in again');
      assert.deepEqual(shownSprint(api), shown, 'the last sprint stays on screen');

      // The rejected token was saved with "Sign in with a Token", and a saved token comes first: the fix asks for another.
      const command = api.sprintView.tree.getTreeItem(rootNode('fix')).command!;
      assert.equal(command.command, 'sprintFlow.signInWithToken');
      const newToken = 'ghp_SprintFlowRenewedToken00000000000000';
      github.addToken(newToken, DEMO_LOGIN);
      const signingIn = vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
      await uiCheck('quickInput', { title: `Sign in to ${new URL(github.apiUrl).host} with a token`, text: newToken });
      assert.equal(await signingIn, DEMO_LOGIN);
      const after = api.store.state;
      assert.equal(after.kind === 'sprint' && after.problem, undefined, 'the sprint is read again without a problem');
      assert.deepEqual(shownSprint(api), shown);
    });

    it('asks VS Code for a new session, not the rejected one, when the token came from VS Code\'s GitHub sign-in', () => {
      for (const kind of ['unauthorized', 'missingScopes'] as const) {
        const fix = fixFor({ kind, message: 'rejected', signInWith: 'vscode' });
        assert.equal(fix.command, 'sprintFlow.signIn');
        assert.deepEqual(fix.arguments, [{ renew: true }]);
      }
    });

    it('names the missing project permission, not a missing project, when the token loses its project scope', async () => {
      const { github, shown } = await goodFirstLoad();
      setTokenScopes(github.state, DEMO_TOKEN, ['repo', 'read:org']);

      const state = await api.sprintView.refresh();
      assert.equal(state.kind === 'sprint' && state.problem?.kind, 'missingScopes');
      const [problem, fix] = rootLabels(api);
      assert.match(problem, /lacks the project permission.*GitHub asks for read:project.*Sign in again and grant it/);
      assert.doesNotMatch(problem, /not found/i);
      assert.equal(fix, 'Sign in again to grant access');
      assert.equal(api.sprintView.tree.getTreeItem(rootNode('fix')).command?.command, 'sprintFlow.signInWithToken');
      assert.deepEqual(shownSprint(api), shown, 'the last sprint stays on screen');
    });
  });

  describe('the project', () => {
    it('says the project is no longer found after it is deleted, offers Select Project, and marks the items as last read', async () => {
      const { github, shown } = await goodFirstLoad();
      deleteProject(github.state, demoProject(github));

      const state = await api.sprintView.refresh();
      assert.equal(state.kind, 'sprint');
      assert.equal(state.kind === 'sprint' && state.problem?.kind, 'notFound');
      assert.equal(state.kind === 'sprint' && state.stale, true);
      const [problem, fix] = rootLabels(api);
      assert.match(problem, /Project 7 of the organization northwind is no longer found: it was deleted, or your sign-in lost access to it\. The items below are as last read/);
      assert.equal(fix, 'Select a project');
      assert.equal(api.sprintView.tree.getTreeItem(rootNode('fix')).command?.command, 'sprintFlow.selectProject');
      const header = api.sprintView.tree.getTreeItem(rootNode('iteration'));
      assert.match(String(header.description), /^as last read at .* · project not found$/);
      assert.deepEqual(shownSprint(api), shown, 'the items stay readable, marked as last read');
    });
  });

  describe('fields and options renamed or removed on the board', () => {
    it('keeps grouping by status when the Status field is renamed', async () => {
      const { github, shown } = await goodFirstLoad();
      renameField(demoProject(github), 'Status', 'Stage');

      assert.equal((await api.sprintView.refresh()).kind, 'sprint');
      assert.deepEqual(shownSprint(api), shown);
      assert.match(String(itemRow(BLOCKED_ITEM).contextValue), /\bblocked\b/);
    });

    it('says the board has no Status field once it is removed, with Open Settings, and still lists every item', async () => {
      const { github, shown } = await goodFirstLoad();
      removeField(github.state, demoProject(github), 'Status');

      assert.equal((await api.sprintView.refresh()).kind, 'sprint');
      const everyItem = [...shown.values()].flat().sort();
      assert.deepEqual([...shownSprint(api).keys()], ['No status']);
      assert.deepEqual(shownSprint(api).get('No status')!.sort(), everyItem);
      const warning = await notification(`The board "${DEMO_PROJECT_TITLE}" has no Status field`);
      assert.match(warning.message, /not grouped by status.*setting sprintFlow\.fields\.status/);
      assert.deepEqual(warning.buttons, ['Open Settings']);
    });

    it('still marks blocked items when the blocked option is renamed', async () => {
      const { github } = await goodFirstLoad();
      renameOption(demoProject(github), 'Status', 'In Review/Blocked', 'Waiting on others');

      await api.sprintView.refresh();
      assert.ok(shownSprint(api).get('Waiting on others')?.some((label) => label.endsWith(BLOCKED_ITEM)));
      assert.match(String(itemRow(BLOCKED_ITEM).contextValue), /\bblocked\b/);
    });

    it('warns with Open Settings when a setting names the blocked option by its old name, and follows the rename', async () => {
      const { github } = await goodFirstLoad({ 'fields.blockedOption': 'In Review/Blocked' });
      renameOption(demoProject(github), 'Status', 'In Review/Blocked', 'Parked');

      await api.sprintView.refresh();
      assert.match(String(itemRow(BLOCKED_ITEM).contextValue), /\bblocked\b/);
      const warning = await notification('named in the setting sprintFlow.fields.blockedOption');
      assert.match(warning.message, /The option "In Review\/Blocked" named in the setting sprintFlow\.fields\.blockedOption is now called "Parked"/);
      assert.deepEqual(warning.buttons, ['Open Settings']);
    });

    it('warns, naming the field, when a setting names a field the board no longer has, and Open Settings opens the settings', async () => {
      const { github, shown } = await goodFirstLoad({ 'fields.estimate': 'Estimate' });
      removeField(github.state, demoProject(github), 'Estimate');

      assert.equal((await api.sprintView.refresh()).kind, 'sprint');
      assert.deepEqual(shownSprint(api), shown, 'the sprint reads as before, without estimates');
      const warning = await notification('The setting sprintFlow.fields.estimate names "Estimate"', 'Open Settings');
      assert.match(warning.message, new RegExp(`the board "${DEMO_PROJECT_TITLE}" has no number field with that name`));
      assert.deepEqual(warning.buttons, ['Open Settings']);
      await waitFor(() => vscode.window.tabGroups.activeTabGroup.activeTab?.label === 'Settings', 'the Settings editor opens');
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    });

    it('follows the iteration field renamed while sprintFlow.fields.iteration names it, and says so', async () => {
      const { github, shown } = await goodFirstLoad({ 'fields.iteration': 'Iteration' });
      renameField(demoProject(github), 'Iteration', 'Sprint');

      const state = await api.sprintView.refresh();
      assert.equal(state.kind === 'sprint' && !state.problem, true);
      assert.deepEqual(shownSprint(api), shown);
      const warning = await notification('named in the setting sprintFlow.fields.iteration');
      assert.match(warning.message, /The field "Iteration" named in the setting sprintFlow\.fields\.iteration is now called "Sprint"/);
      assert.deepEqual(warning.buttons, ['Open Settings']);
    });

    it('shows the no-iteration-field welcome view with its actions, not a stale sprint, once the iteration field is removed', async () => {
      const { github } = await goodFirstLoad();
      removeField(github.state, demoProject(github), 'Iteration');

      assert.equal((await api.sprintView.refresh()).kind, 'noIterationField');
      assert.equal(api.store.snapshot, undefined);
      assert.deepEqual(rootLabels(api), []);
      await vscode.commands.executeCommand('sprintFlow.sprint.focus');
      const text = await uiCheck<string>('viewText', { view: 'My Sprint', contains: 'This board has no iteration field' });
      for (const action of ['Open Project on GitHub', 'Open Settings', 'Select Another Project']) {
        assert.ok(text.includes(action), `the welcome view offers ${action}: ${text}`);
      }
    });
  });

  describe('commands that write, after the board changed', () => {
    let repo: TempRepository;

    before(() => {
      repo = tempRepository();
    });

    // The Git extension keeps a repository it opened; closed here, it cannot become the active repository of later tests.
    after(async () => {
      await vscode.commands.executeCommand('git.close', vscode.Uri.file(repo.dir));
      const git = await gitApi();
      await waitFor(() => !git?.repositories.some((r) => r.rootUri.fsPath === vscode.Uri.file(repo.dir).fsPath), 'the Git extension closed the repository');
      repo.remove();
    });

    it('flags a blocker on a board that lost its blocked option: keeps the status, records the blocker, and says how to fix the board', async () => {
      const { github } = await goodFirstLoad();
      removeOption(demoProject(github), 'Status', 'In Review/Blocked');
      const item = demoItem(github, IN_PROGRESS_ITEM);

      const result = await vscode.commands.executeCommand<FlagBlockerResult>('sprintFlow.flagBlocker', {
        item: referenceOf(item),
        reason: 'cloud-vendor',
        details: 'The vendor has not raised our quota yet.',
      });
      assert.equal(result.failed, undefined, 'nothing failed: the board is read before writing');
      assert.equal(statusName(github, item), 'In progress', 'the status stays');
      assert.ok(labels(item).includes('blocked'));
      assert.match(commentBodies(item).at(-1) ?? '', /sprint-flow:v1/);
      const warning = await notification('no longer has the status option "In Review/Blocked"');
      assert.match(warning.message, new RegExp(`status of ${referenceOf(item)} was left as it is.*setting sprintFlow\\.fields\\.blockedOption`));
      assert.deepEqual(warning.buttons, ['Open Settings', 'Open Project on GitHub']);
    });

    it('starts work on a board without an in-progress option: switches the branch, leaves the status, and says how to fix the board', async () => {
      const { github } = await goodFirstLoad();
      removeOption(demoProject(github), 'Status', 'In progress');
      const item = demoItem(github, REFINED_ITEM);

      const result = await vscode.commands.executeCommand<StartWorkResult>('sprintFlow.startWork', { item: referenceOf(item), repository: repo.dir });
      assert.equal(repo.git('rev-parse', '--abbrev-ref', 'HEAD'), result.branch);
      assert.equal(result.status, undefined);
      assert.match(result.problem ?? '', /The field "Status" has no option like "In progress"/);
      assert.equal(statusName(github, item), 'Refined');
      const warning = await notification(`Working on ${referenceOf(item)}`);
      assert.match(warning.message, /GitHub was not updated: The field "Status" has no option like "In progress"\. Name the option to use in the sprintFlow\.fields\.inProgressOption setting\./);
      assert.deepEqual(warning.buttons, ['Open Settings', 'Open Project on GitHub']);
    });
  });
});

async function waitFor(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; !condition(); await new Promise((r) => setTimeout(r, 100))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
  }
}
