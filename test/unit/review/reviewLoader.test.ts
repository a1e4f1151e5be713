import * as assert from 'node:assert/strict';
import { parseProjectUrl } from '../../../src/core/projectUrl';
import { buildSprintReview } from '../../../src/core/review/review';
import { loadSprintReview, ReviewLoadOptions } from '../../../src/github/review/reviewLoader';
import { loadGoals } from '../../../src/github/goalsLoader';
import { loadSprint } from '../../../src/github/sprintLoader';
import { hasStartSnapshot, publishStartSnapshot } from '../../../src/github/review/startSnapshot';
import { readStatusUpdates } from '../../../src/github/review/statusUpdates';
import { DEMO_TOKEN, demoBoard, demoProjectUrl, FakeGitHub, GitHubState, startFakeGitHub } from '../../fake-github';
import { DEMO_CURRENT_ITERATION } from '../../fake-github/demo';
import { DEMO_REVIEW_ITERATION, demoReviewFacts } from '../../fake-github/demoReview';
import { apiFor } from '../githubHarness';
import { supportsItemsQuery } from '../../../src/github/capabilities';

const options: ReviewLoadOptions = { fieldOverrides: {}, hoursPerDay: 6, goalLabel: 'sprint-goal', now: new Date(), timeZone: 'UTC' };
const goals = { label: 'sprint-goal', includeParents: true };

describe('sprint review from the local GitHub', () => {
  let state: GitHubState;
  let github: FakeGitHub;

  beforeEach(() => {
    state = demoBoard();
  });
  afterEach(() => github.close());

  async function load(switches: Record<string, boolean> = {}) {
    github = await startFakeGitHub({ state, switches });
    const api = apiFor(github, DEMO_TOKEN);
    const result = await loadSprintReview(api, parseProjectUrl(demoProjectUrl(github.origin)), options);
    return result.kind === 'ready' ? result : assert.fail(result.message);
  }

  it('opens on the iteration that ended last, with the numbers the demo seed put there', async () => {
    const { source } = await load();
    assert.equal(source.iteration.title, DEMO_REVIEW_ITERATION);
    const facts = demoReviewFacts(state)!;
    const review = buildSprintReview(source, { timeZone: 'UTC', now: new Date(), goalLabel: 'sprint-goal' });
    assert.equal(review.hasSnapshot, true);
    assert.equal(review.committed.items, facts.committed.length);
    assert.equal(review.added.items, facts.added.length);
    assert.equal(review.removed.items, facts.removed.length);
    assert.equal(review.carriedOver.byDestination['next-iteration'], facts.carriedToNext.length);
    assert.equal(review.carriedOver.byDestination.backlog, facts.toBacklog.length);
    assert.equal(review.done.items + review.carriedOver.items, review.scope.items);
    assert.ok(review.done.items > 0 && review.goals.length >= 1);
    assert.equal(review.burnUp.length, 14);
  });

  it('reads Status changes from the project-item history only where the server has it', async () => {
    await load({ projectItemHistory: false });
    assert.ok(github.requestLog.some((r) => r.operationName === 'ReviewItems'));
    await github.close();
    state = demoBoard();
    await load({ projectItemHistory: true });
    assert.ok(github.requestLog.some((r) => r.operationName === 'ReviewItemsWithHistory'));
  });

  it('counts each goal\'s linked commits as the Sprint Goals view does', async () => {
    const { source } = await load();
    const api = apiFor(github, DEMO_TOKEN);
    const sprint = await loadSprint(api, parseProjectUrl(demoProjectUrl(github.origin)), { fieldOverrides: {}, timeZone: 'UTC', now: new Date() });
    const view = await loadGoals(api, sprint.kind === 'ready' ? sprint.snapshot : assert.fail(sprint.kind), goals);
    const current = await loadSprintReview(api, parseProjectUrl(demoProjectUrl(github.origin)), { ...options, iteration: DEMO_CURRENT_ITERATION });
    const review = buildSprintReview(current.kind === 'ready' ? current.source : assert.fail(current.message), { timeZone: 'UTC', now: new Date(), goalLabel: 'sprint-goal' });
    const byReference = new Map(review.goals.map((g) => [g.reference, g.linkedCommits]));
    assert.ok(view.goals.some((g) => g.commits.count > 0), 'the demo has goals with commits');
    for (const goal of view.goals) assert.equal(byReference.get(goal.reference), goal.commits.count, goal.reference);
    assert.ok(source.items.length > 0);
  });

  it('finds the start of the running iteration recorded on the demo board, and none for the next one', async () => {
    github = await startFakeGitHub({ state });
    const api = apiFor(github, DEMO_TOKEN);
    const project = state.projects.find((p) => p.number === 7)!;
    const iterations = project.fields.find((f) => f.dataType === 'ITERATION')!.iterationConfig!.iterations;
    const idOf = (title: string) => iterations.find((it) => it.title === title)!.id;
    assert.equal(await hasStartSnapshot(api, project.id, idOf(DEMO_CURRENT_ITERATION)), true);
    assert.equal(await hasStartSnapshot(api, project.id, idOf('Iteration 43')), false);
  });

  it('publishes the start snapshot once, however often it is asked', async () => {
    github = await startFakeGitHub({ state });
    const api = apiFor(github, DEMO_TOKEN);
    const ref = parseProjectUrl(demoProjectUrl(github.origin));
    const projectId = state.projects.find((p) => p.number === 7)!.id;
    const before = (await readStatusUpdates(api, projectId)).length;
    // The running iteration's start is recorded on the demo board already: record the next one's.
    const snapshotOptions = { iteration: 'Iteration 43', fieldOverrides: {}, goals, now: new Date(), timeZone: 'UTC' };
    const results = await Promise.all([publishStartSnapshot(api, ref, snapshotOptions), publishStartSnapshot(api, ref, snapshotOptions)]);
    const again = await publishStartSnapshot(api, ref, snapshotOptions);
    assert.equal(again.kind, 'exists');
    assert.ok(results.some((r) => r.kind === 'published'));
    const after = await readStatusUpdates(api, projectId);
    assert.equal(after.length, before + 1);
    assert.match(after[0].body, /^\*\*Iteration 43 started\*\*/);
  });

  it('publishes a start snapshot in a handful of requests, reading no comments', async () => {
    github = await startFakeGitHub({ state });
    const api = apiFor(github, DEMO_TOKEN);
    const ref = parseProjectUrl(demoProjectUrl(github.origin));
    await supportsItemsQuery(api);
    github.requestLog.length = 0;
    const result = await publishStartSnapshot(api, ref, { iteration: 'Iteration 43', fieldOverrides: {}, goals, now: new Date(), timeZone: 'UTC' });
    assert.equal(result.kind, 'published');
    // The board, the status updates (is it recorded?), the iteration's items, the write, the status updates again (did an earlier one win?).
    assert.deepEqual(github.requestLog.map((r) => r.operationName), ['ProjectBoard', 'ProjectStatusUpdates', 'ReportItems', 'CreateStatusUpdate', 'ProjectStatusUpdates']);
  });
});
