import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { draftText, updateComment } from '../../src/core/standup/draft';
import { lastMarker, STANDUP_LABEL } from '../../src/core/standup/thread';
import { StandupUpdate } from '../../src/core/standup/update';
import { GitHubApi } from '../../src/github/api';
import { readRecentComments } from '../../src/github/standup/comments';
import { StandupCommentsQuery } from '../../src/github/standup/graphql';
import { standupThread } from '../../src/github/standup/thread';
import { StandupJournal } from '../../src/services/standup/standupJournal';
import { StandupSync } from '../../src/services/standup/standupSync';
import { SyncLock } from '../../src/services/syncLock';
import { DEMO_LOGIN, DEMO_TOKEN, demoBoard, FakeGitHub, startFakeGitHub } from '../fake-github';
import { IssueRec } from '../fake-github/model';
import { apiFor } from './githubHarness';

const REPO = 'northwind/infra';
/** The demo board holds threads of the days before today; these tests post to an iteration without one yet. */
const ITERATION = 'Iteration 43';
const KENJI_TOKEN = 'ghp_SprintFlowKenjiToken00000000000000000';

function update(id: string, person = DEMO_LOGIN, postedAt = new Date().toISOString()): StandupUpdate {
  return {
    kind: 'standup', id, person, iteration: ITERATION, postedAt, timeZone: 'Europe/Copenhagen', since: new Date(Date.now() - 86_400_000).toISOString(),
    done: [{ reference: 'northwind/web#3', title: 'Fix the flaky login test' }], doing: [], blocked: [], interruptions: { count: 1, minutes: 30 }, commits: [],
  };
}

describe('posting standup updates to the iteration\'s thread', function () {
  this.timeout(30_000);
  let github: FakeGitHub;
  let dir: string;
  let api: GitHubApi;

  const person = (name: string, token: string) => {
    const journal = new StandupJournal(path.join(dir, name, 'standups.jsonl'));
    const sync = new StandupSync({ journal, lock: new SyncLock(path.join(dir, name, 'standup.lock')), api: async () => apiFor(github, token), repository: () => REPO });
    return { journal, sync };
  };
  const queue = async (journal: StandupJournal, u: StandupUpdate) => journal.append({ type: 'queued', update: u, body: updateComment(draftText(u), u), at: u.postedAt });
  const threads = (): IssueRec[] => github.state.repo('northwind', 'infra')!.issues.filter((i) => i.title === `Standup · ${ITERATION}`);
  const postedIds = (issue: IssueRec | undefined) => (issue?.comments ?? []).map((c) => lastMarker(c.body)?.record?.id);

  beforeEach(async () => {
    github = await startFakeGitHub({ state: demoBoard() });
    github.state.addToken(KENJI_TOKEN, 'kenji-sato');
    api = apiFor(github, DEMO_TOKEN);
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'sprint-flow-standup-'));
  });

  afterEach(async () => {
    await github.close();
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('creates the labelled thread once and posts one comment per update', async () => {
    const mara = person('mara', DEMO_TOKEN);
    await queue(mara.journal, update('a'));
    const first = await mara.sync.run();
    assert.deepEqual([first.outcome, first.sent], ['synced', 1]);
    await queue(mara.journal, update('b'));
    assert.equal((await mara.sync.run()).sent, 1);
    assert.equal(threads().length, 1);
    assert.deepEqual(threads()[0].labels.map((l) => l.name), [STANDUP_LABEL.name]);
    assert.deepEqual(postedIds(threads()[0]), ['a', 'b']);
    const entries = (await mara.journal.read()).entries;
    assert.ok(entries.every((e) => e.state === 'synced' && e.commentUrl?.includes('#issuecomment-')));
    assert.equal((await mara.sync.run()).outcome, 'nothingToSend');
  });

  it('keeps an update written offline and posts it exactly once when GitHub is back', async () => {
    const mara = person('mara', DEMO_TOKEN);
    await queue(mara.journal, update('offline'));
    github.switches.offline = true;
    const failed = await mara.sync.run();
    assert.equal(failed.outcome, 'failed');
    assert.match(failed.reason ?? '', /could not be reached/);
    assert.equal((await mara.sync.run()).outcome, 'failed');
    assert.deepEqual((await mara.journal.read()).entries.map((e) => e.state), ['failed']);
    github.switches.offline = false;
    assert.equal((await mara.sync.run()).sent, 1);
    assert.equal((await mara.sync.run()).outcome, 'nothingToSend');
    assert.deepEqual(postedIds(threads()[0]), ['offline']);
  });

  it('does not post twice when GitHub stored the update but its answer was lost', async () => {
    const mara = person('mara', DEMO_TOKEN);
    await queue(mara.journal, update('first'));
    await mara.sync.run();
    await queue(mara.journal, update('lost'));
    github.switches.dropResponseAfterWrite = true;
    assert.equal((await mara.sync.run()).outcome, 'failed');
    github.switches.dropResponseAfterWrite = false;
    const retry = await mara.sync.run();
    assert.deepEqual([retry.sent, retry.alreadyPosted], [0, 1]);
    assert.deepEqual(postedIds(threads()[0]), ['first', 'lost']);
  });

  it('finds or creates one thread when two people post the iteration\'s first update at the same moment', async () => {
    const mara = person('mara', DEMO_TOKEN);
    const kenji = person('kenji', KENJI_TOKEN);
    await queue(mara.journal, update('from-mara'));
    await queue(kenji.journal, update('from-kenji', 'kenji-sato'));
    const reports = await Promise.all([mara.sync.run(), kenji.sync.run()]);
    assert.deepEqual(reports.map((r) => [r.outcome, r.reason]), [['synced', undefined], ['synced', undefined]]);
    const open = threads().filter((t) => t.state === 'OPEN');
    assert.equal(open.length, 1, 'one thread stays open');
    assert.deepEqual(postedIds(open[0]).sort(), ['from-kenji', 'from-mara']);
    threads().filter((t) => t.state !== 'OPEN').forEach((t) => assert.deepEqual([t.stateReason, t.comments.length], ['DUPLICATE', 0]));
    // A third person finds the same thread.
    const again = await standupThread(api, { owner: 'northwind', name: 'infra' }, ITERATION, { create: false });
    assert.equal(again.thread?.id, open[0].id);
  });

  it('reads a long thread from the newest comment back, a bounded number of pages', async () => {
    const mara = person('mara', DEMO_TOKEN);
    await queue(mara.journal, update('a'));
    await mara.sync.run();
    const thread = threads()[0];
    for (let i = 0; i < 240; i++) {
      thread.comments.push({ ...thread.comments[0], body: `reply ${i}` });
    }
    github.requestLog.length = 0;
    const read = await readRecentComments(api, StandupCommentsQuery, thread.id, { maxPages: 2 });
    assert.equal(read.comments.length, 100);
    const bodies = read.comments.map((c) => c.body);
    assert.ok(bodies.includes('reply 239') && bodies.includes('reply 140') && !bodies.includes('reply 139'), 'the newest hundred');
    assert.equal(read.olderNotRead, true);
    assert.equal(github.requestLog.length, 2);
  });
});
