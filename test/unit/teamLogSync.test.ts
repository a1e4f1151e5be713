import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readMarkers } from '../../src/core/markers';
import { TEAM_LOG_LABEL } from '../../src/core/teamLog';
import { GitHubApi } from '../../src/github/api';
import { InterruptionJournal } from '../../src/services/interruptionJournal';
import { SyncLock } from '../../src/services/syncLock';
import { TeamLogSync } from '../../src/services/teamLogSync';
import { DEMO_LOGIN, DEMO_READONLY_LOGIN, DEMO_READONLY_TOKEN, DEMO_TOKEN, demoBoard, FakeGitHub, startFakeGitHub } from '../fake-github';
import { IssueRec } from '../fake-github/model';
import { apiFor } from './githubHarness';

/** The window these tests play: entries it journaled before its team log was known are its own to send. */
const TEST_WINDOW = 'test-window';
import { journalEntry } from './interruptionJournalFile.test';

const at = '2026-11-24T10:00:00.000Z';
const LOG_REPO = 'northwind/infra';

describe('sending the journal to the team log', function () {
  this.timeout(30_000);
  let github: FakeGitHub;
  let dir: string;
  let api: GitHubApi;

  /** One window's view of the shared journal and lock, as the extension builds it. */
  const window = (options: { api?: GitHubApi; repository?: string } = {}) => {
    const journal = new InterruptionJournal(path.join(dir, 'interruptions.jsonl'));
    const sync = new TeamLogSync({ journal, lock: new SyncLock(path.join(dir, 'sync.lock')), api: async () => options.api ?? api, repository: () => options.repository ?? LOG_REPO, window: TEST_WINDOW });
    return { journal, sync };
  };
  const logAs = async (person: string, journal: InterruptionJournal, ...ids: string[]) => {
    for (const id of ids) {
      await journal.append({ type: 'logged', entry: journalEntry(id, { person }), window: TEST_WINDOW, at });
    }
  };
  const log = (journal: InterruptionJournal, ...ids: string[]) => logAs(DEMO_LOGIN, journal, ...ids);
  const logIssue = (iteration = 'Iteration 42'): IssueRec | undefined =>
    github.state.repo('northwind', 'infra')!.issues.find((i) => i.title === `Interruption log · ${iteration}`);
  const loggedIds = (issue: IssueRec | undefined) => (issue?.comments ?? []).flatMap((c) => readMarkers(c.body).records.map((r) => r.id));
  const operations = () => github.requestLog.map((r) => r.operationName ?? r.path);

  beforeEach(async () => {
    github = await startFakeGitHub({ state: demoBoard() });
    api = apiFor(github, DEMO_TOKEN);
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'sprint-flow-sync-'));
  });

  afterEach(async () => {
    await github.close();
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('creates the iteration\'s labelled log issue once and posts exactly one comment per entry', async () => {
    const { journal, sync } = window();
    await log(journal, 'a', 'b', 'c');
    const first = await sync.run();
    assert.deepEqual({ ...first, notices: first.notices.length }, { outcome: 'synced', sent: 3, alreadyInLog: 0, waiting: 0, notices: 0 });
    assert.deepEqual(operations(), ['InterruptionLogIssues', 'RecentIssueTitles', 'CreateInterruptionLog', 'AddInterruptionComments']);
    const issue = logIssue();
    assert.deepEqual(issue?.labels.map((l) => l.name), [TEAM_LOG_LABEL.name]);
    assert.deepEqual(loggedIds(issue), ['a', 'b', 'c']);
    assert.match(issue!.comments[0].body, /^30 min · support ticket · started 2026-11-24 09:00 UTC/);

    github.requestLog.length = 0;
    await log(journal, 'd', 'e');
    assert.equal((await sync.run()).sent, 2);
    assert.deepEqual(operations(), ['InterruptionLogIssues', 'InterruptionLogComments', 'AddInterruptionComments']);
    assert.deepEqual(loggedIds(logIssue()), ['a', 'b', 'c', 'd', 'e']);
    assert.deepEqual((await journal.read()).entries.map((e) => [e.entry.id, e.state, !!e.commentUrl]), ['a', 'b', 'c', 'd', 'e'].map((id) => [id, 'synced', true]));
    assert.equal((await sync.run()).outcome, 'nothingToSend');
  });

  it('sends an entry of an earlier iteration to that iteration\'s log, past the hand-written comments', async () => {
    const { journal, sync } = window();
    // The demo's log for Iteration 41 holds two hand-written comments and the entries the report's demo data adds.
    const before = logIssue('Iteration 41')!.comments.length;
    await journal.append({ type: 'logged', entry: journalEntry('late', { iteration: 'Iteration 41' }), window: TEST_WINDOW, at });
    await sync.run();
    const issue = logIssue('Iteration 41')!;
    assert.equal(issue.comments.length, before + 1);
    assert.deepEqual(loggedIds(issue).slice(-1), ['late']);
    assert.equal(loggedIds(issue).filter((id) => id === 'late').length, 1);
    assert.equal(logIssue('Iteration 42'), undefined);
  });

  it('keeps entries while GitHub is offline, records why once, and sends them once it is back', async () => {
    const { journal, sync } = window({ api: apiFor(github, DEMO_TOKEN, 0) });
    await log(journal, 'a', 'b');
    github.switches.offline = true;
    const offline = await sync.run();
    assert.equal(offline.outcome, 'failed');
    assert.match(offline.reason ?? '', /could not be reached/);
    await sync.run();
    const journalText = await fs.readFile(journal.file, 'utf8');
    assert.equal(journalText.match(/"type":"failed"/g)?.length, 2, 'one failure line per entry, not per attempt');
    assert.deepEqual((await journal.read()).entries.map((e) => e.state), ['failed', 'failed']);

    github.switches.offline = false;
    assert.equal((await sync.run()).sent, 2);
    assert.deepEqual(loggedIds(logIssue()), ['a', 'b']);
  });

  it('loses nothing when the window restarts while offline', async () => {
    const before = window({ api: apiFor(github, DEMO_TOKEN, 0) });
    await log(before.journal, 'a', 'b');
    github.switches.offline = true;
    await before.sync.run();

    const after = window();
    assert.deepEqual((await after.journal.read()).entries.map((e) => e.entry.id), ['a', 'b']);
    github.switches.offline = false;
    await after.sync.run();
    assert.deepEqual(loggedIds(logIssue()), ['a', 'b']);
  });

  it('does not post an entry twice when GitHub stored it but its answer was lost', async () => {
    const { journal, sync } = window();
    await log(journal, 'a');
    await sync.run();
    await log(journal, 'b');
    github.switches.dropResponseAfterWrite = true;
    assert.equal((await sync.run()).outcome, 'failed');
    assert.deepEqual(loggedIds(logIssue()), ['a', 'b'], 'stored once, not retried blindly');

    github.switches.dropResponseAfterWrite = false;
    const retry = await sync.run();
    assert.deepEqual([retry.sent, retry.alreadyInLog], [0, 1]);
    assert.deepEqual(loggedIds(logIssue()), ['a', 'b']);
    const [, b] = (await journal.read()).entries;
    assert.equal(b.state, 'synced');
    assert.match(b.commentUrl ?? '', new RegExp(`#issuecomment-${logIssue()!.comments[1].databaseId}$`));
  });

  it('does not create a second log issue when the answer to creating the first was lost', async () => {
    const { journal, sync } = window();
    await log(journal, 'a');
    github.switches.dropResponseAfterWrite = true;
    assert.equal((await sync.run()).outcome, 'failed');
    github.switches.dropResponseAfterWrite = false;
    assert.equal((await sync.run()).sent, 1);
    const logs = github.state.repo('northwind', 'infra')!.issues.filter((i) => i.title === 'Interruption log · Iteration 42');
    assert.equal(logs.length, 1);
    assert.deepEqual(loggedIds(logs[0]), ['a']);
  });

  it('lets only one of two windows send at a time, so nothing is sent twice', async () => {
    const [one, two] = [window(), window()];
    await log(one.journal, 'a', 'b');
    const reports = await Promise.all([one.sync.run(), two.sync.run()]);
    assert.deepEqual(reports.map((r) => r.outcome).sort(), ['busy', 'synced']);
    assert.equal((await two.sync.run()).outcome, 'nothingToSend');
    assert.deepEqual(loggedIds(logIssue()), ['a', 'b']);
  });

  it('creates the missing label with its description before the first log issue', async () => {
    const infra = github.state.repo('northwind', 'infra')!;
    infra.labels = infra.labels.filter((l) => l.name !== TEAM_LOG_LABEL.name);
    const { journal, sync } = window();
    await log(journal, 'a');
    await sync.run();
    const label = infra.labels.find((l) => l.name === TEAM_LOG_LABEL.name);
    assert.equal(label?.description, TEAM_LOG_LABEL.description);
    assert.deepEqual(logIssue()?.labels, [label]);
  });

  it('creates the log issue without the label for someone who cannot label, says so, and finds it again by title', async () => {
    const guest = apiFor(github, DEMO_READONLY_TOKEN);
    const { journal, sync } = window({ api: guest });
    await logAs(DEMO_READONLY_LOGIN, journal, 'a');
    const report = await sync.run();
    assert.equal(report.sent, 1);
    assert.match(report.notices[0], /without the interruption-log label/);
    assert.deepEqual(logIssue()?.labels, []);
    await logAs(DEMO_READONLY_LOGIN, journal, 'b');
    assert.deepEqual((await sync.run()).notices, []);
    const logs = github.state.repo('northwind', 'infra')!.issues.filter((i) => i.title === 'Interruption log · Iteration 42');
    assert.equal(logs.length, 1);
    assert.deepEqual(loggedIds(logs[0]), ['a', 'b']);
  });

  it('waits, sending nothing, without a log repository or a sign-in', async () => {
    const unset = window({ repository: '' });
    await log(unset.journal, 'a');
    assert.deepEqual(await unset.sync.run(), { outcome: 'noRepository', sent: 0, alreadyInLog: 0, waiting: 1, notices: [] });
    const signedOut = new TeamLogSync({ journal: unset.journal, lock: new SyncLock(path.join(dir, 'sync.lock')), api: async () => undefined, repository: () => LOG_REPO, window: TEST_WINDOW });
    assert.equal((await signedOut.run()).outcome, 'signedOut');
    assert.deepEqual(github.requestLog, []);
  });

  it('says which repository was not found', async () => {
    const { journal, sync } = window({ repository: 'northwind/nowhere' });
    await log(journal, 'a');
    const report = await sync.run();
    assert.equal(report.outcome, 'failed');
    assert.match(report.reason ?? '', /northwind\/nowhere was not found/);
  });
});
