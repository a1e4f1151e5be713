import * as assert from 'node:assert/strict';
import { Octokit } from '@octokit/rest';
import { parse } from 'graphql';
import { DEMO_LOGIN, DEMO_READONLY_TOKEN, DEMO_STANDUP_CATEGORY, DEMO_TOKEN, demoBoard } from '../fake-github/demo';
import { ItemRec, ProjectRec } from '../fake-github/model';
import { FakeGitHub, startFakeGitHub } from '../fake-github/server';
import { GitHubState } from '../fake-github/state';
import { defaultSwitches } from '../fake-github/switches';
import { GRAPHQL_DOCUMENTS, LIVE_ONLY_DOCUMENTS } from '../../src/github/graphql';

const TODAY = '2025-03-12';
const clock = () => new Date(`${TODAY}T10:00:00Z`);

interface Page<T> {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: T[];
}

function octokitFor(github: FakeGitHub, token = DEMO_TOKEN): Octokit {
  return new Octokit({ auth: token, baseUrl: github.apiUrl, log: { debug() {}, info() {}, warn() {}, error() {} } });
}

function sprintBoard(state: GitHubState): ProjectRec {
  return state.projects.find((p) => p.number === 7) as ProjectRec;
}

/** What "my items in the current iteration" means, computed from the state rather than through the server. */
/** Content node ids of my current items (issues and pull requests, or drafts). */
function contentIds(state: GitHubState, kind?: 'DraftIssue'): string[] {
  return myCurrentItems(state)
    .map((item) => item.content)
    .filter((content) => content && (kind ? content.kind === kind : content.kind !== 'DraftIssue'))
    .map((content) => content!.id);
}

function myCurrentItems(state: GitHubState): ItemRec[] {
  const project = sprintBoard(state);
  const iterationField = project.fields.find((f) => f.dataType === 'ITERATION');
  const current = iterationField?.iterationConfig?.iterations.find((it) => it.title === 'Iteration 42');
  return project.items.filter((item) => {
    const value = iterationField && item.values.get(iterationField.id);
    return (
      !item.isArchived &&
      value?.type === 'iteration' &&
      value.iterationId === current?.id &&
      item.content?.assignees.some((u) => u.login === DEMO_LOGIN)
    );
  });
}

/**
 * POSTs a document as-is and returns GitHub's raw answer. octokit.graphql() refuses variables it reserves for
 * itself (query, url, method, headers, ...), so documents are sent through octokit.request to test the server alone.
 */
async function postGraphQL<T>(octokit: Octokit, github: FakeGitHub, query: string, variables: Record<string, unknown>) {
  const response = await octokit.request({ method: 'POST', url: `${github.origin}/api/graphql`, query, variables });
  return response.data as { data: T; errors?: { type?: string; message: string }[] };
}

async function graphqlErrors(request: Promise<unknown>): Promise<{ type?: string; message: string }[]> {
  const error = await request.then(
    () => assert.fail('expected GraphQL errors'),
    (e: { errors?: { type?: string; message: string }[] }) => e,
  );
  return error.errors ?? [];
}

describe('fake GitHub over HTTP with the real Octokit', () => {
  let github: FakeGitHub;
  let octokit: Octokit;
  let projectId: string;

  before(async () => {
    github = await startFakeGitHub({ state: demoBoard({ today: TODAY }), clock });
    octokit = octokitFor(github);
    projectId = sprintBoard(github.state).id;
  });

  afterEach(() => {
    Object.assign(github.switches, defaultSwitches());
  });

  after(async () => {
    await github.close();
  });

  function variablesFor(document: string): Record<string, unknown> | string {
    const [mine] = myCurrentItems(github.state);
    const project = sprintBoard(github.state);
    const status = project.fields.find((f) => f.name === 'Status')!;
    const currentStatus = mine.values.get(status.id);
    const goal = github.state.repo('northwind', 'api')!.issues.find((i) => i.labels.some((l) => l.name === 'sprint-goal') && i.state === 'OPEN')!;
    // Writes leave the demo as it was: my own item keeps its status and its assignee, the goal gets one comment.
    const known: Record<string, unknown> = {
      ids: [goal.id, ...contentIds(github.state)],
      id: goal.id,
      repositoryIds: [...github.state.repos.values()].filter((r) => r.owner.login === 'northwind').map((r) => r.id),
      timelineAfter: null,
      name: 'api',
      subjectId: goal.id,
      body: 'A goal link from the fake GitHub specs.',
      assignableId: mine.content!.id,
      assigneeIds: [github.state.user(DEMO_LOGIN)!.id],
      fieldId: status.id,
      optionId: currentStatus?.type === 'singleSelect' ? currentStatus.optionId : status.options[0].id,
      owner: 'northwind',
      number: 7,
      projectId,
      itemId: myCurrentItems(github.state)[0].id,
      itemIds: myCurrentItems(github.state).map((item) => item.id),
      query: 'assignee:@me iteration:@current',
      filter: 'assignee:@me iteration:@current',
      after: null,
      before: Buffer.from('cursor:v2:[1]').toString('base64'),
      count: 50,
      login: DEMO_LOGIN,
      statusField: 'Status',
      iterationField: 'Iteration',
      hasStatus: true,
      estimateField: 'Estimate',
      hasEstimate: true,
      workTypeField: 'Unplanned',
      hasWorkType: true,
      goalField: '',
      hasGoalField: false,
      label: 'blocked',
      draftId: contentIds(github.state, 'DraftIssue')[0],
      issueId: [...github.state.repos.values()].flatMap((r) => r.issues).find((i) => i.title.startsWith('Interruption log'))!.id,
      threadId: [...github.state.repos.values()].flatMap((r) => r.issues).find((i) => i.title.startsWith('Standup · '))!.id,
      categoryId: github.state.repo('northwind', 'infra')!.discussionCategories.find((c) => c.name === DEMO_STANDUP_CATEGORY)!.id,
    };
    const variables: Record<string, unknown> = {};
    for (const operation of parse(document).definitions) {
      if (operation.kind !== 'OperationDefinition') continue;
      for (const definition of operation.variableDefinitions ?? []) {
        const name = definition.variable.name.value;
        if (!(name in known)) {
          return `add a value for $${name} to variablesFor() in fakeGithub.test.ts`;
        }
        variables[name] = known[name];
      }
    }
    return variables;
  }

  // Mutations change the board, so the features that send them test them; every query runs here.
  describe('every GraphQL query the extension sends', () => {
    for (const [name, document] of Object.entries(GRAPHQL_DOCUMENTS).filter(([, d]) => /^\s*query\b/.test(d))) {
      it(`${name} runs without errors against the demo board`, async function () {
        const variables = variablesFor(document);
        if (typeof variables === 'string') assert.fail(variables);
        const response = await postGraphQL<Record<string, unknown>>(octokit, github, document, variables);
        assert.deepEqual(response.errors ?? [], []);
        assert.ok(Object.values(response.data).some((v) => v !== null));
      });
      if (!LIVE_ONLY_DOCUMENTS.has(name)) {
        it(`${name} also runs when the server lacks items(query:)`, async function () {
          const variables = variablesFor(document);
          if (typeof variables === 'string') assert.fail(variables);
          github.switches.itemsQuery = false;
          assert.deepEqual((await postGraphQL(octokit, github, document, variables)).errors ?? [], []);
        });
      }
    }
  });

  describe('items(query:)', () => {
    const query = `query($id: ID!, $q: String!) { node(id: $id) { ... on ProjectV2 { items(first: 100, query: $q) {
      totalCount nodes { id type content { ... on Issue { title } ... on PullRequest { title } ... on DraftIssue { title } }
      status: fieldValueByName(name: "Status") { ... on ProjectV2ItemFieldSingleSelectValue { name } } } } } } }`;
    type Items = { node: { items: { totalCount: number; nodes: { id: string; type: string; status: { name: string } | null }[] } } };

    it('assignee:@me iteration:@current returns exactly the viewer\'s current-iteration items', async () => {
      const data = await octokit.graphql<Items>(query, { id: projectId, q: 'assignee:@me iteration:@current' });
      const expected = myCurrentItems(github.state).map((i) => i.id);
      assert.deepEqual(data.node.items.nodes.map((n) => n.id).sort(), [...expected].sort());
      assert.equal(expected.length, 10);
      const byStatus: Record<string, number> = {};
      for (const node of data.node.items.nodes) byStatus[node.status?.name ?? '(none)'] = (byStatus[node.status?.name ?? '(none)'] ?? 0) + 1;
      assert.deepEqual(byStatus, { 'In progress': 4, 'In Review/Blocked': 1, 'Up Next': 1, Refined: 1, Done: 2, '(none)': 1 });
      assert.deepEqual(new Set(data.node.items.nodes.map((n) => n.type)), new Set(['ISSUE', 'PULL_REQUEST', 'DRAFT_ISSUE']));
    });

    it('combines negation, quoted field names and single-select options', async () => {
      const open = await octokit.graphql<Items>(query, { id: projectId, q: 'assignee:@me "Iteration":@current -status:Done is:open' });
      assert.equal(open.node.items.totalCount, 8);
      const blocked = await octokit.graphql<Items>(query, { id: projectId, q: 'assignee:mara-jensen status:"In Review/Blocked" iteration:@current' });
      assert.equal(blocked.node.items.totalCount, 1);
    });

    it('is rejected like the published schema when the switch is off', async () => {
      github.switches.itemsQuery = false;
      const errors = await graphqlErrors(octokit.graphql(query, { id: projectId, q: 'assignee:@me' }));
      assert.match(errors[0].message, /Field 'items' doesn't accept argument 'query'/);
    });

    it('is visible to introspection only when the switch is on', async () => {
      const introspect = async () => {
        const data = await octokit.graphql<{ __type: { fields: { name: string; args: { name: string }[] }[] } }>(GRAPHQL_DOCUMENTS.ProjectItemsArguments);
        return data.__type.fields.find((f) => f.name === 'items')?.args.map((a) => a.name) ?? [];
      };
      assert.ok((await introspect()).includes('query'));
      github.switches.itemsQuery = false;
      assert.ok(!(await introspect()).includes('query'));
    });
  });

  describe('paging', () => {
    it('walks every board item with opaque cursors', async () => {
      const seen: string[] = [];
      let after: string | null = null;
      let pages = 0;
      for (;;) {
        const data: { node: { items: Page<{ id: string }> } } = await octokit.graphql(
          'query($id: ID!, $after: String) { node(id: $id) { ... on ProjectV2 { items(first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } } } }',
          { id: projectId, after },
        );
        pages += 1;
        seen.push(...data.node.items.nodes.map((n) => n.id));
        if (!data.node.items.pageInfo.hasNextPage) break;
        after = data.node.items.pageInfo.endCursor;
        assert.doesNotMatch(after ?? '', /^\d+$/);
      }
      assert.equal(new Set(seen).size, sprintBoard(github.state).items.length);
      assert.ok(sprintBoard(github.state).items.length >= 300);
      assert.equal(pages, Math.ceil(seen.length / 100));
    });

    it('refuses a connection without first or last, and pages over 100', async () => {
      const missing = await graphqlErrors(octokit.graphql('query($id: ID!) { node(id: $id) { ... on ProjectV2 { items { totalCount } } } }', { id: projectId }));
      assert.equal(missing[0].type, 'MISSING_PAGINATION_BOUNDARIES');
      const tooMany = await graphqlErrors(octokit.graphql('query($id: ID!) { node(id: $id) { ... on ProjectV2 { items(first: 101) { totalCount } } } }', { id: projectId }));
      assert.equal(tooMany[0].type, 'EXCESSIVE_PAGINATION');
    });

    it('pages REST issue lists with Link headers', async () => {
      const first = await octokit.rest.issues.listForRepo({ owner: 'northwind', repo: 'api', state: 'all', per_page: 10 });
      assert.equal(first.data.length, 10);
      assert.match(first.headers.link ?? '', /rel="next"/);
      const all = await octokit.paginate(octokit.rest.issues.listForRepo, { owner: 'northwind', repo: 'api', state: 'all', per_page: 50 });
      assert.equal(all.length, github.state.repo('northwind', 'api')?.issues.length);
    });
  });

  describe('rate limit cost', () => {
    it('follows GitHub\'s documented example: 1 + 100 + 5,000 requests cost 51 points', async () => {
      const data = await octokit.graphql<{ rateLimit: { cost: number } }>(`query {
        viewer { login repositories(first: 100) { edges { node { id issues(first: 50) { edges { node { id
          labels(first: 60) { edges { node { id name } } } } } } } } } }
        rateLimit { cost remaining } }`);
      assert.equal(data.rateLimit.cost, 51);
    });

    it('charges MySprintItems 5 points (100 items, five nested connections each) and takes them from the token\'s budget', async () => {
      const variables = variablesFor(GRAPHQL_DOCUMENTS.MySprintItems);
      assert.equal(typeof variables, 'object', variables as string);
      const run = async () => {
        const response = await postGraphQL<{ rateLimit: { cost: number; remaining: number } }>(
          octokit,
          github,
          GRAPHQL_DOCUMENTS.MySprintItems,
          variables as Record<string, unknown>,
        );
        assert.deepEqual(response.errors ?? [], []);
        return response.data;
      };
      const first = await run();
      const second = await run();
      assert.equal(first.rateLimit.cost, 5);
      assert.equal(first.rateLimit.remaining - second.rateLimit.remaining, 5);
      assert.equal(github.requestLog.at(-1)?.operationName, 'MySprintItems');
      assert.equal(github.requestLog.at(-1)?.cost, 5);
    });
  });

  describe('errors the GitHub way', () => {
    it('answers a bad token with 401 Bad credentials on REST and GraphQL', async () => {
      const stranger = octokitFor(github, 'not-a-token');
      await assert.rejects(stranger.rest.users.getAuthenticated(), { status: 401, message: /Bad credentials/ });
      await assert.rejects(stranger.graphql('{ viewer { login } }'), { status: 401 });
    });

    it('resolves a missing project number to null with a NOT_FOUND error', async () => {
      const errors = await graphqlErrors(octokit.graphql(GRAPHQL_DOCUMENTS.ProjectBoard, { owner: 'northwind', number: 99 }));
      assert.deepEqual(errors.map((e) => [e.type, e.message]), [['NOT_FOUND', 'Could not resolve to a ProjectV2 with the number 99.']]);
    });

    it('resolves an unknown owner to null', async () => {
      const data = await octokit.graphql<{ repositoryOwner: null }>('{ repositoryOwner(login: "nobody-here") { login } }');
      assert.equal(data.repositoryOwner, null);
    });

    it('refuses project fields to a token without a project scope', async () => {
      github.addToken('repo-only', DEMO_LOGIN, ['repo']);
      const errors = await graphqlErrors(octokitFor(github, 'repo-only').graphql(GRAPHQL_DOCUMENTS.ProjectBoard, { owner: 'northwind', number: 7 }));
      assert.equal(errors[0].type, 'INSUFFICIENT_SCOPES');
    });

    it('shows an item in a repository the viewer cannot read as REDACTED', async () => {
      const data = await octokit.graphql<{ node: { items: Page<{ type: string; content: unknown }> } }>(
        'query($id: ID!) { node(id: $id) { ... on ProjectV2 { items(first: 100, query: "iteration:@current") { nodes { type content { __typename } } } } } }',
        { id: projectId },
      );
      const redacted = data.node.items.nodes.filter((n) => n.type === 'REDACTED');
      assert.deepEqual(redacted, [{ type: 'REDACTED', content: null }]);
    });
  });

  describe('mutations', () => {
    const setStatus = `mutation($project: ID!, $item: ID!, $field: ID!, $option: String!) {
      updateProjectV2ItemFieldValue(input: { projectId: $project, itemId: $item, fieldId: $field, value: { singleSelectOptionId: $option } }) {
        projectV2Item { id updatedAt fieldValueByName(name: "Status") { ... on ProjectV2ItemFieldSingleSelectValue { name } } }
      } }`;

    it('sets a status and bumps the item\'s and the project\'s updatedAt', async () => {
      const project = sprintBoard(github.state);
      const status = project.fields.find((f) => f.name === 'Status')!;
      const item = myCurrentItems(github.state).find((i) => i.content?.title === 'Trace the ingest worker with OpenTelemetry')!;
      const before = project.updatedAt.getTime();
      const done = status.options.find((o) => o.name === 'Done')!;
      const data = await octokit.graphql<{ updateProjectV2ItemFieldValue: { projectV2Item: { fieldValueByName: { name: string }; updatedAt: string } } }>(
        setStatus,
        { project: project.id, item: item.id, field: status.id, option: done.id },
      );
      assert.equal(data.updateProjectV2ItemFieldValue.projectV2Item.fieldValueByName.name, 'Done');
      assert.equal(data.updateProjectV2ItemFieldValue.projectV2Item.updatedAt, '2025-03-12T10:00:00Z');
      assert.ok(project.updatedAt.getTime() >= before);
      assert.equal(project.updatedAt.toISOString(), clock().toISOString());
    });

    it('refuses a user without write access with FORBIDDEN', async () => {
      const project = sprintBoard(github.state);
      const status = project.fields.find((f) => f.name === 'Status')!;
      const item = myCurrentItems(github.state)[0];
      const errors = await graphqlErrors(
        octokitFor(github, DEMO_READONLY_TOKEN).graphql(setStatus, { project: project.id, item: item.id, field: status.id, option: status.options[0].id }),
      );
      assert.equal(errors[0].type, 'FORBIDDEN');
    });

    it('adds a comment over GraphQL that REST then lists, and the timeline shows', async () => {
      const target = github.state.repo('northwind', 'infra')!.issues.find((i) => i.title === 'Upgrade staging Postgres to 16')!;
      const data = await octokit.graphql<{ addComment: { commentEdge: { node: { id: string; url: string; author: { login: string } } } } }>(
        'mutation($id: ID!, $body: String!) { addComment(input: { subjectId: $id, body: $body }) { commentEdge { node { id url author { login } } } } }',
        { id: target.id, body: 'Unblocked: <vendor> window moved up. Refs northwind/api#1' },
      );
      const node = data.addComment.commentEdge.node;
      assert.equal(node.author.login, DEMO_LOGIN);
      assert.ok(node.url.startsWith(github.origin));
      const comments = await octokit.rest.issues.listComments({ owner: 'northwind', repo: 'infra', issue_number: target.number });
      assert.equal(comments.data.at(-1)?.node_id, node.id);
      const timeline = await octokit.rest.issues.listEventsForTimeline({ owner: 'northwind', repo: 'infra', issue_number: target.number });
      assert.equal((timeline.data.at(-1) as { event?: string }).event, 'commented');
      const mentioned = await octokit.rest.issues.listEventsForTimeline({ owner: 'northwind', repo: 'api', issue_number: 1 });
      assert.ok(mentioned.data.some((e) => (e as { event?: string }).event === 'cross-referenced'));
    });

    it('shows commits that reference a sprint goal on its REST timeline', async () => {
      const goal = github.state.repo('northwind', 'api')!.issues.find((i) => i.title.startsWith('Goal: billing webhooks'))!;
      const timeline = await octokit.rest.issues.listEventsForTimeline({ owner: 'northwind', repo: 'api', issue_number: goal.number });
      const referenced = timeline.data.filter((e) => (e as { event?: string }).event === 'referenced') as { commit_id: string }[];
      assert.equal(referenced.length, 2);
      const commit = await octokit.rest.repos.getCommit({ owner: 'northwind', repo: 'api', ref: referenced[0].commit_id });
      assert.match(commit.data.commit.message, /Sprint-Goal: northwind\/api#/);
    });

    it('stores a write whose response is dropped', async () => {
      const target = github.state.repo('northwind', 'web')!.issues[0];
      const count = target.comments.length;
      github.switches.dropResponseAfterWrite = true;
      await assert.rejects(octokit.rest.issues.createComment({ owner: 'northwind', repo: 'web', issue_number: target.number, body: 'lost reply' }));
      assert.equal(target.comments.length, count + 1);
    });
  });

  describe('switches', () => {
    it('offline destroys the connection; back online it answers again', async () => {
      github.switches.offline = true;
      await assert.rejects(octokit.rest.users.getAuthenticated());
      github.switches.offline = false;
      assert.equal((await octokit.rest.users.getAuthenticated()).data.login, DEMO_LOGIN);
    });

    it('forceStatus answers every request with that status', async () => {
      github.switches.forceStatus = 503;
      await assert.rejects(octokit.rest.users.getAuthenticated(), { status: 503 });
    });

    it('a secondary rate limit answers 403 with retry-after, then lifts', async () => {
      github.switches.rateLimited = { kind: 'secondary', seconds: 0.2 };
      await assert.rejects(octokit.rest.users.getAuthenticated(), (e: { status: number; response: { headers: Record<string, string> }; message: string }) => {
        assert.equal(e.status, 403);
        assert.match(e.message, /secondary rate limit/);
        assert.ok(e.response.headers['retry-after']);
        return true;
      });
      await new Promise((resolve) => setTimeout(resolve, 250));
      await octokit.rest.users.getAuthenticated();
      assert.equal(github.switches.rateLimited, null);
    });

    it('a primary rate limit reaches GraphQL as a RATE_LIMITED error', async () => {
      github.switches.rateLimited = { kind: 'primary', seconds: 60 };
      const errors = await graphqlErrors(octokit.graphql('{ viewer { login } }'));
      assert.equal(errors[0].type, 'RATE_LIMITED');
    });

    it('are settable over HTTP for scripts', async () => {
      const response = await fetch(`${github.origin}/_fake/switches`, { method: 'POST', body: JSON.stringify({ latencyMs: 1 }) });
      assert.equal(response.status, 200);
      assert.equal(github.switches.latencyMs, 1);
      const refused = await fetch(`${github.origin}/_fake/switches`, { method: 'POST', body: JSON.stringify({ latency: 1 }) });
      assert.equal(refused.status, 400);
    });
  });

  describe('web pages', () => {
    it('renders an issue with its labels and comments, escaped', async () => {
      const target = github.state.repo('northwind', 'api')!.issues.find((i) => i.title === 'Investigate 502s from the edge proxy')!;
      const response = await fetch(`${github.origin}/northwind/api/issues/${target.number}`);
      const html = await response.text();
      assert.equal(response.status, 200);
      assert.match(html, /Investigate 502s from the edge proxy/);
      assert.match(html, /&#60;b&#62;bursts&#60;\/b&#62;/);
      assert.doesNotMatch(html, /<b>bursts/);
    });
  });
});
