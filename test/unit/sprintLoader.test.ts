import * as assert from 'node:assert/strict';
import { parseProjectUrl } from '../../src/core/projectUrl';
import { GitHubError } from '../../src/github/errors';
import { loadSprint, SprintLoad } from '../../src/github/sprintLoader';
import { board, DEMO_CURRENT_ITERATION, DEMO_LOGIN, DEMO_TOKEN, demoBoard, demoProjectUrl, FakeGitHub, GitHubState, startFakeGitHub } from '../fake-github';
import { apiFor } from './githubHarness';

const options = { fieldOverrides: {}, timeZone: 'UTC', now: new Date() };
const titles = (load: SprintLoad) => (load.kind === 'ready' ? load.snapshot.items.map((i) => i.title).sort() : []);

describe('loading my sprint from GitHub', () => {
  let state: GitHubState;
  let github: FakeGitHub;

  before(() => {
    state = demoBoard();
  });

  beforeEach(async () => {
    github = await startFakeGitHub({ state });
  });

  afterEach(() => github.close());

  const load = (url = demoProjectUrl(github.origin), token = DEMO_TOKEN, overrides = {}) =>
    loadSprint(apiFor(github, token), parseProjectUrl(url), { ...options, fieldOverrides: overrides });

  it('reads the board, my current items with items(query:) and their comments in three requests without a snapshot', async () => {
    const result = await load();
    assert.equal(result.kind, 'ready');
    assert.equal(result.kind === 'ready' && result.snapshot.iteration.title, DEMO_CURRENT_ITERATION);
    assert.equal(result.kind === 'ready' && result.snapshot.viewer, DEMO_LOGIN);
    assert.deepEqual(github.requestLog.map((r) => r.operationName).filter((o) => o !== 'ProjectItemsArguments'), ['ProjectBoard', 'MySprintItems', 'ItemComments']);
  });

  it('reads comments again only for items that changed since the snapshot on screen', async () => {
    const first = await load();
    assert.ok(first.kind === 'ready');
    github.requestLog.length = 0;
    const api = apiFor(github, DEMO_TOKEN);
    const again = await loadSprint(api, parseProjectUrl(demoProjectUrl(github.origin)), options, first.snapshot);
    assert.equal(again.kind, 'ready');
    assert.ok(!github.requestLog.some((r) => r.operationName === 'ItemComments'));
  });

  it('finds the same items by paging every item when the server lacks items(query:)', async () => {
    const withQuery = titles(await load());
    await github.close();
    github = await startFakeGitHub({ state, switches: { itemsQuery: false } });
    const paged = await load();
    assert.deepEqual(titles(paged), withQuery);
    assert.ok(github.requestLog.filter((r) => r.operationName === 'ProjectItemsPage').length >= 4, 'the 300+ item board takes several pages');
  });

  it('discovers the board\'s fields: status options in order, the blocked option and the estimate', async () => {
    const result = await load();
    assert.ok(result.kind === 'ready');
    const { fields } = result.snapshot;
    assert.deepEqual(fields.status?.options.map((o) => o.name), ['Upcoming Initiatives', 'Refined', 'Up Next', 'In progress', 'In Review/Blocked', 'Done']);
    assert.equal(fields.blockedOption?.name, 'In Review/Blocked');
    assert.equal(fields.estimate?.name, 'Estimate');
    assert.equal(fields.workType?.name, 'Unplanned');
  });

  it('reports a board without an iteration field', async () => {
    const plain = board(state, 'northwind', { number: 70, title: 'Kanban', status: ['Todo', 'Done'] });
    const result = await load(`${github.origin}/orgs/northwind/projects/${plain.number}`);
    assert.equal(result.kind, 'noIterationField');
    assert.equal(result.projectTitle, 'Kanban');
  });

  it('reports a board whose iterations have all ended, and one that starts later', async () => {
    const past = board(state, 'northwind', { number: 71, title: 'Old', iterations: { startDate: '2020-01-06', count: 2 } });
    assert.equal((await load(`${github.origin}/orgs/northwind/projects/${past.number}`)).kind, 'noCurrentIteration');
    const future = board(state, 'northwind', { number: 72, title: 'Soon', iterations: { startDate: '2099-01-05', count: 2 } });
    const result = await load(`${github.origin}/orgs/northwind/projects/${future.number}`);
    assert.equal(result.kind === 'noCurrentIteration' && result.next?.startDate, '2099-01-05');
  });

  it('says which of two iteration fields it uses and how to choose the other, and follows the setting', async () => {
    const twoClocks = board(state, 'northwind', {
      number: 73,
      title: 'Two clocks',
      fields: [
        { name: 'Cycle', type: 'ITERATION', startDate: '2020-01-06', count: 3, duration: 1 },
        { name: 'Sprint', type: 'ITERATION', startDate: '2020-01-06', count: 2, duration: 42 },
      ],
    });
    const url = `${github.origin}/orgs/northwind/projects/${twoClocks.number}`;
    const guessed = await load(url);
    assert.equal(guessed.kind === 'noCurrentIteration' && guessed.iterationFieldName, 'Cycle');
    assert.deepEqual(guessed.warnings, [
      'The board "Two clocks" has 2 iteration fields (Cycle, Sprint); Sprint Flow uses "Cycle". To use another, name it in the setting sprintFlow.fields.iteration.',
    ]);
    const chosen = await load(url, undefined, { iteration: 'sprint' });
    assert.equal(chosen.kind === 'noCurrentIteration' && chosen.iterationFieldName, 'Sprint');
    assert.deepEqual(chosen.warnings, []);
  });

  it('says when a field setting names a field of another type, such as an estimate kept in a text field', async () => {
    const textEstimates = board(state, 'northwind', { number: 74, title: 'Text sizes', fields: [{ name: 'Estimate', type: 'TEXT' }] });
    const result = await load(`${github.origin}/orgs/northwind/projects/${textEstimates.number}`, undefined, { estimate: 'Estimate' });
    assert.ok(result.warnings.includes('The setting sprintFlow.fields.estimate names "Estimate", but on the board "Text sizes" that is a text field; Sprint Flow needs a number field there.'));
  });

  it('warns when a field setting names a field the board lacks, and then has no iteration', async () => {
    const result = await load(undefined, undefined, { iteration: 'Sprint' });
    assert.equal(result.kind, 'noIterationField');
    assert.match(result.warnings[0], /sprintFlow\.fields\.iteration names "Sprint"/);
  });

  it('says a project was not found, naming owner and number', async () => {
    await assert.rejects(load(`${github.origin}/orgs/northwind/projects/404`), (e: unknown) =>
      e instanceof GitHubError && e.problem === 'notFound' && /Project 404 of the organization northwind/.test(e.message),
    );
    await assert.rejects(load(`${github.origin}/users/nobody-here/projects/1`), (e: unknown) => e instanceof GitHubError && e.problem === 'notFound');
  });

  it('turns a rejected token into an "unauthorized" problem', async () => {
    await assert.rejects(load(undefined, 'ghp_not_a_real_token'), (e: unknown) => e instanceof GitHubError && e.problem === 'unauthorized');
  });

  it('turns a server that cannot be reached into an "offline" problem', async () => {
    github.switches.offline = true;
    const noRetries = apiFor(github, DEMO_TOKEN, 0);
    await assert.rejects(loadSprint(noRetries, parseProjectUrl(demoProjectUrl(github.origin)), options), (e: unknown) =>
      e instanceof GitHubError && e.problem === 'offline',
    );
  });

  it('rides out a server error by retrying', async () => {
    github.switches.forceStatus = 502;
    setTimeout(() => (github.switches.forceStatus = null), 300);
    assert.equal((await load()).kind, 'ready');
  });
});
