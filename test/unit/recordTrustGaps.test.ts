/**
 * Gaps a hostile commenter (or a careless colleague) found in the trust rules, each played over HTTP on the local
 * GitHub through the real readers: what still counts, and what the "left out" note says.
 */
import * as assert from 'node:assert/strict';
import { Interruption } from '../../src/core/interruptions';
import { parseProjectUrl } from '../../src/core/projectUrl';
import { describeLeftOut, LeftOutCounts } from '../../src/core/records/authorship';
import { entryComment, teamLogTitle } from '../../src/core/teamLog';
import { loadReport } from '../../src/github/reportLoader';
import { DEMO_CURRENT_ITERATION, DEMO_LOGIN, DEMO_TOKEN, demoBoard, demoProjectUrl, FakeGitHub, GitHubState, issue, startFakeGitHub, user } from '../fake-github';
import { addItem } from '../fake-github/boardBuilders';
import { comment, org, repo } from '../fake-github/builders';
import { IssueRec, UserRec } from '../fake-github/model';
import { apiFor } from './githubHarness';

const LOG_REPO = 'northwind/infra';

describe('records only the team wrote count: gaps found by playing the hostile commenter', function () {
  this.timeout(60_000);
  let state: GitHubState;
  let github: FakeGitHub;
  let viewer: UserRec;
  let baseline: LeftOutCounts;

  beforeEach(async () => {
    state = demoBoard();
    viewer = state.user(DEMO_LOGIN)!;
    github = await startFakeGitHub({ state });
    baseline = {};
    baseline = (await report()).source.leftOut ?? {};
  });

  afterEach(() => github.close());

  const entry = (person: string, overrides: Partial<Interruption> = {}): Interruption => ({
    kind: 'interruption',
    id: `entry-${person}-${Math.random().toString(36).slice(2)}`,
    person,
    startedAt: new Date(Date.now() - 3_600_000).toISOString(),
    minutes: 45,
    interruptionKind: 'incident',
    iteration: DEMO_CURRENT_ITERATION,
    ...overrides,
  });
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
});
