import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readMarkers } from '../../src/core/markers';
import { MAX_ENTRIES_PER_REQUEST } from '../../src/github/graphql/interruptions';
import { InterruptionJournal } from '../../src/services/interruptionJournal';
import { SyncLock } from '../../src/services/syncLock';
import { TeamLogSync } from '../../src/services/teamLogSync';
import { DEMO_TOKEN, demoBoard, FakeGitHub, startFakeGitHub } from '../fake-github';
import { FakeGitHubOptions } from '../fake-github/server';
import { apiFor } from './githubHarness';
import { journalEntry } from './interruptionJournalFile.test';

const at = '2026-11-24T10:00:00.000Z';
const ids = (count: number) => Array.from({ length: count }, (_, i) => `entry-${String(i).padStart(2, '0')}`);
/** A note no person could type through the prompts, as an old or hand-edited journal might hold: GitHub refuses the comment. */
const NOTE_TOO_LONG_FOR_GITHUB = 'pasted log line '.repeat(5_000);

describe('sending the team log several entries a request', function () {
  this.timeout(30_000);
  let github: FakeGitHub;
  let dir: string;
  let journal: InterruptionJournal;
  let sync: TeamLogSync;

  const start = async (options: Pick<FakeGitHubOptions, 'onWriteStored'> = {}) => {
    github = await startFakeGitHub({ state: demoBoard(), ...options });
    const api = apiFor(github, DEMO_TOKEN, 0);
    sync = new TeamLogSync({ journal, lock: new SyncLock(path.join(dir, 'sync.lock')), api: async () => api, repository: () => 'northwind/infra', window: 'test-window' });
  };
  const log = (entryIds: readonly string[], overrides: Record<string, { note: string }> = {}) =>
    journal.append(...entryIds.map((id) => ({ type: 'logged' as const, entry: journalEntry(id, overrides[id]), repository: 'northwind/infra', at })));
  const loggedIds = () =>
    (github.state.repo('northwind', 'infra')!.issues.find((i) => i.title === 'Interruption log · Iteration 42')?.comments ?? []).flatMap((c) =>
      readMarkers(c.body).records.map((r) => r.id),
    );
  const writes = () => github.requestLog.filter((r) => r.operationName === 'AddInterruptionComments');
  const states = async () => Object.fromEntries((await journal.read()).entries.map((e) => [e.entry.id, e.state]));

  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'sprint-flow-batches-'));
    journal = new InterruptionJournal(path.join(dir, 'interruptions.jsonl'));
  });

  afterEach(async () => {
    await github.close();
    await fs.rm(dir, { recursive: true, force: true });
  });

  it(`sends ${MAX_ENTRIES_PER_REQUEST} entries a request, one comment each, in the order they were logged`, async () => {
    await start();
    const all = ids(2 * MAX_ENTRIES_PER_REQUEST + 5);
    await log(all);
    const report = await sync.run();
    assert.deepEqual([report.outcome, report.sent, report.waiting], ['synced', all.length, 0]);
    assert.equal(writes().length, 3);
    assert.deepEqual(writes().map((r) => r.cost), [1, 1, 1], 'a batch costs one point, as any request without connections');
    assert.deepEqual(loggedIds(), all);
    const entries = (await journal.read()).entries;
    assert.ok(entries.every((e) => e.state === 'synced' && /#issuecomment-\d+$/.test(e.commentUrl ?? '')));
    assert.equal(new Set(entries.map((e) => e.commentUrl)).size, all.length, 'each entry knows its own comment');
  });

  it('records what GitHub stored when it refused one entry of a request, and goes on with the next request', async () => {
    await start();
    const all = ids(MAX_ENTRIES_PER_REQUEST + 5);
    const refusedId = all[3];
    await log(all, { [refusedId]: { note: NOTE_TOO_LONG_FOR_GITHUB } });
    const report = await sync.run();
    assert.equal(report.outcome, 'failed');
    assert.match(report.reason ?? '', /^GitHub did not accept an entry: Body is too long/);
    assert.deepEqual([report.sent, report.waiting], [all.length - 1, 1]);
    assert.equal(writes().length, 2);
    assert.deepEqual(loggedIds(), all.filter((id) => id !== refusedId));
    const refused = (await journal.read()).entries.find((e) => e.entry.id === refusedId);
    assert.equal(refused?.state, 'failed');
    assert.match(refused?.failure ?? '', /^GitHub did not accept this entry: Body is too long \(maximum is 65536 characters\)$/);

    const again = await sync.run();
    assert.deepEqual([again.sent, again.alreadyInLog, again.waiting], [0, 0, 1]);
    assert.equal((await fs.readFile(journal.file, 'utf8')).match(/"type":"failed"/g)?.length, 1, 'the same refusal is recorded once');
    assert.deepEqual(loggedIds(), all.filter((id) => id !== refusedId));
  });

  it('finds every entry of a request whose answer was lost in the log on the next run, and sends only the rest', async () => {
    await start();
    await log(['opening']);
    await sync.run();
    const all = ids(MAX_ENTRIES_PER_REQUEST + 5);
    await log(all);
    github.switches.dropResponseAfterWrite = true;
    const lost = await sync.run();
    assert.equal(lost.outcome, 'failed');
    assert.equal(lost.sent, 0);
    assert.deepEqual(loggedIds(), ['opening', ...all.slice(0, MAX_ENTRIES_PER_REQUEST)], 'GitHub stored the first request; the run stopped there');
    const afterLoss = await states();
    assert.ok(all.every((id) => afterLoss[id] === 'failed'));

    github.switches.dropResponseAfterWrite = false;
    github.requestLog.length = 0;
    const next = await sync.run();
    assert.deepEqual([next.outcome, next.alreadyInLog, next.sent, next.waiting], ['synced', MAX_ENTRIES_PER_REQUEST, 5, 0]);
    assert.deepEqual(
      github.requestLog.map((r) => r.operationName),
      ['InterruptionLogIssues', 'InterruptionLogComments', 'AddInterruptionComments'],
      'the log is read back before anything is sent',
    );
    assert.deepEqual(loggedIds(), ['opening', ...all]);
    assert.ok(Object.values(await states()).every((state) => state === 'synced'));
  });

  it('stops at a request that failed as a whole, keeping what earlier requests stored, and sends the rest next time', async () => {
    let stored = 0;
    await start({ onWriteStored: (request) => {
      if (request.operationName === 'AddInterruptionComments' && ++stored === 1) {
        github.switches.failWrites = 1;
      }
    } });
    const all = ids(MAX_ENTRIES_PER_REQUEST + 5);
    await log(all);
    const failed = await sync.run();
    assert.deepEqual([failed.outcome, failed.sent, failed.waiting], ['failed', MAX_ENTRIES_PER_REQUEST, 5]);
    assert.match(failed.reason ?? '', /GitHub answered with an error/);
    const afterFailure = await states();
    assert.deepEqual(all.map((id) => afterFailure[id]), all.map((_, i) => (i < MAX_ENTRIES_PER_REQUEST ? 'synced' : 'failed')));

    github.switches.failWrites = 0;
    const next = await sync.run();
    assert.deepEqual([next.outcome, next.alreadyInLog, next.sent], ['synced', 0, 5]);
    assert.deepEqual(loggedIds(), all);
  });
});
