// Logging interruptions in a real VS Code: argument objects, the timer, the view, and the team log on the local
// GitHub, also while it is offline or loses answers.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { Interruption } from '../../src/core/interruptions';
import { readMarkers } from '../../src/core/markers';
import type { SprintFlowApi } from '../../src/extension';
import { InterruptionJournal } from '../../src/services/interruptionJournal';
import { SyncLock } from '../../src/services/syncLock';
import { SyncReport, TeamLogSync } from '../../src/services/teamLogSync';
import { DEMO_CURRENT_ITERATION, DEMO_LOGIN, DEMO_TOKEN, FakeGitHub } from '../fake-github';
import { IssueRec } from '../fake-github/model';
import { apiFor } from '../unit/githubHarness';
import { connectToDemo, resetSettings, sprintFlow, useSettings } from './sprintFixture';
import { treeRows } from './workbench';

const LOG_REPO = 'northwind/infra';
const LOG_TITLE = `Interruption log · ${DEMO_CURRENT_ITERATION}`;

const log = (args: object) => vscode.commands.executeCommand<string | undefined>('sprintFlow.logInterruption', args);
const retry = () => vscode.commands.executeCommand<SyncReport>('sprintFlow.retryInterruptionSync');

describe('Interruptions', () => {
  let api: SprintFlowApi;
  let github: FakeGitHub;

  const logIssue = (): IssueRec | undefined => github.state.repo('northwind', 'infra')!.issues.find((i) => i.title === LOG_TITLE);
  const records = () => (logIssue()?.comments ?? []).flatMap((c) => readMarkers(c.body).records as Interruption[]);
  const timesLogged = (id: string) => records().filter((r) => r.id === id).length;
  const entry = (id: string) => api.interruptions.entries.find((e) => e.entry.id === id);
  const forgetUnsent = async () => {
    for (const e of api.interruptions.entries.filter((x) => x.state !== 'synced')) {
      await api.interruptions.remove(e.entry.id);
    }
  };

  before(async () => {
    api = await sprintFlow();
  });

  beforeEach(async () => {
    github = await connectToDemo();
    await useSettings({ 'interruptions.repository': LOG_REPO });
    assert.equal((await api.sprintView.refresh()).kind, 'sprint');
    await forgetUnsent();
  });

  afterEach(async () => {
    await forgetUnsent();
    await github.close();
  });

  after(async () => {
    await useSettings({ 'interruptions.repository': undefined });
    await vscode.commands.executeCommand('sprintFlow.signOut');
    await resetSettings();
  });

  it('logs entries given as argument objects, and the iteration\'s log issue holds exactly those comments with markers', async () => {
    const item = api.store.snapshot!.items.find((i) => i.repository && i.number)!;
    const pulledOffItem = `${item.repository}#${item.number}`;
    const given = [
      { kind: 'support-ticket', duration: '45m', link: 'https://support.example.com/tickets/4812', pulledOffItem },
      { kind: 'incident', duration: '1h30', note: 'Disk full on the staging bastion' },
      { kind: 'question', duration: 15 },
    ];
    const ids: string[] = [];
    for (const args of given) {
      const id = await log(args);
      assert.ok(id, `not logged: ${JSON.stringify(args)}`);
      ids.push(id);
    }
    const report = await retry();
    assert.equal(report.waiting, 0, JSON.stringify(report));

    const issue = logIssue();
    assert.ok(issue, 'the log issue of the current iteration exists');
    assert.deepEqual(issue.labels.map((l) => l.name), ['interruption-log']);
    assert.deepEqual(records().map((r) => r.id), ids);
    assert.deepEqual(records().map((r) => [r.interruptionKind, r.minutes, r.person, r.iteration]), [
      ['support-ticket', 45, DEMO_LOGIN, DEMO_CURRENT_ITERATION],
      ['incident', 90, DEMO_LOGIN, DEMO_CURRENT_ITERATION],
      ['question', 15, DEMO_LOGIN, DEMO_CURRENT_ITERATION],
    ]);
    assert.equal(records()[0].pulledOffItem, pulledOffItem);
    assert.match(issue.comments[0].body, new RegExp(`^45 min · support ticket · pulled off ${item.repository}#${item.number} · \\[link\\]`));
    assert.deepEqual(ids.map((id) => entry(id)?.state), ['synced', 'synced', 'synced']);

    await vscode.commands.executeCommand('sprintFlow.interruptions.focus');
    const rows = await treeRows('My Interruptions', { contains: '1 h 30 min · Incident / page' });
    const sprintMinutes = api.interruptions.entries.filter((e) => e.entry.iteration === DEMO_CURRENT_ITERATION).reduce((sum, e) => sum + e.entry.minutes, 0);
    assert.equal(rows[0].label, `${Math.floor(sprintMinutes / 60)} h ${sprintMinutes % 60 ? `${sprintMinutes % 60} min ` : ''}this sprint`);
    assert.match(rows.find((r) => r.label === '45 min · Support ticket')?.description ?? '', /synced$/);
  });

  it('keeps entries while the local GitHub is offline and sends each exactly once when it is back', async () => {
    github.switches.offline = true;
    const ids = [await log({ kind: 'meeting', duration: '30m' }), await log({ kind: 'review-request', duration: '20m' })] as string[];
    const offline = await retry();
    assert.equal(offline.outcome, 'failed');
    for (const id of ids) {
      assert.equal(entry(id)?.state, 'failed');
      assert.match(entry(id)?.failure ?? '', /could not be reached/);
    }
    assert.deepEqual(ids.map(timesLogged), [0, 0]);
    const tree = api.interruptionsView.tree;
    const description = String(tree.getTreeItem({ kind: 'entry', item: entry(ids[0])! }).description);
    assert.match(description, /failed: GitHub could not be reached/);

    github.switches.offline = false;
    const back = await retry();
    assert.equal(back.waiting, 0, JSON.stringify(back));
    assert.deepEqual(ids.map(timesLogged), [1, 1]);
    assert.deepEqual(ids.map((id) => entry(id)?.state), ['synced', 'synced']);
    await retry();
    assert.deepEqual(ids.map(timesLogged), [1, 1], 'another sync sends nothing again');
  });

  it('loses nothing when restarted while offline: a new journal reader and sync over the same file send it all', async () => {
    github.switches.offline = true;
    const ids = [await log({ kind: 'upstream-community', duration: '1h' }), await log({ kind: 'other', duration: '5m', note: 'Fire drill' })] as string[];
    await retry();

    const folder = path.dirname(api.interruptions.journal.file);
    const journal = new InterruptionJournal(api.interruptions.journal.file);
    const reread = await journal.read();
    assert.deepEqual(ids.map((id) => reread.entries.find((e) => e.entry.id === id)?.state), ['failed', 'failed']);

    github.switches.offline = false;
    const restarted = new TeamLogSync({ journal, lock: new SyncLock(path.join(folder, 'sync.lock')), api: async () => apiFor(github, DEMO_TOKEN), repository: () => LOG_REPO, window: 'restarted-host' });
    assert.equal((await restarted.run()).sent, 2);
    assert.deepEqual(ids.map(timesLogged), [1, 1]);
    await api.interruptions.reload();
    assert.deepEqual(ids.map((id) => entry(id)?.state), ['synced', 'synced']);
  });

  it('does not post an entry twice when the local GitHub stored it but the answer was lost', async () => {
    await log({ kind: 'question', duration: '10m' });
    await retry();
    assert.ok(logIssue(), 'the log issue exists before the answer is lost');

    github.switches.dropResponseAfterWrite = true;
    github.requestLog.length = 0;
    const id = (await log({ kind: 'support-ticket', duration: '25m', link: 'https://support.example.com/tickets/4900' }))!;
    await retry();
    assert.ok(github.requestLog.some((r) => r.status === 0), 'an answer was lost');
    assert.equal(timesLogged(id), 1, 'stored once');

    github.switches.dropResponseAfterWrite = false;
    await retry();
    assert.equal(timesLogged(id), 1, 'not posted again');
    assert.equal(entry(id)?.state, 'synced');
  });

  it('runs a timer in the status bar and logs its duration on stop', async () => {
    const startedAt = new Date(Date.now() - 12 * 60_000 - 5_000).toISOString();
    assert.equal(await vscode.commands.executeCommand('sprintFlow.startInterruption', { startedAt }), startedAt);
    assert.equal(await vscode.commands.executeCommand('sprintFlow.startInterruption'), startedAt, 'one timer, not two');
    assert.equal(api.interruptionTimerStatus.text, '$(watch) Interrupted 12m');

    const id = await vscode.commands.executeCommand<string>('sprintFlow.stopInterruption', { kind: 'incident', note: 'Paged: API latency' });
    assert.ok(id);
    assert.equal(api.interruptionTimerStatus.text, undefined);
    assert.deepEqual([entry(id)?.entry.minutes, entry(id)?.entry.startedAt], [12, new Date(startedAt).toISOString()]);
    await retry();
    assert.equal(timesLogged(id), 1);
  });

  it('refuses a bad argument object, saying why, and journals nothing', async () => {
    const before = api.interruptions.entries.length;
    assert.equal(await log({ kind: 'support-ticket', duration: '13h' }), undefined);
    assert.equal(await log({ kind: 'support-ticket', duration: '45m', link: 'not a link' }), undefined);
    assert.equal(api.interruptions.entries.length, before);
  });

  it('waits without a team log repository, and deletes an entry not yet sent but not a sent one', async () => {
    await useSettings({ 'interruptions.repository': undefined });
    const id = (await log({ kind: 'meeting', duration: '15m' }))!;
    assert.equal((await retry()).outcome, 'noRepository');
    assert.match(String(api.interruptionsView.tree.getTreeItem({ kind: 'entry', item: entry(id)! }).description), /waiting: choose the team log repository/);
    assert.equal(await vscode.commands.executeCommand('sprintFlow.deleteInterruption', { id }), true);
    assert.equal(entry(id), undefined);

    await useSettings({ 'interruptions.repository': LOG_REPO });
    const sent = (await log({ kind: 'meeting', duration: '15m' }))!;
    await retry();
    assert.equal(await vscode.commands.executeCommand('sprintFlow.deleteInterruption', { id: sent }), false);
    assert.equal(entry(sent)?.state, 'synced');
  });

  it('asks for the team log repository, offering my sprint\'s repositories', async () => {
    await useSettings({ 'interruptions.repository': undefined });
    const chosen = vscode.commands.executeCommand<string>('sprintFlow.chooseTeamLogRepository');
    const repositories = [...new Set(api.store.snapshot!.items.flatMap((i) => (i.repository ? [i.repository] : [])))].sort();
    let answer: string | undefined;
    void chosen.then((value) => (answer = value));
    for (let i = 0; i < 50 && answer === undefined; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    }
    assert.equal(await chosen, repositories[0]);
    assert.equal(vscode.workspace.getConfiguration('sprintFlow').get('interruptions.repository'), repositories[0]);
  });
});
