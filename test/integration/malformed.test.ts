// The My Sprint sidebar in a real VS Code when GitHub's answers are malformed: rows are still drawn, nothing crashes.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SprintFlowApi } from '../../src/extension';
import { FakeGitHub } from '../fake-github';
import { connectToDemo, expectedSprint, resetSettings, shownSprint, sprintFlow } from './sprintFixture';
import { treeRows } from './workbench';

const count = (sprint: Map<string, string[]>) => [...sprint.values()].reduce((n, items) => n + items.length, 0);

describe('My Sprint sidebar with malformed answers from GitHub', () => {
  let api: SprintFlowApi;
  let github: FakeGitHub | undefined;
  const unhandled: string[] = [];
  const record = (error: unknown) => unhandled.push(String((error as Error)?.stack ?? error));

  before(async () => {
    api = await sprintFlow();
    process.on('unhandledRejection', record);
    process.on('uncaughtException', record);
  });

  afterEach(async () => {
    await github?.close();
    github = undefined;
  });

  after(async () => {
    process.off('unhandledRejection', record);
    process.off('uncaughtException', record);
    await vscode.commands.executeCommand('sprintFlow.signOut');
    await resetSettings();
  });

  it('draws a row for each of my items when titles are huge, type names unknown and field values missing', async () => {
    github = await connectToDemo();
    const expected = expectedSprint(github);
    github.switches.malformed = { seed: 11, rate: 0.5, kinds: ['huge', 'unknownEnum', 'null'], fields: ['title', '__typename', 'issueState', 'labels', 'assignees'] };
    const state = await api.sprintView.refresh();
    assert.equal(state.kind, 'sprint');
    const malformations = github.requestLog.reduce((n, r) => n + (r.malformations?.length ?? 0), 0);
    assert.ok(malformations > 0, 'the answers were rewritten');
    console.log(`      (${malformations} malformations injected)`);
    assert.equal(count(shownSprint(api)), count(expected));
    await vscode.commands.executeCommand('sprintFlow.sprint.focus');
    const rows = await treeRows('My Sprint', { min: 2 });
    assert.ok(rows.every((r) => r.label.length <= 1000 + 10), 'titles are cut before they reach the tree');
    assert.deepEqual(unhandled, []);
  });

  it('lists items whose content is null as items you cannot open, and logs no unhandled error', async () => {
    github = await connectToDemo();
    const expected = expectedSprint(github);
    github.switches.malformed = { seed: 12, rate: 1, kinds: ['null'], fields: ['content'] };
    await api.sprintView.refresh();
    const shown = shownSprint(api);
    assert.equal(count(shown), count(expected));
    assert.ok([...shown.values()].flat().every((label) => label === 'You do not have access to this item'));
    await vscode.commands.executeCommand('sprintFlow.sprint.focus');
    await treeRows('My Sprint', { contains: 'You do not have access to this item' });
    assert.deepEqual(unhandled, []);
  });
});
