import * as assert from 'node:assert/strict';
import { Goal, goalIssueIds, goalOfItem, goalProgress, IterationItem, myItemsUnder, progressBar } from '../../src/core/goals';
import { item, singleSelect } from './builders';

const issue = (overrides: Partial<IterationItem> = {}): IterationItem => {
  const built = item(overrides);
  return { ...built, contentId: overrides.contentId ?? `I_${built.number}` };
};

function goal(overrides: Partial<Goal> = {}): Goal {
  return {
    id: 'I_1',
    reference: 'acme/api#1',
    number: 1,
    title: 'Goal',
    repository: 'acme/api',
    state: 'OPEN',
    assignees: [],
    subIssues: { total: 0, completed: 0 },
    commits: { count: 0, skipped: 0 },
    myItems: [],
    itemReferences: [],
    ...overrides,
  };
}

describe('sprint goals', () => {
  it('are the items with the goal label, whatever its case', () => {
    const items = [issue({ labels: ['Sprint-Goal'] }), issue({ labels: ['bug'] }), issue({ labels: ['sprint-goal', 'bug'] })];
    assert.deepEqual(goalIssueIds(items, { label: 'sprint-goal', includeParents: false }), [items[0].contentId, items[2].contentId]);
  });

  it('are the items with the goal value of a single-select field, when the board names goals that way', () => {
    const type = singleSelect('Type', ['Task', 'Goal']);
    const [, goalOption] = type.options;
    const items = [issue({ selectValues: { [type.id]: goalOption.id } }), issue({ selectValues: { [type.id]: type.options[0].id } })];
    assert.deepEqual(goalIssueIds(items, { label: '', field: { field: type, optionId: goalOption.id }, includeParents: false }), [items[0].contentId]);
  });

  it('include the parents of sub-issues in the iteration, once, after the marked goals', () => {
    const items = [issue({ parentId: 'I_parent' }), issue({ labels: ['sprint-goal'] }), issue({ parentId: 'I_parent' })];
    assert.deepEqual(goalIssueIds(items, { label: 'sprint-goal', includeParents: true }), [items[1].contentId, 'I_parent']);
    assert.deepEqual(goalIssueIds(items, { label: 'sprint-goal', includeParents: false }), [items[1].contentId]);
  });

  it('never count pull requests, drafts or redacted items as goals by label', () => {
    const items = [issue({ type: 'PULL_REQUEST', labels: ['sprint-goal'] }), issue({ type: 'DRAFT_ISSUE', labels: ['sprint-goal'] })];
    assert.deepEqual(goalIssueIds(items, { label: 'sprint-goal', includeParents: true }), []);
  });

  it('list my items under each goal', () => {
    const mine = issue({ parentId: 'I_1', assignees: ['Mara'] });
    const items = [mine, issue({ parentId: 'I_1', assignees: ['kenji'] }), issue({ parentId: 'I_2', assignees: ['mara'] })];
    assert.deepEqual(myItemsUnder('I_1', items, 'mara'), [mine]);
  });

  it('find the goal of an item: the goal itself, or the goal it is a sub-issue of', () => {
    const goals = [goal(), goal({ id: 'I_9', reference: 'acme/web#9', itemReferences: ['acme/web#12'] })];
    assert.equal(goalOfItem(goals, 'ACME/api#1')?.id, 'I_1');
    assert.equal(goalOfItem(goals, 'acme/web#12')?.id, 'I_9');
    assert.equal(goalOfItem(goals, 'acme/web#13'), undefined);
  });

  it('measure progress by closed sub-issues, and a goal without any by its own state', () => {
    assert.equal(goalProgress({ subIssues: { total: 4, completed: 1 }, state: 'OPEN' }), 0.25);
    assert.equal(goalProgress({ subIssues: { total: 0, completed: 0 }, state: 'CLOSED' }), 1);
    assert.equal(goalProgress({ subIssues: { total: 0, completed: 0 }, state: 'OPEN' }), 0);
  });

  it('draw progress as a text bar with a percentage', () => {
    assert.equal(progressBar(0.5), '■■■■■□□□□□ 50%');
    assert.equal(progressBar(1 / 3, 6), '■■□□□□ 33%');
    assert.equal(progressBar(2), '■■■■■■■■■■ 100%');
    assert.equal(progressBar(Number.NaN), '□□□□□□□□□□ 0%');
  });
});
