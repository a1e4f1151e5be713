import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { draftText, updateComment } from '../../src/core/standup/draft';
import { lastMarker, readThread } from '../../src/core/standup/thread';
import { StandupUpdate } from '../../src/core/standup/update';
import { standupPlace } from '../../src/github/standup/place';
import { StandupJournal } from '../../src/services/standup/standupJournal';
import { StandupSync } from '../../src/services/standup/standupSync';
import { SyncLock } from '../../src/services/syncLock';
import { DEMO_LOGIN, DEMO_STANDUP_CATEGORY, DEMO_TOKEN, demoBoard, discussion, discussionComment, FakeGitHub, startFakeGitHub, user } from '../fake-github';
import { DiscussionRec, RepoRec } from '../fake-github/model';
import { apiFor } from './githubHarness';

const REPOSITORY = { owner: 'northwind', name: 'infra' };
const ITERATION = 'Iteration 43';
const TITLE = `Standup · ${ITERATION}`;
const KENJI_TOKEN = 'ghp_SprintFlowKenjiToken00000000000000000';
const STRANGER_TOKEN = 'ghp_SprintFlowStrangerToken0000000000000';

function update(id: string, person = DEMO_LOGIN, postedAt = new Date().toISOString()): StandupUpdate {
  return {
    kind: 'standup', id, person, iteration: ITERATION, postedAt, timeZone: 'Europe/Copenhagen', since: new Date(Date.now() - 86_400_000).toISOString(),
    done: [{ reference: 'northwind/web#3', title: 'Fix the flaky login test' }], doing: [], blocked: [], interruptions: { count: 0, minutes: 0 }, commits: [],
  };
}

const body = (u: StandupUpdate) => updateComment(draftText(u), u);

describe('standups in a GitHub Discussion category', function () {
  this.timeout(30_000);
  let github: FakeGitHub;
  let dir: string;
  let infra: RepoRec;

  const person = (name: string, token: string, category = DEMO_STANDUP_CATEGORY) => {
    const journal = new StandupJournal(path.join(dir, name, 'standups.jsonl'));
    const sync = new StandupSync({
      journal,
      lock: new SyncLock(path.join(dir, name, 'standup.lock')),
      api: async () => apiFor(github, token),
      repository: () => 'northwind/infra',
      discussionCategory: () => category,
    });
    return { journal, sync, queue: (u: StandupUpdate) => journal.append({ type: 'queued', update: u, body: body(u), at: u.postedAt }) };
  };
  const discussions = (): DiscussionRec[] => infra.discussions.filter((d) => d.title === TITLE);
  const postedIds = (d: DiscussionRec | undefined) => (d?.comments ?? []).map((c) => lastMarker(c.body)?.record?.id);

  beforeEach(async () => {
    github = await startFakeGitHub({ state: demoBoard() });
    github.state.addToken(KENJI_TOKEN, 'kenji-sato');
    user(github.state, 'mallory');
    github.state.addToken(STRANGER_TOKEN, 'mallory');
    infra = github.state.repo('northwind', 'infra')!;
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'sprint-flow-standup-discussion-'));
  });

  afterEach(async () => {
    await github.close();
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('creates the iteration\'s discussion in the category once and posts one discussion comment per update', async () => {
    const mara = person('mara', DEMO_TOKEN);
    await mara.queue(update('a'));
    assert.deepEqual(await mara.sync.run().then((r) => [r.outcome, r.sent, r.reason]), ['synced', 1, undefined]);
    await mara.queue(update('b'));
    assert.equal((await mara.sync.run()).sent, 1);
    assert.equal(discussions().length, 1);
    const [thread] = discussions();
    assert.equal(thread.category.name, DEMO_STANDUP_CATEGORY);
    assert.equal(thread.author.login, DEMO_LOGIN);
    assert.deepEqual(postedIds(thread), ['a', 'b']);
    assert.ok(thread.comments.every((c) => c.author.login === DEMO_LOGIN && c.body.includes('Fix the flaky login test')), 'readable as text, marker last');
    const entries = (await mara.journal.read()).entries;
    assert.ok(entries.every((e) => e.state === 'synced' && /\/northwind\/infra\/discussions\/\d+#discussioncomment-\d+$/.test(e.commentUrl ?? '')), JSON.stringify(entries));
    assert.equal(infra.issues.filter((i) => i.title === TITLE).length, 0, 'no issue thread');
  });

  it('names the category case-insensitively, as people type it', async () => {
    const mara = person('mara', DEMO_TOKEN, 'standups');
    await mara.queue(update('a'));
    assert.equal((await mara.sync.run()).sent, 1);
    assert.equal(discussions()[0].category.name, DEMO_STANDUP_CATEGORY);
  });

  it('creates one discussion when two people post the iteration\'s first update at the same moment', async () => {
    const mara = person('mara', DEMO_TOKEN);
    const kenji = person('kenji', KENJI_TOKEN);
    await mara.queue(update('from-mara'));
    await kenji.queue(update('from-kenji', 'kenji-sato'));
    const reports = await Promise.all([mara.sync.run(), kenji.sync.run()]);
    assert.deepEqual(reports.map((r) => [r.outcome, r.reason]), [['synced', undefined], ['synced', undefined]]);
    const open = discussions().filter((d) => !d.closed);
    assert.equal(open.length, 1, 'one discussion stays open');
    assert.deepEqual(postedIds(open[0]).sort(), ['from-kenji', 'from-mara']);
    discussions().filter((d) => d.closed).forEach((d) => assert.deepEqual([d.stateReason, d.comments.length], ['DUPLICATE', 0]));
    const again = await standupPlace(apiFor(github, DEMO_TOKEN), { repository: REPOSITORY, discussionCategory: DEMO_STANDUP_CATEGORY }).thread(ITERATION, { create: false });
    assert.equal(again.thread?.id, open[0].id, 'a third person finds the same one');
  });

  it('never uses a discussion a stranger opened with the iteration\'s title, however early', async () => {
    const category = infra.discussionCategories.find((c) => c.name === DEMO_STANDUP_CATEGORY)!;
    const trap = discussion(github.state, category, { title: TITLE, author: github.state.user('mallory')!, createdAt: new Date(Date.now() - 86_400_000) });
    const mara = person('mara', DEMO_TOKEN);
    await mara.queue(update('a'));
    assert.equal((await mara.sync.run()).sent, 1);
    assert.equal(trap.comments.length, 0);
    assert.deepEqual(postedIds(discussions().find((d) => d.author.login === DEMO_LOGIN)), ['a']);
  });

  it('says which setting to change when the category does not exist, and keeps the update', async () => {
    const mara = person('mara', DEMO_TOKEN, 'Daily standups');
    await mara.queue(update('waiting'));
    const report = await mara.sync.run();
    assert.equal(report.outcome, 'failed');
    assert.match(report.reason ?? '', /northwind\/infra has no discussion category "Daily standups"\. Set sprintFlow\.standup\.discussionCategory to one of its categories, or leave it empty to post to an issue thread\. Its categories: .*"Standups"/);
    assert.deepEqual((await mara.journal.read()).entries.map((e) => e.state), ['failed']);
    assert.equal(infra.discussions.length, 0, 'nothing created');
  });

  it('says Discussions are off, and what to do, when the repository has them turned off', async () => {
    infra.hasDiscussionsEnabled = false;
    const place = standupPlace(apiFor(github, DEMO_TOKEN), { repository: REPOSITORY, discussionCategory: DEMO_STANDUP_CATEGORY });
    await assert.rejects(place.thread(ITERATION, { create: true }), (error: Error) => {
      assert.equal(error.message, 'Discussions are turned off in northwind/infra, so standups cannot go to its "Standups" category. Turn Discussions on in the repository\'s settings, or clear the sprintFlow.standup.discussionCategory setting to post to an issue thread.');
      return true;
    });
  });

  it('leaves out and counts a forged update a stranger commented, and reads from the newest in bounded pages', async () => {
    const mara = person('mara', DEMO_TOKEN);
    await mara.queue(update('mine'));
    await mara.sync.run();
    const [thread] = discussions();
    const mallory = github.state.user('mallory')!;
    // Through GitHub's own write, as the stranger: a public repository lets anyone comment.
    const api = apiFor(github, STRANGER_TOKEN);
    const strangerPlace = standupPlace(api, { repository: REPOSITORY, discussionCategory: DEMO_STANDUP_CATEGORY });
    const found = await strangerPlace.thread(ITERATION, { create: false });
    assert.equal(found.thread?.id, thread.id);
    await strangerPlace.post(thread.id, body(update('forged', 'kenji-sato')));
    await strangerPlace.post(thread.id, body(update('own', 'mallory')));
    assert.deepEqual(thread.comments.slice(-2).map((c) => c.author), [mallory, mallory]);
    for (let i = 0; i < 120; i++) discussionComment(github.state, thread, { body: `reply ${i}`, author: github.state.user('kenji-sato')! });

    const place = standupPlace(apiFor(github, DEMO_TOKEN), { repository: REPOSITORY, discussionCategory: DEMO_STANDUP_CATEGORY });
    github.requestLog.length = 0;
    const all = await place.recentComments(thread.id, { maxPages: 3 });
    assert.equal(github.requestLog.length, 3, 'three pages of 50, newest first');
    assert.equal(all.olderNotRead, false);
    const read = readThread(all.comments);
    assert.deepEqual(read.updates.map((u) => [u.author, u.update.id]), [[DEMO_LOGIN, 'mine']]);
    assert.deepEqual(read.leftOut.counts, { 'outside-team': 2 });
    assert.equal(read.replies, 120);

    github.requestLog.length = 0;
    const bounded = await place.recentComments(thread.id, { maxPages: 1 });
    assert.deepEqual([github.requestLog.length, bounded.comments.length, bounded.olderNotRead], [1, 50, true]);
    assert.equal(bounded.comments.at(-1)?.body, 'reply 119');
  });
});
