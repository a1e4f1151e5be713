import * as assert from 'node:assert/strict';
import { parseItem, parseItemPage, parseProject } from '../../src/github/parse';
import { filterFieldName } from '../../src/github/sprintItems';

describe('reading GitHub\'s answers', () => {
  it('reads an issue item with its field values', () => {
    const parsed = parseItem({
      id: 'PVTI_1',
      type: 'ISSUE',
      content: {
        __typename: 'Issue', id: 'I_1', number: 12, title: 'Fix login', url: 'https://github.com/a/b/issues/12', issueState: 'OPEN', updatedAt: '2026-11-24T10:00:00Z',
        repository: { nameWithOwner: 'a/b' }, assignees: { nodes: [{ login: 'amara' }] }, labels: { nodes: [{ name: 'blocked' }] },
      },
      statusValue: { __typename: 'ProjectV2ItemFieldSingleSelectValue', optionId: 'o1', field: { id: 'status' } },
      iterationValue: { __typename: 'ProjectV2ItemFieldIterationValue', iterationId: 'it1', field: { id: 'iter' } },
      estimateValue: { __typename: 'ProjectV2ItemFieldNumberValue', number: 3, field: { id: 'est' } },
      workTypeValue: null,
    });
    assert.deepEqual(parsed, {
      id: 'PVTI_1', type: 'ISSUE', contentId: 'I_1', number: 12, title: 'Fix login', url: 'https://github.com/a/b/issues/12',
      repository: 'a/b', state: 'OPEN', isDraft: undefined, assignees: ['amara'], labels: ['blocked'], updatedAt: '2026-11-24T10:00:00Z',
      selectValues: { status: 'o1' }, iterationValues: { iter: 'it1' }, numberValues: { est: 3 },
    });
  });

  it('shows a redacted item as such instead of failing', () => {
    const parsed = parseItem({ id: 'PVTI_2', type: 'REDACTED', content: null, iterationValue: null });
    assert.equal(parsed?.type, 'REDACTED');
    assert.match(parsed!.title, /do not have access/);
  });

  it('survives missing fields, unknown enum values and garbage', () => {
    const parsed = parseItem({ id: 'PVTI_3', type: 'SOMETHING_NEW', content: { __typename: 'PullRequest', pullRequestState: 'WEIRD', title: 42, labels: 'x' } });
    assert.equal(parsed?.type, 'PULL_REQUEST');
    assert.equal(parsed?.state, undefined);
    assert.equal(parsed?.title, 'Untitled');
    assert.deepEqual(parsed?.labels, []);
    assert.equal(parseItem({ type: 'ISSUE' }), undefined);
    assert.deepEqual(parseItemPage(null), { items: [] });
    assert.deepEqual(parseItemPage({ nodes: [null, 7, { id: 'x', isArchived: true }] }), { items: [] });
  });

  it('files a value under the field GitHub says it belongs to, whatever name it was asked by', () => {
    const parsed = parseItem({
      id: 'PVTI_4',
      content: null,
      statusValue: { optionId: 'o2', field: { id: 'renamedStatus' } },
      estimateValue: { text: 'a text field now bears the name', field: { id: 'notes' } },
      goalValue: { optionId: 'g1' },
      workTypeValue: 'not an object',
    });
    assert.deepEqual(parsed?.selectValues, { renamedStatus: 'o2' });
    assert.deepEqual(parsed?.numberValues, {});
  });

  it('reads project fields by type, skipping iterations with bad dates', () => {
    const project = parseProject({
      id: 'PVT_1', title: 'Board', url: 'u',
      fields: {
        nodes: [
          { __typename: 'ProjectV2IterationField', id: 'f1', name: 'Iteration', configuration: {
            iterations: [{ id: 'i1', title: 'It 1', startDate: '2026-11-23', duration: 14 }, { id: 'bad', startDate: 'soon', duration: 14 }],
            completedIterations: [],
          } },
          { __typename: 'ProjectV2SingleSelectField', id: 'f2', name: 'Status', options: [{ id: 'o1', name: 'Done', color: 'GREEN' }] },
          { __typename: 'ProjectV2Field', id: 'f3', name: 'Estimate', dataType: 'NUMBER' },
          { __typename: 'ProjectV2Field', id: 'f4', name: 'Title', dataType: 'TITLE' },
        ],
      },
    });
    assert.deepEqual(project?.fields.map((f) => f.kind), ['iteration', 'singleSelect', 'number', 'other']);
    assert.deepEqual(project?.fields[0].kind === 'iteration' && project.fields[0].iterations.map((i) => i.id), ['i1']);
  });

  it('names fields in project filter syntax', () => {
    assert.equal(filterFieldName('Iteration'), 'iteration');
    assert.equal(filterFieldName('Sprint Cycle'), 'sprint-cycle');
    assert.equal(filterFieldName('Q&A: sprint'), '"Q&A: sprint"');
  });
});
