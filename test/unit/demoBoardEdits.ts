import { Octokit } from '@octokit/rest';
import { addItem, DEMO_CURRENT_ITERATION, DEMO_LOGIN, FakeGitHub, issue } from '../fake-github';
import { FieldRec, IssueRec, ItemRec, ProjectRec } from '../fake-github/model';

/** The demo board on a local GitHub, looked at and changed the way people change it on github.com. */

export function demoProject(github: FakeGitHub): ProjectRec {
  return github.state.project(github.state.owner('northwind')!, 7)!;
}

export function fieldNamed(github: FakeGitHub, name: string): FieldRec {
  return demoProject(github).fields.find((f) => f.name === name)!;
}

export function iterationField(github: FakeGitHub): FieldRec {
  return demoProject(github).fields.find((f) => f.dataType === 'ITERATION')!;
}

function iterationOf(github: FakeGitHub, item: ItemRec): string | undefined {
  const field = iterationField(github);
  const value = item.values.get(field.id);
  const iterationId = value?.type === 'iteration' ? value.iterationId : undefined;
  return field.iterationConfig?.iterations.find((it) => it.id === iterationId)?.title;
}

const isMine = (item: ItemRec) => !!item.content?.assignees.some((u) => u.login === DEMO_LOGIN);

/** Open issues of the current iteration: mine, or someone else's. */
export function currentIssues(github: FakeGitHub, whose: 'mine' | 'others'): ItemRec[] {
  return demoProject(github).items.filter(
    (item) =>
      !item.isArchived &&
      item.content?.kind === 'Issue' &&
      item.content.state === 'OPEN' &&
      iterationOf(github, item) === DEMO_CURRENT_ITERATION &&
      isMine(item) === (whose === 'mine'),
  );
}

/** An issue assigned to me on the board, in the given iteration or in none yet. */
export function myIssue(github: FakeGitHub, title: string, iteration?: string): ItemRec {
  const me = github.state.user(DEMO_LOGIN)!;
  const content = issue(github.state, github.state.repo('northwind', 'api')!, { title, assignees: [me] });
  return addItem(github.state, demoProject(github), content, { Status: 'Refined', ...(iteration ? { Iteration: iteration } : {}) });
}

/** Takes an item off the board, as deleteProjectV2Item does (the local GitHub has no such mutation). */
export function deleteItem(github: FakeGitHub, item: ItemRec): void {
  const project = demoProject(github);
  project.items.splice(project.items.indexOf(item), 1);
  const content = item.content as IssueRec;
  content.projectItems.splice(content.projectItems.indexOf(item), 1);
  github.state.unregister(item);
}

const TEAMMATE = 'kenji-sato';
const TEAMMATE_TOKEN = 'ghp_SprintFlowTeammateToken0000000000000';

/** A teammate who changes the board and its issues through GitHub's GraphQL API. */
export function teammate(github: FakeGitHub) {
  github.state.addToken(TEAMMATE_TOKEN, TEAMMATE);
  const octokit = new Octokit({ auth: TEAMMATE_TOKEN, baseUrl: github.apiUrl, log: { debug() {}, info() {}, warn() {}, error() {} } });
  const project = demoProject(github);
  const setValue = (item: ItemRec, field: FieldRec, value: Record<string, string>) =>
    octokit.graphql(
      `mutation($projectId: ID!, $itemId: ID!, $fieldId: ID!, $value: ProjectV2FieldValue!) {
        updateProjectV2ItemFieldValue(input: { projectId: $projectId, itemId: $itemId, fieldId: $fieldId, value: $value }) { clientMutationId }
      }`,
      { projectId: project.id, itemId: item.id, fieldId: field.id, value },
    );
  return {
    moveToStatus(item: ItemRec, option: string) {
      const status = fieldNamed(github, 'Status');
      return setValue(item, status, { singleSelectOptionId: status.options.find((o) => o.name === option)!.id });
    },
    moveToIteration(item: ItemRec, title: string) {
      const field = iterationField(github);
      return setValue(item, field, { iterationId: field.iterationConfig!.iterations.find((it) => it.title === title)!.id });
    },
    assignMe(item: ItemRec) {
      const me = github.state.user(DEMO_LOGIN)!;
      return octokit.graphql(
        `mutation($id: ID!, $users: [ID!]!) { addAssigneesToAssignable(input: { assignableId: $id, assigneeIds: $users }) { clientMutationId } }`,
        { id: item.content!.id, users: [me.id] },
      );
    },
    close(item: ItemRec) {
      return octokit.graphql(`mutation($id: ID!) { closeIssue(input: { issueId: $id }) { clientMutationId } }`, { id: item.content!.id });
    },
  };
}
