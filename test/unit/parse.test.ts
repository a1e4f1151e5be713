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
      fieldValues: {
        pageInfo: { hasNextPage: false },
        nodes: [
          { __typename: 'ProjectV2ItemFieldSingleSelectValue', optionId: 'o1', field: { id: 'status' } },
          { __typename: 'ProjectV2ItemFieldIterationValue', iterationId: 'it1', field: { id: 'iter' } },
          { __typename: 'ProjectV2ItemFieldNumberValue', number: 3, field: { id: 'est' } },
          { __typename: 'ProjectV2ItemFieldTextValue', text: 'x', field: { id: 'notes' } },
        ],
      },
    });
    assert.ok(parsed);
    assert.equal(parsed.moreFieldValuesAfter, undefined);
    assert.deepEqual(parsed.item, {
      id: 'PVTI_1', type: 'ISSUE', contentId: 'I_1', number: 12, title: 'Fix login', url: 'https://github.com/a/b/issues/12',
      repository: 'a/b', state: 'OPEN', isDraft: undefined, assignees: ['amara'], labels: ['blocked'], updatedAt: '2026-11-24T10:00:00Z',
      selectValues: { status: 'o1' }, iterationValues: { iter: 'it1' }, numberValues: { est: 3 },
    });
  });

  it('shows a redacted item as such instead of failing', () => {
    const parsed = parseItem({ id: 'PVTI_2', type: 'REDACTED', content: null, fieldValues: null });
    assert.equal(parsed?.item.type, 'REDACTED');
    assert.match(parsed!.item.title, /do not have access/);
  });

  it('survives missing fields, unknown enum values and garbage', () => {
    const parsed = parseItem({ id: 'PVTI_3', type: 'SOMETHING_NEW', content: { __typename: 'PullRequest', pullRequestState: 'WEIRD', title: 42, labels: 'x' } });
    assert.equal(parsed?.item.type, 'PULL_REQUEST');
    assert.equal(parsed?.item.state, undefined);
    assert.equal(parsed?.item.title, 'Untitled');
    assert.deepEqual(parsed?.item.labels, []);
    assert.equal(parseItem({ type: 'ISSUE' }), undefined);
    assert.deepEqual(parseItemPage(null), { items: [] });
    assert.deepEqual(parseItemPage({ nodes: [null, 7, { id: 'x', isArchived: true }] }), { items: [] });
  });

  it('remembers where to continue field values beyond the first page', () => {
    const parsed = parseItem({ id: 'PVTI_4', content: null, fieldValues: { nodes: [], pageInfo: { hasNextPage: true, endCursor: 'c20' } } });
    assert.equal(parsed?.moreFieldValuesAfter, 'c20');
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
