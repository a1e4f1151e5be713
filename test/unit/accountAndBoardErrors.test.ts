import * as assert from 'node:assert/strict';
import { parseProjectUrl } from '../../src/core/projectUrl';
import { GitHubError } from '../../src/github/errors';
import { ProjectNotFoundError, readProjectBoard } from '../../src/github/projectBoard';
import { setItemStatus } from '../../src/github/workWrites';
import { DEMO_TOKEN, deleteProject, demoBoard, demoProjectUrl, FakeGitHub, revokeToken, setTokenScopes, startFakeGitHub } from '../fake-github';
import { apiFor } from './githubHarness';

/** How a read or write fails, through the real Octokit against the local GitHub. */
async function failure(attempt: Promise<unknown>): Promise<GitHubError> {
  try {
    await attempt;
  } catch (error) {
    assert.ok(error instanceof GitHubError, `a GitHubError, not ${String(error)}`);
    return error;
  }
  assert.fail('the request succeeded');
}

describe('a token or a board that changed on GitHub', () => {
  let github: FakeGitHub;

  beforeEach(async () => {
    github = await startFakeGitHub({ state: demoBoard() });
  });

  afterEach(() => github.close());

  const project = () => github.state.project(github.state.owner('northwind')!, 7)!;
  const readBoard = (token = DEMO_TOKEN) => readProjectBoard(apiFor(github, token, 0), parseProjectUrl(demoProjectUrl(github.origin)));

  it('reads a revoked token as a rejected sign-in', async () => {
    revokeToken(github.state, DEMO_TOKEN);
    assert.equal((await failure(readBoard())).problem, 'unauthorized');
  });

  it('reads a token without a project scope as a missing permission, not a missing project', async () => {
    setTokenScopes(github.state, DEMO_TOKEN, ['repo', 'read:org']);
    const error = await failure(readBoard());
    assert.equal(error.problem, 'missingScopes');
    assert.ok(!(error instanceof ProjectNotFoundError));
    assert.match(error.message, /lacks the project permission, .*GitHub asks for read:project/);
  });

  it('refuses a write to a token with only read:project by the scope it lacks, as GitHub does', async () => {
    const { project: board } = await readBoard();
    setTokenScopes(github.state, DEMO_TOKEN, ['repo', 'read:project', 'read:org']);
    const item = project().items.find((i) => i.content?.kind === 'Issue')!;
    const status = board.fields.find((f) => f.kind === 'singleSelect' && f.name === 'Status');
    assert.ok(status?.kind === 'singleSelect');
    const error = await failure(
      setItemStatus(apiFor(github, DEMO_TOKEN, 0), { projectId: board.id, itemId: item.id, fieldId: status.id, optionId: status.options[0].id }),
    );
    assert.equal(error.problem, 'missingScopes');
    assert.match(error.message, /lacks the project permission, .*GitHub asks for project\)/);
  });

  it('says which project is gone once it is deleted, while its issues stay in their repositories', async () => {
    await readBoard();
    const issue = project().items.find((i) => i.content?.kind === 'Issue')!.content!;
    deleteProject(github.state, project());
    const error = await failure(readBoard());
    assert.ok(error instanceof ProjectNotFoundError);
    assert.match(error.message, /^Project 7 of the organization northwind was not found/);
    assert.ok(issue.kind === 'Issue' && issue.repo.issues.includes(issue), 'the issue is still in its repository');
    assert.deepEqual(issue.projectItems, [], 'and on no board');
  });
});
