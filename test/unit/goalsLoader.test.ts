import * as assert from 'node:assert/strict';
import { parseProjectUrl } from '../../src/core/projectUrl';
import { SprintSnapshot } from '../../src/core/model';
import { GoalSettings, loadGoals } from '../../src/github/goalsLoader';
import { loadSprint } from '../../src/github/sprintLoader';
import { addItem, board, DEMO_CURRENT_ITERATION, DEMO_LOGIN, DEMO_ORG, DEMO_PROJECT_NUMBER, DEMO_TOKEN, demoBoard, demoProjectUrl, FakeGitHub, GitHubState, startFakeGitHub } from '../fake-github';
import { closeWith, comment, commit, connect, issue, pullRequest, repo, user } from '../fake-github/builders';
import { recordCrossReferences } from '../fake-github/references';
import { apiFor } from './githubHarness';

const bySprintGoalLabel: GoalSettings = { label: 'sprint-goal', includeParents: true };
const operations = (github: FakeGitHub) => github.requestLog.map((r) => r.operationName).filter((o) => o !== 'ProjectItemsArguments');

async function snapshotOf(github: FakeGitHub, token: string, url: string): Promise<SprintSnapshot> {
  const load = await loadSprint(apiFor(github, token), parseProjectUrl(url), { fieldOverrides: {}, timeZone: 'UTC', now: new Date() });
  assert.equal(load.kind, 'ready');
  return load.kind === 'ready' ? load.snapshot : assert.fail();
}

describe('loading the sprint goals from GitHub', () => {
  let state: GitHubState;
  let github: FakeGitHub;

  before(() => {
    state = demoBoard();
  });

  afterEach(() => github.close());

  async function demoGoals(itemsQuery: boolean, settings = bySprintGoalLabel, boardState = state) {
    github = await startFakeGitHub({ state: boardState, switches: { itemsQuery } });
    const api = apiFor(github, DEMO_TOKEN);
    const snapshot = await snapshotOf(github, DEMO_TOKEN, demoProjectUrl(github.origin));
    github.requestLog.length = 0;
    return loadGoals(api, snapshot, settings);
  }

  it('finds the demo\'s two goals with sub-issue progress, de-duplicated commits and my items, in two requests', async () => {
    const { goals } = await demoGoals(true);
    assert.deepEqual(operations(github), ['GoalCandidates', 'GoalDetails']);
    const expected = state.repos.get('northwind/api')!.issues.concat(state.repos.get('northwind/web')!.issues)
      .filter((i) => i.title.startsWith('Goal: ') && i.state === 'OPEN' && i.labels.some((l) => l.name === 'sprint-goal'));
    assert.deepEqual(goals.map((g) => g.title), expected.map((i) => i.title));
    const [a, b] = goals;
    assert.deepEqual(a.subIssues, { total: 3, completed: 1 });
    assert.equal(a.commits.count, 3, 'two commits mention goal A, a comment links a third and another names the first again');
    const time = (date: string | undefined) => Date.parse(date ?? '');
    assert.equal(time(a.commits.latest?.date), newest(state, 'northwind/api', ['Sign billing', 'Verify signatures', 'Schedule key rotation']));
    assert.deepEqual(a.myItems.map((i) => i.title), ['Rotate signing keys for billing webhooks']);
    assert.deepEqual(b.subIssues, { total: 3, completed: 0 });
    assert.equal(b.commits.count, 2, 'the linked pull request has two commits, one of which also mentions the goal');
    assert.equal(time(b.commits.latest?.date), newest(state, 'northwind/web', ['Add the sprint history endpoint', 'Render sprint history']));
    assert.ok(b.myItems.every((i) => i.assignees.includes(DEMO_LOGIN)) && b.myItems.length === 1);
    assert.equal(b.itemReferences.length, 3);
  });

  it('finds the same goals by paging the board when the server lacks items(query:)', async () => {
    // Each server has its own port, so links are compared without it.
    const read = async (itemsQuery: boolean) => JSON.stringify((await demoGoals(itemsQuery)).goals).replaceAll(github.origin, 'ORIGIN');
    const withQuery = await read(true);
    await github.close();
    assert.equal(await read(false), withQuery);
    assert.ok(operations(github).every((o) => o === 'GoalCandidatesPage' || o === 'GoalDetails'));
  });

  it('reads the same unassigned items and assignees, pull requests included, with and without items(query:)', async () => {
    const own = demoBoard();
    const project = own.project(own.owner(DEMO_ORG)!, DEMO_PROJECT_NUMBER)!;
    const web = own.repos.get('northwind/web')!;
    const reviewer = user(own, 'pr-only-reviewer');
    addItem(own, project, pullRequest(own, web, { title: 'Cache the sprint history', assignees: [reviewer] }), { Status: 'In progress', Iteration: DEMO_CURRENT_ITERATION });
    addItem(own, project, pullRequest(own, web, { title: 'Bump the linter' }), { Status: 'Up Next', Iteration: DEMO_CURRENT_ITERATION });
    const read = async (itemsQuery: boolean) => {
      const load = await demoGoals(itemsQuery, bySprintGoalLabel, own);
      return { unassigned: load.unassignedItems.map((i) => i.title).sort(), assignees: load.assignees };
    };
    const withQuery = await read(true);
    assert.ok(withQuery.assignees.includes('pr-only-reviewer'), `someone assigned only to a pull request is on the team: ${withQuery.assignees.join(', ')}`);
    assert.ok(withQuery.unassigned.includes('Bump the linter'), withQuery.unassigned.join(', '));
    await github.close();
    assert.deepEqual(await read(false), withQuery);
  });

  it('finds goals by a single-select field value when the settings name one, and warns when the board lacks it', async () => {
    const { goals } = await demoGoals(true, { label: '', fieldName: 'Priority', fieldValue: 'P0', includeParents: false });
    assert.deepEqual(goals.map((g) => g.title).sort(), currentIssuesWith(state, 'Priority', 'P0').sort());
    assert.ok(goals.some((g) => g.title === 'Goal: billing webhooks are signed and verifiable'));
    await github.close();
    const missing = await demoGoals(true, { label: 'sprint-goal', fieldName: 'Kind', fieldValue: 'Goal', includeParents: false });
    assert.equal(missing.goals.length, 2);
    assert.match(missing.warnings[0], /no such single-select field/);
  });

  it('counts commits from closing commits, closing pull requests and cross-referencing pull requests once each', async () => {
    const own = new GitHubState();
    const ann = user(own, 'ann');
    const code = repo(own, 'acme/api', { writers: [ann], labels: ['sprint-goal'] });
    const sprint = board(own, 'acme', { title: 'Sprint', writers: [ann], status: ['Todo', 'Done'], iterations: { startDate: isoToday(-3), count: 2 } });
    const goal = issue(own, code, { title: 'Goal', labels: ['sprint-goal'], assignees: [ann] });
    addItem(own, sprint, goal, { Iteration: 'Iteration 1' });
    const pr = pullRequest(own, code, { title: 'Work', author: ann, merged: true });
    const first = commit(own, code, { message: 'First', author: ann, pullRequest: pr, date: new Date(Date.now() - 3_600_000) });
    const closing = commit(own, code, { message: 'Fixes acme/api#1', author: ann });
    closeWith(own, goal, closing, ann);
    comment(own, pr, { body: 'Part of acme/api#1', author: ann });
    recordCrossReferences(own, pr, 'Part of acme/api#1', ann, new Date());
    connect(own, pr, goal, { actor: ann });
    own.addToken('ann-token', 'ann');
    github = await startFakeGitHub({ state: own });
    const snapshot = await snapshotOf(github, 'ann-token', `${github.origin}/orgs/acme/projects/${sprint.number}`);
    const [loaded] = (await loadGoals(apiFor(github, 'ann-token'), snapshot, bySprintGoalLabel)).goals;
    assert.equal(loaded.commits.count, 2, `${first.sha} via the pull request (merged, connected, cross-referenced) and ${closing.sha}`);
    assert.equal(loaded.state, 'CLOSED');
  });
});

/** Titles of the open and closed issues in the current iteration whose single-select field has the value. */
function currentIssuesWith(state: GitHubState, fieldName: string, value: string): string[] {
  const project = state.projects.find((p) => p.number === 7)!;
  const field = project.fields.find((f) => f.name === fieldName)!;
  const iterationField = project.fields.find((f) => f.dataType === 'ITERATION')!;
  const current = iterationField.iterationConfig!.iterations.find((i) => i.title === 'Iteration 42')!;
  const option = field.options.find((o) => o.name === value)!;
  return project.items
    .filter((item) => {
      const iteration = item.values.get(iterationField.id);
      const chosen = item.values.get(field.id);
      return !item.isArchived && item.content?.kind === 'Issue' && iteration?.type === 'iteration' && iteration.iterationId === current.id &&
        chosen?.type === 'singleSelect' && chosen.optionId === option.id;
    })
    .map((item) => item.content!.title);
}

/** The time of the newest of the repository's commits whose message starts with one of the given words. */
function newest(state: GitHubState, repository: string, starts: string[]): number {
  const commits = state.repos.get(repository)!.commits.filter((c) => starts.some((s) => c.message.startsWith(s)));
  assert.equal(commits.length, starts.length);
  return Math.max(...commits.map((c) => c.date.getTime()));
}

function isoToday(offsetDays: number): string {
  return new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
}
