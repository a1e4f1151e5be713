import * as assert from 'node:assert/strict';
import { addItem, board } from '../fake-github/boardBuilders';
import { draftIssue, issue, pullRequest, repo, user } from '../fake-github/builders';
import { filterItems, iterationByName, parseItemsQuery } from '../fake-github/itemsQuery';
import { ProjectRec, UserRec } from '../fake-github/model';
import { GitHubState } from '../fake-github/state';

describe('fake GitHub project filters (items(query:))', () => {
  const today = '2025-01-22';
  let state: GitHubState;
  let ann: UserRec;
  let sprint: ProjectRec;
  const titles = (query: string, viewer = ann) => filterItems(sprint.items, query, { viewer, today }).map((i) => i.content?.title).sort();

  beforeEach(() => {
    state = new GitHubState();
    ann = user(state, 'ann');
    const bo = user(state, 'bo');
    const api = repo(state, 'acme/api', { labels: ['bug'], writers: [ann, bo] });
    sprint = board(state, 'acme', {
      title: 'Sprint',
      status: ['Todo', 'In progress', 'In Review/Blocked', 'Done'],
      iterations: { startDate: '2025-01-06', count: 4 },
      fields: [
        { name: 'Estimate', type: 'NUMBER' },
        { name: 'End date', type: 'DATE' },
        { name: 'Work type', type: 'SINGLE_SELECT', options: ['Planned', 'Unplanned'] },
      ],
    });
    // Iteration 2 (Jan 20 – Feb 2) is current on the 22nd.
    addItem(state, sprint, issue(state, api, { title: 'current, mine', assignees: [ann], labels: ['bug'] }), { Status: 'In progress', Iteration: 'Iteration 2', Estimate: 3 });
    addItem(state, sprint, issue(state, api, { title: 'current, done', assignees: [ann], state: 'CLOSED' }), { Status: 'Done', Iteration: 'Iteration 2', Estimate: 1 });
    addItem(state, sprint, issue(state, api, { title: 'current, Bo', assignees: [bo] }), { Status: 'In Review/Blocked', Iteration: 'Iteration 2', 'Work type': 'Unplanned' });
    addItem(state, sprint, pullRequest(state, api, { title: 'previous, merged', assignees: [ann], merged: true }), { Status: 'Done', Iteration: 'Iteration 1', 'End date': '2025-01-17' });
    addItem(state, sprint, draftIssue(state, { title: 'next, draft', assignees: [ann] }), { Iteration: 'Iteration 3' });
    addItem(state, sprint, issue(state, api, { title: 'current, archived', assignees: [ann] }), { Iteration: 'Iteration 2' }, { archived: true });
  });

  it('splits terms on spaces outside quotes and reads negation, keys and alternatives', () => {
    assert.deepEqual(parseItemsQuery('-status:"In progress",Done "End date":>2025-01-01 words'), [
      { negated: true, key: 'status', values: ['In progress', 'Done'] },
      { negated: false, key: 'end date', values: ['>2025-01-01'] },
      { negated: false, key: null, values: ['words'] },
    ]);
  });

  it('finds my items in the current iteration, leaving archived ones out', () => {
    assert.deepEqual(titles('assignee:@me iteration:@current'), ['current, done', 'current, mine']);
    assert.deepEqual(titles('assignee:@me iteration:@current is:archived'), ['current, archived']);
  });

  it('reads @previous and @next relative to today', () => {
    assert.deepEqual(titles('iteration:@previous'), ['previous, merged']);
    assert.deepEqual(titles('iteration:@next'), ['next, draft']);
    assert.equal(iterationByName(sprint.fields.find((f) => f.name === 'Iteration')!, '@current', '2025-02-02')?.title, 'Iteration 2');
    assert.equal(iterationByName(sprint.fields.find((f) => f.name === 'Iteration')!, '@current', '2025-02-03')?.title, 'Iteration 3');
  });

  it('matches single-select options case-insensitively, by slug or quoted field name', () => {
    assert.deepEqual(titles('status:"in review/blocked"'), ['current, Bo']);
    assert.deepEqual(titles('work-type:Unplanned'), ['current, Bo']);
    assert.deepEqual(titles('"Work type":Unplanned'), ['current, Bo']);
  });

  it('negates, ORs alternatives and ANDs terms', () => {
    assert.deepEqual(titles('iteration:@current -status:Done'), ['current, Bo', 'current, mine']);
    assert.deepEqual(titles('status:Done,"In progress" assignee:ann'), ['current, done', 'current, mine', 'previous, merged']);
  });

  it('knows is:open/closed/merged/pr/draft, labels, no:, numbers and dates', () => {
    assert.deepEqual(titles('is:open assignee:@me'), ['current, mine', 'next, draft']);
    assert.deepEqual(titles('is:closed'), ['current, done', 'previous, merged']);
    assert.deepEqual(titles('is:merged'), ['previous, merged']);
    assert.deepEqual(titles('is:draft'), ['next, draft']);
    assert.deepEqual(titles('label:bug'), ['current, mine']);
    assert.deepEqual(titles('no:status'), ['next, draft']);
    assert.deepEqual(titles('estimate:>=2'), ['current, mine']);
    assert.deepEqual(titles('end-date:2025-01-10..2025-01-31'), ['previous, merged']);
  });

  it('matches nothing for a field the board does not have', () => {
    assert.deepEqual(titles('sprint:@current'), []);
  });
});
