// Flagging and resolving blockers in a real VS Code, checked against the local GitHub's state.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { FlagBlockerResult } from '../../src/commands/flagBlocker';
import type { ResolveBlockerResult } from '../../src/commands/resolveBlocker';
import { readMarkers } from '../../src/core/markers';
import type { SprintFlowApi } from '../../src/extension';
import { FakeGitHub } from '../fake-github';
import { blockingReferences, commentBodies, demoItem, labels, referenceOf, statusName } from './blockerFixture';
import { connectToDemo, resetSettings, sprintFlow } from './sprintFixture';
import { treeRows, uiCheck } from './workbench';

const ROTATE_KEYS = 'Rotate signing keys for billing webhooks';
const TRACE_WORKER = 'Trace the ingest worker with OpenTelemetry';

const lastRecord = (bodies: string[]) => readMarkers(bodies[bodies.length - 1] ?? '').records[0];

describe('Blockers', () => {
  let api: SprintFlowApi;
  let github: FakeGitHub | undefined;

  before(async () => {
    api = await sprintFlow();
  });

  afterEach(async () => {
    await github?.close();
    github = undefined;
  });

  after(async () => {
    await vscode.commands.executeCommand('sprintFlow.signOut');
    await resetSettings();
  });

  function treeRowOf(title: string) {
    const tree = api.sprintView.tree;
    for (const group of tree.getChildren()) {
      for (const node of tree.getChildren(group)) {
        if (node.kind === 'item' && node.item.title === title) return tree.getTreeItem(node);
      }
    }
    throw new Error(`"${title}" is not in the sidebar`);
  }

  it('flags an item: blocked status, label, a comment with a parseable marker, and the sidebar marks it', async () => {
    github = await connectToDemo();
    const item = demoItem(github, ROTATE_KEYS);
    assert.equal(statusName(github, item), 'In progress');
    const result = await vscode.commands.executeCommand<FlagBlockerResult>('sprintFlow.flagBlocker', {
      item: referenceOf(item),
      reason: 'awaiting-review',
      details: 'Security has to review the key rotation plan.',
      blockedBy: '@kenji-sato',
    });
    assert.equal(result.failed, undefined);
    assert.equal(statusName(github, item), 'In Review/Blocked');
    assert.ok(labels(item).includes('blocked'));
    const flag = lastRecord(commentBodies(item));
    assert.deepEqual(
      { kind: flag.kind, id: flag.id, reason: flag.reason, scope: flag.scope, blockedBy: flag.blockedBy, previousStatus: (flag.previousStatus as { name: string }).name, flaggedBy: flag.flaggedBy },
      { kind: 'blocker', id: result.flagId, reason: 'awaiting-review', scope: 'internal', blockedBy: { kind: 'person', login: 'kenji-sato' }, previousStatus: 'In progress', flaggedBy: 'mara-jensen' },
    );
    const row = treeRowOf(ROTATE_KEYS);
    assert.match(String(row.description), /^blocked \d+m · awaiting review/);
    assert.equal((row.iconPath as vscode.ThemeIcon).id, 'circle-slash');
    assert.equal(api.sprintView.view.badge?.value, 2, 'the demo\'s blocked item and this one');
  });

  it('resolves it: the previous status comes back, the label goes, and a comment says how long it lasted', async () => {
    github = await connectToDemo();
    const item = demoItem(github, ROTATE_KEYS);
    const flagged = await vscode.commands.executeCommand<FlagBlockerResult>('sprintFlow.flagBlocker', { item: referenceOf(item), reason: 'cloud-vendor', details: 'Quota request pending.' });
    const result = await vscode.commands.executeCommand<ResolveBlockerResult>('sprintFlow.resolveBlocker', { item: referenceOf(item), resolution: 'Quota raised.' });
    assert.equal(result.failed, undefined);
    assert.equal(statusName(github, item), 'In progress');
    assert.ok(!labels(item).includes('blocked'));
    const resolution = lastRecord(commentBodies(item));
    assert.equal(resolution.kind, 'blocker-resolved');
    assert.equal(resolution.flagId, flagged.flagId);
    assert.equal(typeof resolution.calendarDays, 'number');
    assert.match(commentBodies(item).at(-1)!, /\*\*Unblocked\*\* after 0 days/);
    assert.doesNotMatch(String(treeRowOf(ROTATE_KEYS).description), /blocked/);
  });

  it('leaves the status alone on resolve when someone already moved the item out of the blocked column', async () => {
    github = await connectToDemo();
    const item = demoItem(github, ROTATE_KEYS);
    await vscode.commands.executeCommand('sprintFlow.flagBlocker', { item: referenceOf(item), reason: 'environment', details: 'CI is down.' });
    const project = item.project;
    const status = project.fields.find((f) => f.name === 'Status')!;
    item.values.set(status.id, { type: 'singleSelect', optionId: status.options.find((o) => o.name === 'Done')!.id, updatedAt: new Date(), creator: null });
    const result = await vscode.commands.executeCommand<ResolveBlockerResult>('sprintFlow.resolveBlocker', { item: referenceOf(item) });
    assert.equal(statusName(github, item), 'Done');
    assert.match(result.notes.join(' '), /Someone moved it out of the blocked status already/);
  });

  it('moves an item blocked by hand to the status a script names, whatever its case and the spaces around it', async () => {
    github = await connectToDemo();
    const item = demoItem(github, TRACE_WORKER);
    const status = item.project.fields.find((f) => f.name === 'Status')!;
    item.values.set(status.id, { type: 'singleSelect', optionId: status.options.find((o) => o.name === 'In Review/Blocked')!.id, updatedAt: new Date(), creator: null });
    await api.sprintView.refresh();
    await vscode.commands.executeCommand<ResolveBlockerResult>('sprintFlow.resolveBlocker', { item: referenceOf(item), status: '  in PROGRESS ', resolution: 'The review came back.' });
    assert.equal(statusName(github, item), 'In progress');
  });

  it('adds and removes GitHub\'s native "blocked by" link when the server supports it', async () => {
    github = await connectToDemo({ issueDependencies: true });
    const item = demoItem(github, ROTATE_KEYS);
    const blocking = referenceOf(demoItem(github, TRACE_WORKER));
    await vscode.commands.executeCommand('sprintFlow.flagBlocker', { item: referenceOf(item), reason: 'internal-dependency', details: 'Needs tracing first.', blockedBy: blocking });
    assert.deepEqual(blockingReferences(item), [blocking]);
    assert.equal(lastRecord(commentBodies(item)).dependencyAdded, true);
    await vscode.commands.executeCommand('sprintFlow.resolveBlocker', { item: referenceOf(item) });
    assert.deepEqual(blockingReferences(item), []);
  });

  it('does not try the native link on a server without it, and says the comment names the issue', async () => {
    github = await connectToDemo({ issueDependencies: false });
    const item = demoItem(github, ROTATE_KEYS);
    const blocking = referenceOf(demoItem(github, TRACE_WORKER));
    const result = await vscode.commands.executeCommand<FlagBlockerResult>('sprintFlow.flagBlocker', { item: referenceOf(item), reason: 'internal-dependency', details: 'Needs tracing first.', blockedBy: blocking });
    assert.equal(lastRecord(commentBodies(item)).dependencyAdded, undefined);
    assert.ok(!github.requestLog.some((r) => r.operationName === 'AddBlockedBy'));
    assert.match(result.notes.join(' '), new RegExp(`the comment names ${blocking}`));
  });

  it('notes the flag in a draft issue\'s body, since drafts have no comments', async () => {
    github = await connectToDemo();
    const draft = demoItem(github, 'Write the cache failover runbook');
    await vscode.commands.executeCommand('sprintFlow.flagBlocker', { item: draft.id, reason: 'not-ready', details: 'Which caches are in scope?' });
    const body = (draft.content as { body: string }).body;
    assert.equal(readMarkers(body).records[0]?.reason, 'not-ready');
    assert.equal(statusName(github, draft), 'In Review/Blocked');
  });

  it('says what was not done, and changes nothing, when GitHub refuses the writes', async () => {
    github = await connectToDemo();
    const item = demoItem(github, ROTATE_KEYS);
    const commentsBefore = commentBodies(item).length;
    github.switches.failWrites = 1;
    const result = await vscode.commands.executeCommand<FlagBlockerResult>('sprintFlow.flagBlocker', { item: referenceOf(item), reason: 'access', details: 'No staging credentials.' });
    assert.match(String(result.failed), /^set its status to In Review\/Blocked/);
    assert.deepEqual(result.done, []);
    assert.equal(statusName(github, item), 'In progress');
    assert.equal(commentBodies(item).length, commentsBefore);
  });

  it('rejects an argument that names no item of mine, or an unknown reason', async () => {
    github = await connectToDemo();
    await assert.rejects(Promise.resolve(vscode.commands.executeCommand('sprintFlow.flagBlocker', { item: 'northwind/api#9999', reason: 'access', details: 'x' })), /not one of your items/);
    const item = referenceOf(demoItem(github, ROTATE_KEYS));
    await assert.rejects(Promise.resolve(vscode.commands.executeCommand('sprintFlow.flagBlocker', { item, reason: 'bored', details: 'x' })), /not a blocker reason/);
  });

  it('takes a person through the prompts: item, reason, details and blocked by, with step titles', async () => {
    github = await connectToDemo();
    const item = demoItem(github, TRACE_WORKER);
    const running = vscode.commands.executeCommand<FlagBlockerResult>('sprintFlow.flagBlocker');
    await uiCheck('quickInput', { title: 'Flag a blocker (1/4)', pick: TRACE_WORKER });
    await uiCheck('quickInput', { title: 'Flag a blocker (2/4)', pick: 'Cloud vendor' });
    await uiCheck('quickInput', { title: 'Flag a blocker (3/4)', text: 'Waiting for a quota increase from the vendor.' });
    await uiCheck('quickInput', { title: 'Flag a blocker (4/4)', text: '' });
    const result = await running;
    assert.equal(result.failed, undefined);
    assert.equal(statusName(github, item), 'In Review/Blocked');
    assert.equal(lastRecord(commentBodies(item)).reason, 'cloud-vendor');
    await vscode.commands.executeCommand('sprintFlow.sprint.focus');
    assert.match(String(treeRowOf(TRACE_WORKER)?.description), /^blocked/);
    // The workbench draws the row once the extension host's update reaches it.
    const blockedRow = (rows: { label: string; description: string }[]) => rows.some((r) => r.label.includes(TRACE_WORKER) && /^blocked/.test(r.description));
    let rows = await treeRows('My Sprint', { contains: TRACE_WORKER });
    for (let attempt = 0; attempt < 20 && !blockedRow(rows); attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      rows = await treeRows('My Sprint', { contains: TRACE_WORKER });
    }
    assert.ok(blockedRow(rows), JSON.stringify(rows));
  });
});
