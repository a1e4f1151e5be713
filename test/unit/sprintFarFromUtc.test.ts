import * as assert from 'node:assert/strict';
import { SprintSnapshot } from '../../src/core/model';
import { parseProjectUrl } from '../../src/core/projectUrl';
import { loadGoals } from '../../src/github/goalsLoader';
import { loadReport } from '../../src/github/reportLoader';
import { loadSprintReview } from '../../src/github/review/reviewLoader';
import { parseField } from '../../src/github/parse';
import { mySprintItemsFilter } from '../../src/github/sprintItems';
import { loadSprint, SprintLoad } from '../../src/github/sprintLoader';
import { addItem, board, FakeGitHub, GitHubState, issue, org, repo, startFakeGitHub, user } from '../fake-github';
import { apiFor } from './githubHarness';

/**
 * GitHub counts iteration days in UTC: it lists an iteration as completed, and its @current moves on, when the UTC
 * date passes its end. A person west or east of UTC still has (or already has) another sprint on that date.
 * Weekly iterations "Iteration 1" (Mar 2–8), "Iteration 2" (Mar 9–15), "Iteration 3" (Mar 16–22), in a field "Sprint".
 */
function weeklyBoard(state: GitHubState, titles?: string[]) {
  const me = user(state, 'mia');
  const teammate = user(state, 'tom');
  state.addToken('mia-token', 'mia');
  org(state, 'acme', { members: [me, teammate] });
  const api = repo(state, 'acme/api', { writers: [me, teammate] });
  const project = board(state, 'acme', { title: 'Weekly', fields: [{ name: 'Sprint', type: 'ITERATION', startDate: '2026-03-02', count: 3, duration: 7 }] });
  const iterations = project.fields.find((f) => f.name === 'Sprint')!.iterationConfig!.iterations;
  titles?.forEach((title, i) => (iterations[i].title = title));
  addItem(state, project, issue(state, api, { title: 'Second week work', assignees: [me] }), { Sprint: iterations[1].id });
  addItem(state, project, issue(state, api, { title: 'Third week work', assignees: [me] }), { Sprint: iterations[2].id });
  addItem(state, project, issue(state, api, { title: 'Nobody on it yet' }), { Sprint: iterations[2].id });
  return project;
}

const LAST_EVENING_IN_LOS_ANGELES = { now: new Date('2026-03-16T03:00:00Z'), timeZone: 'America/Los_Angeles' }; // Mar 15, 20:00
const FIRST_MORNING_IN_AUCKLAND = { now: new Date('2026-03-15T12:00:00Z'), timeZone: 'Pacific/Auckland' }; // Mar 16, 01:00

describe('my sprint in a time zone far from UTC', () => {
  let github: FakeGitHub | undefined;
  let boardUrl = '';
  afterEach(() => github?.close());

  async function sprintAt(when: { now: Date; timeZone: string }, itemsQuery: boolean, titles?: string[], previous?: SprintSnapshot): Promise<SprintLoad & { github: FakeGitHub }> {
    if (!previous) {
      await github?.close();
      const state = new GitHubState();
      state.clock = () => when.now;
      const project = weeklyBoard(state, titles);
      github = await startFakeGitHub({ state, clock: () => when.now, switches: { itemsQuery } });
      boardUrl = `${github.origin}/orgs/acme/projects/${project.number}`;
    }
    const load = await loadSprint(apiFor(github!, 'mia-token'), parseProjectUrl(boardUrl), { fieldOverrides: {}, ...when }, previous);
    return { ...load, github: github! };
  }

  const titles = (load: SprintLoad) => (load.kind === 'ready' ? load.snapshot.items.map((i) => i.title) : []);

  for (const itemsQuery of [true, false]) {
    const how = itemsQuery ? 'with items(query:)' : 'without items(query:)';

    it(`shows the sprint whose last evening it is west of UTC, which GitHub already lists as completed (${how})`, async () => {
      const load = await sprintAt(LAST_EVENING_IN_LOS_ANGELES, itemsQuery);
      assert.equal(load.kind, 'ready', 'not "no current iteration"');
      assert.equal(load.kind === 'ready' && load.snapshot.iteration.title, 'Iteration 2');
      assert.deepEqual(titles(load), ['Second week work']);
    });

    it(`shows the new sprint's items on its first morning east of UTC, and again on refresh (${how})`, async () => {
      const load = await sprintAt(FIRST_MORNING_IN_AUCKLAND, itemsQuery);
      assert.equal(load.kind === 'ready' && load.snapshot.iteration.title, 'Iteration 3');
      assert.deepEqual(titles(load), ['Third week work']);
      assert.ok(load.kind === 'ready');
      const again = await sprintAt(FIRST_MORNING_IN_AUCKLAND, itemsQuery, undefined, load.snapshot);
      assert.deepEqual(titles(again), ['Third week work']);
    });
  }

  it('asks GitHub for @current where its day is the user\'s, and names the iteration by title only where it is not', () => {
    const state = new GitHubState();
    const project = weeklyBoard(state);
    const field = parseField({ __typename: 'ProjectV2IterationField', id: 'F1', name: 'Sprint', configuration: { iterations: project.fields.find((f) => f.name === 'Sprint')!.iterationConfig!.iterations } });
    assert.ok(field?.kind === 'iteration');
    const [, second, third] = field.iterations;
    assert.equal(mySprintItemsFilter(field, second, new Date('2026-03-11T12:00:00Z')), 'assignee:@me sprint:@current');
    assert.equal(mySprintItemsFilter(field, third, FIRST_MORNING_IN_AUCKLAND.now), 'assignee:@me sprint:"Iteration 3"');
    assert.equal(mySprintItemsFilter(field, { ...third, title: 'The "big" one' }, FIRST_MORNING_IN_AUCKLAND.now), undefined);
  });

  it('pages the board where the iteration\'s title cannot name it: shared with another iteration, or holding a double quote', async () => {
    const shared = await sprintAt(FIRST_MORNING_IN_AUCKLAND, true, ['Week', 'Week', 'Week']);
    assert.deepEqual(titles(shared), ['Third week work']);
    assert.ok(shared.github.requestLog.some((r) => r.operationName === 'ProjectItemsPage'));
    const quoted = await sprintAt(FIRST_MORNING_IN_AUCKLAND, true, ['One', 'Two', 'The "big" one']);
    assert.deepEqual(titles(quoted), ['Third week work']);
    assert.ok(quoted.github.requestLog.some((r) => r.operationName === 'ProjectItemsPage'));
  });

  it('counts the team and the unassigned work of the sprint the user is in for Sprint Goals', async () => {
    const load = await sprintAt(FIRST_MORNING_IN_AUCKLAND, true);
    assert.ok(load.kind === 'ready');
    const goals = await loadGoals(apiFor(load.github, 'mia-token'), load.snapshot, { label: 'sprint-goal', includeParents: false }, FIRST_MORNING_IN_AUCKLAND.now);
    assert.deepEqual(goals.assignees, ['mia']);
    assert.deepEqual(goals.unassignedItems.map((i) => i.title), ['Nobody on it yet']);
  });

  it('offers the team report and the sprint review only the iterations that have started in the user\'s day', async () => {
    const load = await sprintAt(LAST_EVENING_IN_LOS_ANGELES, true);
    const api = apiFor(load.github, 'mia-token');
    const report = await loadReport(api, parseProjectUrl(boardUrl), { fieldOverrides: {}, ...LAST_EVENING_IN_LOS_ANGELES });
    assert.deepEqual(report.kind === 'ready' && report.allIterations, ['Iteration 1', 'Iteration 2']);
    const review = await loadSprintReview(api, parseProjectUrl(boardUrl), { fieldOverrides: {}, hoursPerDay: 6, goalLabel: 'sprint-goal', ...LAST_EVENING_IN_LOS_ANGELES });
    assert.deepEqual(review.kind === 'ready' && review.availableIterations, ['Iteration 1', 'Iteration 2']);
  });
});
