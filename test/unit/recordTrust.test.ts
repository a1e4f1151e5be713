/**
 * The attacks a stranger (or a careless colleague) can make on the records Sprint Flow reads back, each played for
 * real: comments posted and edited over HTTP with the attacker's own token on the local GitHub, then read by the real
 * readers (sprint, report, team log sync). Each test says what still counts and what the "left out" note says.
 */
import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { blockerFlag, blockerResolution, flagComment, resolutionComment } from '../../src/core/blockerRecords';
import { buildDashboard } from '../../src/core/dashboard';
import { Interruption } from '../../src/core/interruptions';
import { SprintSnapshot } from '../../src/core/model';
import { parseProjectUrl } from '../../src/core/projectUrl';
import { describeLeftOut, LeftOutCounts } from '../../src/core/records/authorship';
import { buildTeamReport } from '../../src/core/report/teamReport';
import { entryComment, teamLogTitle } from '../../src/core/teamLog';
import { GitHubApi } from '../../src/github/api';
import { AddCommentMutation } from '../../src/github/graphql/blockers';
import { loadReport } from '../../src/github/reportLoader';
import { loadSprint } from '../../src/github/sprintLoader';
import { InterruptionJournal } from '../../src/services/interruptionJournal';
import { SyncLock } from '../../src/services/syncLock';
import { TeamLogSync } from '../../src/services/teamLogSync';
import { DEMO_CURRENT_ITERATION, DEMO_LOGIN, DEMO_READONLY_LOGIN, DEMO_READONLY_TOKEN, DEMO_TOKEN, demoBoard, demoProjectUrl, FakeGitHub, GitHubState, issue, startFakeGitHub, user } from '../fake-github';
import { IssueRec } from '../fake-github/model';
import { apiFor } from './githubHarness';

const STRANGER = 'drive-by-dev';
const STRANGER_TOKEN = 'ghp_StrangerOnTheInternet00000000000000';
const COLLEAGUE_TOKEN = 'ghp_ColleagueOnTheTeam0000000000000000000';
const LOG_REPO = 'northwind/infra';
const UpdateCommentMutation = /* GraphQL */ `
mutation UpdateComment($id: ID!, $body: String!) {
  updateIssueComment(input: { id: $id, body: $body }) { issueComment { id } }
}`;

describe('records only the team wrote count', function () {
  this.timeout(60_000);
  let state: GitHubState;
  let github: FakeGitHub;
  let colleague: string;

  beforeEach(async () => {
    state = demoBoard();
    user(state, STRANGER, { name: 'Someone on the Internet' });
    state.addToken(STRANGER_TOKEN, STRANGER);
    colleague = state.orgs.get('northwind')!.members.find((u) => ![DEMO_LOGIN, DEMO_READONLY_LOGIN].includes(u.login))!.login;
    state.addToken(COLLEAGUE_TOKEN, colleague);
    github = await startFakeGitHub({ state });
    baseline = {};
    baseline = (await report()).source.leftOut ?? {};
  });

  afterEach(() => github.close());

  const as = (token: string): GitHubApi => apiFor(github, token);
  const post = async (token: string, subjectId: string, body: string): Promise<string> => {
    const data = await as(token).mutate<{ addComment: { commentEdge: { node: { id: string } } } }>(AddCommentMutation, { subjectId, body });
    return data.addComment.commentEdge.node.id;
  };
  const logIssue = (iteration = DEMO_CURRENT_ITERATION): IssueRec => {
    const repo = state.repo('northwind', 'infra')!;
    return (
      repo.issues.find((i) => i.title === teamLogTitle(iteration)) ??
      issue(state, repo, { title: teamLogTitle(iteration), labels: ['interruption-log'], author: state.user(DEMO_LOGIN)! })
    );
  };
  /** One of my items, blocked by a flag I wrote myself. */
  const myBlockedItem = async () => {
    const target = (await sprint()).items.find((i) => !i.openBlocker && i.type === 'ISSUE' && i.contentId)!;
    const flag = blockerFlag({ id: 'real-flag', reason: 'upstream', details: 'Waiting on the upstream release.', flaggedAt: new Date(), flaggedBy: DEMO_LOGIN });
    await post(DEMO_TOKEN, target.contentId!, flagComment(flag));
    const blocked = (await sprint()).items.find((i) => i.id === target.id)!;
    assert.equal(blocked.openBlocker?.id, 'real-flag');
    return blocked;
  };
  const entry = (person: string, overrides: Partial<Interruption> = {}): Interruption => ({
    kind: 'interruption',
    id: `attack-${person}-${Math.random().toString(36).slice(2)}`,
    person,
    startedAt: new Date(Date.now() - 3_600_000).toISOString(),
    minutes: 700,
    interruptionKind: 'incident',
    iteration: DEMO_CURRENT_ITERATION,
    ...overrides,
  });
  const report = async () => {
    const load = await loadReport(as(DEMO_TOKEN), parseProjectUrl(demoProjectUrl(github.origin)), {
      fieldOverrides: {},
      teamLogRepository: { owner: 'northwind', name: 'infra' },
      now: new Date(),
      timeZone: 'UTC',
      choice: 1,
    });
    assert.ok(load.kind === 'ready');
    const built = buildTeamReport(load.source, { hoursPerDay: 6, timeZone: 'UTC', now: new Date(), goalLabel: 'sprint-goal' });
    return { source: load.source, report: built, added: describeLeftOut(added(load.source.leftOut ?? {})) };
  };
  /** What the attack added to the "left out" note: the demo already holds one entry its author posted twice. */
  let baseline: LeftOutCounts = {};
  const added = (counts: LeftOutCounts): LeftOutCounts =>
    Object.fromEntries(Object.entries(counts).map(([reason, n]) => [reason, n - (baseline[reason as keyof LeftOutCounts] ?? 0)]).filter(([, n]) => n !== 0));
  const sprint = async (): Promise<SprintSnapshot> => {
    const load = await loadSprint(as(DEMO_TOKEN), parseProjectUrl(demoProjectUrl(github.origin)), { fieldOverrides: {}, timeZone: 'UTC', now: new Date() });
    assert.ok(load.kind === 'ready');
    return load.snapshot;
  };

  it('leaves out a stranger\'s entry in a member\'s name, and says so', async () => {
    const forged = entry(DEMO_LOGIN);
    await post(STRANGER_TOKEN, logIssue().id, entryComment(forged, LOG_REPO));
    const { source, report: built, added: leftOut } = await report();
    assert.ok(!source.interruptions.some((e) => e.id === forged.id));
    assert.ok(source.interruptions.length > 0, 'the team\'s own entries still count');
    assert.deepEqual(leftOut, ['1 record written by someone outside the team']);
    assert.ok(built.leftOut.includes('1 record written by someone outside the team'), 'the report\'s note says so');
    assert.ok(source.leftOutRecords?.some((r) => r.author === STRANGER && r.url?.includes('#issuecomment-')), 'the log can name the comment');
  });

  it('leaves out a phantom person: a stranger logging time in their own name', async () => {
    const phantom = entry(STRANGER);
    await post(STRANGER_TOKEN, logIssue().id, entryComment(phantom, LOG_REPO));
    const { source, report: built, added: leftOut } = await report();
    assert.ok(!source.interruptions.some((e) => e.person === STRANGER));
    assert.ok(!built.people.includes(STRANGER), 'a person outside the team never appears in the report');
    assert.deepEqual(leftOut, ['1 record written by someone outside the team']);
  });

  it('leaves out a team member\'s entry in another member\'s name', async () => {
    const claimed = entry(DEMO_LOGIN);
    await post(COLLEAGUE_TOKEN, logIssue().id, entryComment(claimed, LOG_REPO));
    const { source, added: leftOut } = await report();
    assert.ok(!source.interruptions.some((e) => e.id === claimed.id));
    assert.deepEqual(leftOut, ['1 record claims another person']);
  });

  it('does not let an id posted first by someone else shadow the real entry, in the report or the sync', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'sprint-flow-trust-'));
    try {
      const mine = entry(DEMO_LOGIN, { minutes: 25, interruptionKind: 'question' });
      // The stranger copies the id (seen, say, in an earlier public comment) and posts first, with other numbers.
      await post(STRANGER_TOKEN, logIssue().id, entryComment({ ...mine, minutes: 720, interruptionKind: 'meeting' }, LOG_REPO));
      const journal = new InterruptionJournal(path.join(dir, 'interruptions.jsonl'));
      await journal.append({ type: 'logged', entry: mine, repository: LOG_REPO, at: new Date().toISOString() });
      const sync = new TeamLogSync({ journal, lock: new SyncLock(path.join(dir, 'sync.lock')), api: async () => as(DEMO_TOKEN), repository: () => LOG_REPO, window: 'w' });
      const sent = await sync.run();
      assert.equal(sent.sent, 1, 'the real entry is still sent: the stranger\'s copy is not ours');
      assert.equal(sent.alreadyInLog, 0);
      assert.deepEqual(describeLeftOut(sent.leftOut ?? {}), ['1 record written by someone outside the team']);
      const { source } = await report();
      const counted = source.interruptions.filter((e) => e.id === mine.id);
      assert.deepEqual(counted.map((e) => [e.person, e.minutes, e.interruptionKind]), [[DEMO_LOGIN, 25, 'question']]);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it('leaves out an entry another person edited, even a team member', async () => {
    const mine = entry(DEMO_LOGIN, { minutes: 30 });
    const commentId = await post(DEMO_TOKEN, logIssue().id, entryComment(mine, LOG_REPO));
    assert.ok((await report()).source.interruptions.some((e) => e.id === mine.id && e.minutes === 30));
    // The colleague has write access, so GitHub lets them edit it: the numbers must not change silently.
    await as(COLLEAGUE_TOKEN).mutate(UpdateCommentMutation, { id: commentId, body: entryComment({ ...mine, minutes: 600 }, LOG_REPO) });
    const { source, added: leftOut } = await report();
    assert.ok(!source.interruptions.some((e) => e.id === mine.id));
    assert.deepEqual(leftOut, ['1 record edited by someone other than its author']);
  });

  it('keeps the sidebar free of a stranger\'s forged flag, and the dashboard says one record was left out', async () => {
    const before = await sprint();
    const target = before.items.find((i) => !i.openBlocker && i.type === 'ISSUE' && i.contentId)!;
    const flag = blockerFlag({ id: 'forged-flag', reason: 'cloud-vendor', details: 'Pay me to unblock.', flaggedAt: new Date(), flaggedBy: DEMO_LOGIN, previousStatus: { optionId: 'x', name: 'Done' } });
    await post(STRANGER_TOKEN, target.contentId!, flagComment(flag));
    const after = await sprint();
    const item = after.items.find((i) => i.id === target.id)!;
    assert.equal(item.openBlocker, undefined);
    assert.deepEqual(item.leftOutRecords, { 'outside-team': 1 });
    const dashboard = buildDashboard({ snapshot: after, goals: { state: 'ready', goals: [] }, interruptions: [], hoursPerDay: 6, now: new Date(), timeZone: 'UTC' });
    assert.deepEqual(dashboard.leftOut, ['1 record written by someone outside the team']);
  });

  it('does not let a forged resolution close a real blocker', async () => {
    const blocked = await myBlockedItem();
    const flag = blocked.openBlocker!;
    const forged = blockerResolution(flag, { id: 'forged-resolution', resolvedAt: new Date(), resolvedBy: STRANGER, timeZone: 'UTC' });
    await post(STRANGER_TOKEN, blocked.contentId!, resolutionComment(forged));
    // And a colleague resolving in my name is refused too.
    await post(COLLEAGUE_TOKEN, blocked.contentId!, resolutionComment({ ...forged, id: 'claimed-resolution', resolvedBy: DEMO_LOGIN }));
    const after = (await sprint()).items.find((i) => i.id === blocked.id)!;
    assert.equal(after.openBlocker?.id, flag.id, 'the blocker stays open');
    assert.deepEqual(describeLeftOut(after.leftOutRecords ?? {}), ['1 record written by someone outside the team', '1 record claims another person']);
    const { source } = await report();
    const records = source.blockerRecords[blocked.contentId!] ?? [];
    assert.ok(!records.some((r) => r.id === 'forged-resolution' || r.id === 'claimed-resolution'));
  });

  it('lets any team member resolve a teammate\'s blocker, in their own name', async () => {
    const blocked = await myBlockedItem();
    const resolution = blockerResolution(blocked.openBlocker!, { id: 'colleague-resolution', resolvedAt: new Date(), resolvedBy: colleague, timeZone: 'UTC' });
    await post(COLLEAGUE_TOKEN, blocked.contentId!, resolutionComment(resolution));
    assert.equal((await sprint()).items.find((i) => i.id === blocked.id)!.openBlocker, undefined);
  });

  it('does not send entries to a log issue a stranger opened with the iteration\'s title', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'sprint-flow-trust-'));
    try {
      const next = 'Iteration 43';
      // Anyone can open an issue in a public repository; only the team can label it. The guest cannot label either.
      const repo = state.repo('northwind', 'infra')!;
      const captured = await as(STRANGER_TOKEN).mutate<{ createIssue: { issue: { id: string } } }>(
        'mutation Capture($repositoryId: ID!, $title: String!) { createIssue(input: { repositoryId: $repositoryId, title: $title, body: "" }) { issue { id } } }',
        { repositoryId: repo.id, title: teamLogTitle(next) },
      );
      const journal = new InterruptionJournal(path.join(dir, 'interruptions.jsonl'));
      const mine = entry(DEMO_READONLY_LOGIN, { iteration: next, minutes: 15 });
      await journal.append({ type: 'logged', entry: mine, repository: LOG_REPO, at: new Date().toISOString() });
      const sync = new TeamLogSync({ journal, lock: new SyncLock(path.join(dir, 'sync.lock')), api: async () => as(DEMO_READONLY_TOKEN), repository: () => LOG_REPO, window: 'w' });
      assert.equal((await sync.run()).sent, 1);
      const logs = repo.issues.filter((i) => i.title === teamLogTitle(next));
      assert.equal(logs.length, 2, 'the team\'s own log issue was opened beside the stranger\'s');
      assert.equal(logs.find((i) => i.id === captured.createIssue.issue.id)!.comments.length, 0, 'nothing went to the captured issue');
      assert.equal(logs.find((i) => i.author.login === DEMO_READONLY_LOGIN)!.comments.length, 1);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it('answers authorAssociation the way GitHub does', async () => {
    const issueId = logIssue().id;
    await post(STRANGER_TOKEN, issueId, 'Hello');
    await post(DEMO_TOKEN, issueId, 'Hello back');
    const data = await as(DEMO_TOKEN).graphql<{ node: { comments: { nodes: { author: { login: string }; authorAssociation: string }[] } } }>(
      'query Associations($id: ID!) { node(id: $id) { ... on Issue { comments(last: 2) { nodes { author { login } authorAssociation } } } } }',
      { id: issueId },
    );
    assert.deepEqual(data.node.comments.nodes.map((c) => [c.author.login, c.authorAssociation]), [[STRANGER, 'NONE'], [DEMO_LOGIN, 'MEMBER']]);
  });
});
