/**
 * Gaps a hostile commenter (or a careless colleague) found in the trust rules, each played over HTTP on the local
 * GitHub through the real readers: what still counts, and what the "left out" note says.
 */
import * as assert from 'node:assert/strict';
import { blockerFlag, flagComment } from '../../src/core/blockerRecords';
import { buildDashboard } from '../../src/core/dashboard';
import { Interruption } from '../../src/core/interruptions';
import { parseProjectUrl } from '../../src/core/projectUrl';
import { describeLeftOut, LeftOutCounts } from '../../src/core/records/authorship';
import { entryComment, teamLogTitle } from '../../src/core/teamLog';
import { buildTeamStandup } from '../../src/core/standup/teamStandup';
import { readThread } from '../../src/core/standup/thread';
import { StandupUpdate } from '../../src/core/standup/update';
import { draftText, updateComment } from '../../src/core/standup/draft';
import { GitHubApi } from '../../src/github/api';
import { loadReport } from '../../src/github/reportLoader';
import { loadSprint } from '../../src/github/sprintLoader';
import { standupPlace } from '../../src/github/standup/place';
import { DEMO_CURRENT_ITERATION, DEMO_LOGIN, DEMO_STANDUP_CATEGORY, DEMO_TOKEN, demoBoard, demoProjectUrl, discussion, discussionComment, FakeGitHub, GitHubState, issue, startFakeGitHub, user } from '../fake-github';
import { addItem } from '../fake-github/boardBuilders';
import { comment, org, repo } from '../fake-github/builders';
import { IssueRec, UserRec } from '../fake-github/model';
import { apiFor } from './githubHarness';
import { entry as reportEntry } from './reportFixture';

const LOG_REPO = 'northwind/infra';
const STRANGER_TOKEN = 'ghp_StrangerOnTheInternet00000000000000';
const COLLEAGUE_TOKEN = 'ghp_ColleagueOnTheTeam0000000000000000000';
const MinimizeMutation = /* GraphQL */ `
mutation Minimize($id: ID!, $classifier: ReportedContentClassifiers!) {
  minimizeComment(input: { subjectId: $id, classifier: $classifier }) { minimizedComment { isMinimized minimizedReason } }
}`;

describe('records only the team wrote count: gaps found by playing the hostile commenter', function () {
  this.timeout(60_000);
  let state: GitHubState;
  let github: FakeGitHub;
  let viewer: UserRec;
  let colleague: UserRec;
  let baseline: LeftOutCounts;

  beforeEach(async () => {
    state = demoBoard();
    viewer = state.user(DEMO_LOGIN)!;
    state.addToken(STRANGER_TOKEN, user(state, 'drive-by-dev').login);
    colleague = state.user('kenji-sato')!;
    state.addToken(COLLEAGUE_TOKEN, colleague.login);
    github = await startFakeGitHub({ state });
    baseline = {};
    baseline = (await report()).source.leftOut ?? {};
  });

  afterEach(() => github.close());

  const entry = (person: string, overrides: Partial<Interruption> = {}): Interruption =>
    reportEntry(person, new Date(Date.now() - 3_600_000).toISOString(), 45, 'incident', DEMO_CURRENT_ITERATION, overrides);
  const logIssue = (): IssueRec => {
    const infra = state.repo('northwind', 'infra')!;
    return infra.issues.find((i) => i.title === teamLogTitle(DEMO_CURRENT_ITERATION)) ?? issue(state, infra, { title: teamLogTitle(DEMO_CURRENT_ITERATION), labels: ['interruption-log'], author: viewer });
  };
  const report = async () => {
    const load = await loadReport(apiFor(github, DEMO_TOKEN), parseProjectUrl(demoProjectUrl(github.origin)), {
      fieldOverrides: {},
      teamLogRepository: { owner: 'northwind', name: 'infra' },
      now: new Date(),
      timeZone: 'UTC',
      choice: 1,
    });
    assert.ok(load.kind === 'ready');
    return { source: load.source, added: describeLeftOut(added(load.source.leftOut ?? {})) };
  };
  const added = (counts: LeftOutCounts): LeftOutCounts =>
    Object.fromEntries(Object.entries(counts).map(([reason, n]) => [reason, n - (baseline[reason as keyof LeftOutCounts] ?? 0)]).filter(([, n]) => n !== 0));

  it('reads team logs only in the team\'s repositories, not in an upstream project whose issue is on the board', async () => {
    // The board tracks an upstream issue; the upstream project's own members label an issue there `interruption-log`
    // (their team may use Sprint Flow too) and log their time: none of them is on this team.
    const upstreamMaintainer = user(state, 'upstream-maintainer');
    org(state, 'upstream-oss', { members: [upstreamMaintainer] });
    const upstream = repo(state, 'upstream-oss/engine');
    const tracked = issue(state, upstream, { title: 'Support the new storage API', author: upstreamMaintainer, assignees: [viewer] });
    addItem(state, state.projects.find((p) => p.number === 7)!, tracked, { Iteration: DEMO_CURRENT_ITERATION });
    const theirLog = issue(state, upstream, { title: teamLogTitle(DEMO_CURRENT_ITERATION), labels: ['interruption-log'], author: upstreamMaintainer });
    const theirs = entry(upstreamMaintainer.login, { minutes: 600 });
    comment(state, theirLog, { author: upstreamMaintainer, body: entryComment(theirs, 'upstream-oss/engine') });
    const mine = entry(DEMO_LOGIN);
    comment(state, logIssue(), { author: viewer, body: entryComment(mine, LOG_REPO) });

    const { source } = await report();
    assert.ok(source.items.some((i) => i.repository === 'upstream-oss/engine'), 'the upstream issue is one of the iteration\'s items');
    assert.ok(source.interruptions.some((e) => e.id === mine.id), 'the team\'s own entry counts');
    assert.ok(!source.interruptions.some((e) => e.id === theirs.id), 'another project\'s log is not this team\'s');
    assert.ok(!source.interruptions.some((e) => e.person === upstreamMaintainer.login), 'no phantom person from upstream');
  });

  const hide = (token: string, id: string, classifier = 'SPAM') =>
    apiFor(github, token).mutate<{ minimizeComment: { minimizedComment: { isMinimized: boolean; minimizedReason: string } } }>(MinimizeMutation, { id, classifier });

  it('leaves out a record in a comment the team hid as spam or abuse, says so, keeps one hidden to tidy the thread, and lets no stranger hide one', async () => {
    const kept = entry(DEMO_LOGIN);
    const tidied = entry(DEMO_LOGIN, { minutes: 15 });
    const hidden = entry(colleague.login);
    comment(state, logIssue(), { author: viewer, body: entryComment(kept, LOG_REPO) });
    const outdated = comment(state, logIssue(), { author: viewer, body: entryComment(tidied, LOG_REPO) });
    const spam = comment(state, logIssue(), { author: colleague, body: entryComment(hidden, LOG_REPO) });
    await assert.rejects(hide(STRANGER_TOKEN, spam.id), 'only people with write access hide comments');
    assert.equal((await report()).source.interruptions.some((e) => e.id === hidden.id), true, 'counted until it is hidden');

    const answer = await hide(DEMO_TOKEN, outdated.id, 'OUTDATED');
    assert.deepEqual(answer.minimizeComment.minimizedComment, { isMinimized: true, minimizedReason: 'outdated' });
    await hide(DEMO_TOKEN, spam.id, 'SPAM');
    const { source, added: leftOut } = await report();
    assert.ok(source.interruptions.some((e) => e.id === kept.id));
    assert.ok(source.interruptions.some((e) => e.id === tidied.id), 'a comment hidden as outdated is the team tidying: its entry counts');
    assert.ok(!source.interruptions.some((e) => e.id === hidden.id), 'an entry in a comment hidden as spam no longer counts');
    assert.deepEqual(leftOut, ['1 record hidden on GitHub as spam or abuse']);
  });

  it('leaves out a record edited by someone GitHub no longer names (a deleted account)', async () => {
    const genuine = entry(colleague.login, { minutes: 30 });
    const edited = comment(state, logIssue(), { author: colleague, body: entryComment(genuine, LOG_REPO) });
    // Someone with write access raised the minutes, then deleted their account: GitHub answers lastEditedAt, editor null.
    edited.body = entryComment({ ...genuine, minutes: 720 }, LOG_REPO);
    edited.lastEditedAt = state.now();
    const { source, added: leftOut } = await report();
    assert.ok(!source.interruptions.some((e) => e.id === genuine.id));
    assert.deepEqual(leftOut, ['1 record edited by someone other than its author']);
  });

  it('leaves out standup updates the team hid as spam or abuse or someone unnamed edited, keeping those hidden to tidy the thread, in an issue thread and a discussion', async () => {
    const standup = (id: string, person: string): StandupUpdate => ({
      kind: 'standup', id, person, iteration: DEMO_CURRENT_ITERATION, postedAt: new Date().toISOString(), timeZone: 'UTC', since: new Date(Date.now() - 86_400_000).toISOString(),
      done: [], doing: [], blocked: [], interruptions: { count: 0, minutes: 0 }, commits: [], note: 'Pairing on the release.',
    });
    const body = (u: StandupUpdate) => updateComment(draftText(u), u);
    const infra = state.repo('northwind', 'infra')!;
    const api: GitHubApi = apiFor(github, DEMO_TOKEN);

    const thread = issue(state, infra, { title: `Standup · ${DEMO_CURRENT_ITERATION}`, labels: ['standup'], author: viewer });
    comment(state, thread, { author: viewer, body: body(standup('mine', DEMO_LOGIN)) });
    const hiddenComment = comment(state, thread, { author: colleague, body: body(standup('hidden', colleague.login)) });
    await hide(DEMO_TOKEN, hiddenComment.id, 'SPAM');
    const tidied = comment(state, thread, { author: viewer, body: body(standup('mine-tidied', DEMO_LOGIN)) });
    await hide(DEMO_TOKEN, tidied.id, 'RESOLVED');
    const ghostEdited = comment(state, thread, { author: colleague, body: body(standup('ghost-edited', colleague.login)) });
    ghostEdited.lastEditedAt = state.now();
    const fromIssue = readThread((await standupPlace(api, { repository: { owner: 'northwind', name: 'infra' } }).recentComments(thread.id, { maxPages: 2 })).comments);
    assert.deepEqual(fromIssue.updates.map((u) => u.update.id).sort(), ['mine', 'mine-tidied']);
    assert.deepEqual(fromIssue.leftOut.counts, { hidden: 1, 'edited-by-someone-else': 1 });

    const category = infra.discussionCategories.find((c) => c.name === DEMO_STANDUP_CATEGORY)!;
    const talk = discussion(state, category, { title: `Standup · ${DEMO_CURRENT_ITERATION}`, author: viewer });
    discussionComment(state, talk, { author: viewer, body: body(standup('mine', DEMO_LOGIN)) });
    const hiddenReply = discussionComment(state, talk, { author: colleague, body: body(standup('hidden', colleague.login)) });
    await hide(DEMO_TOKEN, hiddenReply.id, 'ABUSE');
    const fromDiscussion = readThread((await standupPlace(api, { repository: { owner: 'northwind', name: 'infra' }, discussionCategory: category.name }).recentComments(talk.id, { maxPages: 2 })).comments);
    assert.deepEqual(fromDiscussion.updates.map((u) => u.update.id), ['mine']);
    assert.deepEqual(fromDiscussion.leftOut.counts, { hidden: 1 });
  });

  it('counts a standup update at the time GitHub stored it, not at a later time its marker claims', async () => {
    // A clock years ahead (or a hand edit) must not keep someone off the "not posted" list for good.
    const now = new Date();
    const storedAt = new Date(Math.floor(now.getTime() / 1000) * 1000 - 6 * 86_400_000); // GitHub keeps whole seconds
    const update: StandupUpdate = {
      kind: 'standup', id: 'from-the-future', person: colleague.login, iteration: DEMO_CURRENT_ITERATION, postedAt: '2099-01-05T09:00:00.000Z', timeZone: 'UTC',
      since: new Date(storedAt.getTime() - 86_400_000).toISOString(), done: [], doing: [], blocked: [], interruptions: { count: 0, minutes: 0 }, commits: [], note: 'Release notes.',
    };
    const infra = state.repo('northwind', 'infra')!;
    const thread = issue(state, infra, { title: `Standup · ${DEMO_CURRENT_ITERATION}`, labels: ['standup'], author: viewer });
    comment(state, thread, { author: colleague, body: updateComment(draftText(update), update), createdAt: storedAt });
    const place = standupPlace(apiFor(github, DEMO_TOKEN), { repository: { owner: 'northwind', name: 'infra' } });
    const read = readThread((await place.recentComments(thread.id, { maxPages: 2 })).comments);
    assert.deepEqual(read.updates.map((u) => [u.update.id, u.update.postedAt]), [['from-the-future', storedAt.toISOString()]], 'it counts, as of when it was stored');
    const model = buildTeamStandup({ iteration: DEMO_CURRENT_ITERATION, updates: read.updates, boardAssignees: [colleague.login], leftOut: read.leftOut.counts, olderNotRead: false, viewer: DEMO_LOGIN, timeZone: 'UTC', now });
    assert.ok(model.notPosted.some((p) => p.person === colleague.login), 'six days without an update is "not posted"');
  });

  it('reads a record dated centuries ago as unreadable, so the dashboard and the Team Standup neither fail nor freeze', async () => {
    // Counting working days walks day by day: a flag "since the year 999" made the dashboard throw, one since 1200 took
    // seconds on the extension host. Sprint Flow writes the time it is now; GitHub Projects did not exist before 2020.
    const mine = state.projects.find((p) => p.number === 7)!.items.map((i) => i.content).filter((c): c is IssueRec => c?.kind === 'Issue' && c.assignees.includes(viewer) && c.state === 'OPEN');
    const ancient = (id: string, at: string) => flagComment(blockerFlag({ id, reason: 'upstream', details: 'Waiting.', flaggedAt: new Date(at), flaggedBy: DEMO_LOGIN }));
    comment(state, mine[0], { author: viewer, body: ancient('flag-999', '0999-01-01T00:00:00.000Z') });
    comment(state, mine[1], { author: viewer, body: ancient('flag-1200', '1200-01-01T00:00:00.000Z') });
    const load = await loadSprint(apiFor(github, DEMO_TOKEN), parseProjectUrl(demoProjectUrl(github.origin)), { fieldOverrides: {}, timeZone: 'UTC', now: new Date() });
    assert.ok(load.kind === 'ready');
    const flagged = load.snapshot.items.filter((i) => i.contentId === mine[0].id || i.contentId === mine[1].id);
    assert.deepEqual(flagged.map((i) => i.openBlocker?.id), [undefined, undefined]);
    const started = Date.now();
    buildDashboard({ snapshot: load.snapshot, goals: { state: 'ready', goals: [] }, interruptions: [], hoursPerDay: 6, now: new Date(), timeZone: 'UTC' });
    assert.ok(Date.now() - started < 1000);

    const update: StandupUpdate = {
      kind: 'standup', id: 'blocked-since-999', person: colleague.login, iteration: DEMO_CURRENT_ITERATION, postedAt: new Date().toISOString(), timeZone: 'UTC', since: new Date(Date.now() - 86_400_000).toISOString(),
      done: [], doing: [], blocked: [{ reference: 'northwind/api#1', title: 'Rotate keys', reason: 'Cloud vendor', since: '0999-01-01T00:00:00Z' }], interruptions: { count: 0, minutes: 0 }, commits: [],
    };
    const thread = issue(state, state.repo('northwind', 'infra')!, { title: `Standup · ${DEMO_CURRENT_ITERATION}`, labels: ['standup'], author: viewer });
    comment(state, thread, { author: colleague, body: updateComment(draftText(update), update) });
    const read = readThread((await standupPlace(apiFor(github, DEMO_TOKEN), { repository: { owner: 'northwind', name: 'infra' } }).recentComments(thread.id, { maxPages: 1 })).comments);
    assert.deepEqual(read.leftOut.counts, { unreadable: 1 });
    const model = buildTeamStandup({ iteration: DEMO_CURRENT_ITERATION, updates: read.updates, boardAssignees: [colleague.login], leftOut: read.leftOut.counts, olderNotRead: false, viewer: DEMO_LOGIN, timeZone: 'UTC', now: new Date() });
    assert.deepEqual(model.leftOut, ['1 record could not be read']);
  });

  it('says on the dashboard how many blocker records on my items it could not read, instead of dropping them silently', async () => {
    const [target] = state.projects.find((p) => p.number === 7)!.items.map((i) => i.content).filter((c): c is IssueRec => c?.kind === 'Issue' && c.assignees.includes(viewer) && c.state === 'OPEN' && !c.comments.length);
    const flag = blockerFlag({ id: 'hand-edited', reason: 'upstream', details: 'Waiting.', flaggedAt: new Date(), flaggedBy: DEMO_LOGIN });
    // My own flag, hand-edited on GitHub beyond what Sprint Flow writes (a scope it does not know), and one cut short.
    comment(state, target, { author: viewer, body: flagComment(flag).replace('"scope":"external"', '"scope":"cosmic"') });
    comment(state, target, { author: viewer, body: flagComment({ ...flag, id: 'cut-short' }).replace('"reason"', '"rea') });
    const load = await loadSprint(apiFor(github, DEMO_TOKEN), parseProjectUrl(demoProjectUrl(github.origin)), { fieldOverrides: {}, timeZone: 'UTC', now: new Date() });
    assert.ok(load.kind === 'ready');
    const item = load.snapshot.items.find((i) => i.contentId === target.id)!;
    assert.equal(item.openBlocker, undefined);
    assert.deepEqual(item.leftOutRecords, { unreadable: 2 });
    const dashboard = buildDashboard({ snapshot: load.snapshot, goals: { state: 'ready', goals: [] }, interruptions: [], hoursPerDay: 6, now: new Date(), timeZone: 'UTC' });
    assert.ok(dashboard.leftOut.includes('2 records could not be read'), dashboard.leftOut.join('; '));
  });
});
