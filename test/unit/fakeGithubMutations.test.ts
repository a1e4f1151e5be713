import * as assert from 'node:assert/strict';
import { Octokit } from '@octokit/rest';
import { addItem, board } from '../fake-github/boardBuilders';
import { draftIssue, issue, repo, user } from '../fake-github/builders';
import { IssueRec, ItemRec, ProjectRec, RepoRec } from '../fake-github/model';
import { FakeGitHub, startFakeGitHub } from '../fake-github/server';
import { GitHubState } from '../fake-github/state';

const clock = () => new Date('2025-01-22T12:00:00Z');
const silent = { debug() {}, info() {}, warn() {}, error() {} };

describe('fake GitHub mutations and REST writes', () => {
  let github: FakeGitHub;
  let octokit: Octokit;
  let api: RepoRec;
  let sprint: ProjectRec;
  let target: IssueRec;
  let item: ItemRec;
  let draftItem: ItemRec;

  const field = (name: string) => sprint.fields.find((f) => f.name === name)!;
  const gql = <T>(document: string, variables: Record<string, unknown> = {}) => octokit.graphql<T>(document, variables);

  beforeEach(async () => {
    const state = new GitHubState();
    const ann = user(state, 'ann');
    const bo = user(state, 'bo');
    api = repo(state, 'acme/api', { labels: ['blocked', 'bug'], writers: [ann, bo] });
    sprint = board(state, 'acme', {
      title: 'Sprint',
      writers: [ann],
      status: ['Todo', 'In progress', 'Blocked', 'Done'],
      iterations: { startDate: '2025-01-06', count: 3 },
      fields: [{ name: 'Estimate', type: 'NUMBER' }, { name: 'Notes', type: 'TEXT' }, { name: 'End date', type: 'DATE' }],
    });
    target = issue(state, api, { title: 'Fix login', assignees: [ann], createdAt: new Date('2025-01-10T09:00:00Z') });
    item = addItem(state, sprint, target, { Status: 'In progress', Iteration: 'Iteration 2' }, { createdAt: new Date('2025-01-10T09:00:00Z') });
    draftItem = addItem(state, sprint, draftIssue(state, { title: 'Write notes', assignees: [ann] }));
    state.addToken('ann-token', 'ann');
    github = await startFakeGitHub({ state, clock });
    octokit = new Octokit({ auth: 'ann-token', baseUrl: github.apiUrl, log: silent });
  });

  afterEach(async () => {
    await github.close();
  });

  it('sets and clears each kind of field value', async () => {
    const set = `mutation($p: ID!, $i: ID!, $f: ID!, $v: ProjectV2FieldValue!) {
      updateProjectV2ItemFieldValue(input: { projectId: $p, itemId: $i, fieldId: $f, value: $v }) { projectV2Item { id } } }`;
    const base = { p: sprint.id, i: item.id };
    const iteration3 = field('Iteration').iterationConfig!.iterations[2];
    await gql(set, { ...base, f: field('Status').id, v: { singleSelectOptionId: field('Status').options[2].id } });
    await gql(set, { ...base, f: field('Iteration').id, v: { iterationId: iteration3.id } });
    await gql(set, { ...base, f: field('Estimate').id, v: { number: 5 } });
    await gql(set, { ...base, f: field('Notes').id, v: { text: 'waiting on vendor' } });
    await gql(set, { ...base, f: field('End date').id, v: { date: '2025-01-31' } });
    const read = await gql<{ node: { fieldValues: { nodes: Record<string, unknown>[] } } }>(
      `query($id: ID!) { node(id: $id) { ... on ProjectV2Item { fieldValues(first: 20) { nodes {
        ... on ProjectV2ItemFieldSingleSelectValue { name } ... on ProjectV2ItemFieldIterationValue { title }
        ... on ProjectV2ItemFieldNumberValue { number } ... on ProjectV2ItemFieldTextValue { text }
        ... on ProjectV2ItemFieldDateValue { date } } } } } }`,
      { id: item.id },
    );
    assert.deepEqual(read.node.fieldValues.nodes, [
      { text: 'Fix login' },
      {},
      { name: 'Blocked' },
      {},
      { title: 'Iteration 3' },
      { number: 5 },
      { text: 'waiting on vendor' },
      { date: '2025-01-31' },
    ]);
    assert.equal(sprint.updatedAt.toISOString(), clock().toISOString());
    await gql(
      'mutation($p: ID!, $i: ID!, $f: ID!) { clearProjectV2ItemFieldValue(input: { projectId: $p, itemId: $i, fieldId: $f }) { projectV2Item { id } } }',
      { ...base, f: field('Status').id },
    );
    assert.equal(item.values.has(field('Status').id), false);
  });

  it('refuses an option of another field', async () => {
    await assert.rejects(
      gql(
        'mutation($p: ID!, $i: ID!, $f: ID!, $o: String!) { updateProjectV2ItemFieldValue(input: { projectId: $p, itemId: $i, fieldId: $f, value: { singleSelectOptionId: $o } }) { clientMutationId } }',
        { p: sprint.id, i: item.id, f: field('Status').id, o: 'nope' },
      ),
      /does not belong to the field/,
    );
  });

  it('labels, comments on, edits and closes an issue, recording the timeline', async () => {
    const blocked = api.labels.find((l) => l.name === 'blocked')!;
    await gql('mutation($id: ID!, $l: [ID!]!) { addLabelsToLabelable(input: { labelableId: $id, labelIds: $l }) { clientMutationId } }', { id: target.id, l: [blocked.id] });
    const added = await gql<{ addComment: { commentEdge: { node: { id: string } } } }>(
      'mutation($id: ID!) { addComment(input: { subjectId: $id, body: "first" }) { commentEdge { node { id } } } }',
      { id: target.id },
    );
    const commentId = added.addComment.commentEdge.node.id;
    await gql('mutation($id: ID!) { updateIssueComment(input: { id: $id, body: "edited" }) { issueComment { body } } }', { id: commentId });
    await gql('mutation($id: ID!, $l: [ID!]!) { removeLabelsFromLabelable(input: { labelableId: $id, labelIds: $l }) { clientMutationId } }', { id: target.id, l: [blocked.id] });
    await gql('mutation($id: ID!) { closeIssue(input: { issueId: $id, stateReason: NOT_PLANNED }) { issue { state stateReason } } }', { id: target.id });
    assert.equal(target.comments[0].body, 'edited');
    assert.deepEqual([target.state, target.stateReason], ['CLOSED', 'NOT_PLANNED']);
    const timeline = await octokit.rest.issues.listEventsForTimeline({ owner: 'acme', repo: 'api', issue_number: target.number });
    assert.deepEqual(timeline.data.map((e) => (e as { event: string }).event), ['labeled', 'commented', 'unlabeled', 'closed']);
    await gql('mutation($id: ID!) { deleteIssueComment(input: { id: $id }) { clientMutationId } }', { id: commentId });
    assert.equal(target.comments.length, 0);
    assert.equal(target.updatedAt.toISOString(), clock().toISOString());
  });

  it('creates an issue on the board, assigns it and reopens it', async () => {
    const created = await gql<{ createIssue: { issue: { id: string; number: number; url: string } } }>(
      'mutation($r: ID!, $p: [ID!]) { createIssue(input: { repositoryId: $r, title: "Interruption log · Iteration 2", body: "log", projectIds: $p }) { issue { id number url } } }',
      { r: api.id, p: [sprint.id] },
    );
    const { id, number, url } = created.createIssue.issue;
    assert.equal(url, `${github.origin}/acme/api/issues/${number}`);
    assert.ok(sprint.items.some((i) => i.content?.id === id));
    const bo = github.state.user('bo')!;
    await gql('mutation($id: ID!, $u: [ID!]!) { addAssigneesToAssignable(input: { assignableId: $id, assigneeIds: $u }) { clientMutationId } }', { id, u: [bo.id] });
    await gql('mutation($id: ID!, $u: [ID!]!) { removeAssigneesFromAssignable(input: { assignableId: $id, assigneeIds: $u }) { clientMutationId } }', { id, u: [bo.id] });
    await gql('mutation($id: ID!) { updateIssue(input: { id: $id, state: CLOSED }) { issue { state } } }', { id });
    const reopened = await gql<{ updateIssue: { issue: { state: string; title: string } } }>(
      'mutation($id: ID!) { updateIssue(input: { id: $id, state: OPEN, title: "Renamed" }) { issue { state title } } }',
      { id },
    );
    assert.deepEqual(reopened.updateIssue.issue, { state: 'OPEN', title: 'Renamed' });
  });

  it('edits a draft issue and adds existing content to a board once', async () => {
    const draft = draftItem.content!;
    await gql('mutation($id: ID!) { updateProjectV2DraftIssue(input: { draftIssueId: $id, title: "Write the notes" }) { draftIssue { title } } }', { id: draft.id });
    assert.equal(draft.title, 'Write the notes');
    const add = 'mutation($p: ID!, $c: ID!) { addProjectV2ItemById(input: { projectId: $p, contentId: $c }) { item { id } } }';
    const again = await gql<{ addProjectV2ItemById: { item: { id: string } } }>(add, { p: sprint.id, c: target.id });
    assert.equal(again.addProjectV2ItemById.item.id, item.id);
  });

  it('writes over REST: issue, comment, labels, and refuses a reader', async () => {
    const created = await octokit.rest.issues.create({ owner: 'acme', repo: 'api', title: 'From REST', labels: ['bug'] });
    assert.equal(created.status, 201);
    assert.deepEqual(created.data.labels.map((l) => (typeof l === 'string' ? l : l.name)), ['bug']);
    const comment = await octokit.rest.issues.createComment({ owner: 'acme', repo: 'api', issue_number: created.data.number, body: 'hello' });
    await octokit.rest.issues.updateComment({ owner: 'acme', repo: 'api', comment_id: comment.data.id, body: 'hello again' });
    await octokit.rest.issues.addLabels({ owner: 'acme', repo: 'api', issue_number: created.data.number, labels: ['blocked'] });
    await octokit.rest.issues.removeLabel({ owner: 'acme', repo: 'api', issue_number: created.data.number, name: 'bug' });
    const closed = await octokit.rest.issues.update({ owner: 'acme', repo: 'api', issue_number: created.data.number, state: 'closed' });
    assert.equal(closed.data.state, 'closed');
    await octokit.rest.issues.deleteComment({ owner: 'acme', repo: 'api', comment_id: comment.data.id });
    const label = await octokit.rest.issues.createLabel({ owner: 'acme', repo: 'api', name: 'sprint-goal', color: '0e8a16' });
    assert.equal(label.data.name, 'sprint-goal');
    await assert.rejects(octokit.rest.issues.createLabel({ owner: 'acme', repo: 'api', name: 'sprint-goal' }), { status: 422 });

    user(github.state, 'reader');
    github.addToken('reader-token', 'reader');
    const reader = new Octokit({ auth: 'reader-token', baseUrl: github.apiUrl, log: silent });
    await assert.rejects(reader.rest.issues.addLabels({ owner: 'acme', repo: 'api', issue_number: 1, labels: ['bug'] }), { status: 403 });
    await assert.rejects(reader.rest.issues.get({ owner: 'acme', repo: 'missing', issue_number: 1 }), { status: 404 });
  });

  it('fails writes but not reads under failWrites', async () => {
    github.switches.failWrites = 1;
    await assert.rejects(octokit.rest.issues.createComment({ owner: 'acme', repo: 'api', issue_number: 1, body: 'x' }), { status: 502 });
    assert.equal(target.comments.length, 0);
    await octokit.rest.issues.get({ owner: 'acme', repo: 'api', issue_number: 1 });
  });
});
