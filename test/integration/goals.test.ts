// Sprint goals, Start Work and Link Commit to Goal in a real VS Code, with a real git repository in a temporary
// folder (opened through the built-in Git extension) and the local GitHub's demo board.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { SprintFlowApi } from '../../src/extension';
import type { LinkCommitResult } from '../../src/commands/linkCommitToGoal';
import type { StartWorkResult } from '../../src/commands/startWork';
import { addTrailers, goalTrailers } from '../../src/core/trailers';
import { gitApi } from '../../src/services/gitApi';
import { addItem, DEMO_CURRENT_ITERATION, DEMO_LOGIN, FakeGitHub, issue } from '../fake-github';
import { IssueRec } from '../fake-github/model';
import { tempRepository, TempRepository } from './gitFixture';
import { connectToDemo, demoProject, resetSettings, sprintFlow } from './sprintFixture';
import { treeRows } from './workbench';

const UNASSIGNED_TITLE = 'Add a status page for webhook deliveries';

describe('Sprint goals, Start Work and Link Commit to Goal', () => {
  let api: SprintFlowApi;
  let github: FakeGitHub;
  let repo: TempRepository;
  let unassigned: IssueRec;
  let goalA: IssueRec;

  const goalReference = (goal: IssueRec) => `${goal.repo.owner.login}/${goal.repo.name}#${goal.number}`;
  const statusOf = (content: IssueRec) => {
    const project = demoProject(github);
    const status = project.fields.find((f) => f.name === 'Status')!;
    const value = project.items.find((i) => i.content === content)?.values.get(status.id);
    return value?.type === 'singleSelect' ? status.options.find((o) => o.id === value.optionId)?.name : undefined;
  };
  const scmRepository = async () => {
    const git = await gitApi();
    const found = git?.repositories.find((r) => r.rootUri.fsPath === vscode.Uri.file(repo.dir).fsPath) ?? (await git?.openRepository(vscode.Uri.file(repo.dir)));
    assert.ok(found, 'the Git extension opened the temporary repository');
    return found;
  };

  before(async () => {
    api = await sprintFlow();
    github = await connectToDemo();
    // An item of the current iteration nobody has taken yet, for "assign me if unassigned".
    const project = demoProject(github);
    const web = github.state.repo('northwind', 'web')!;
    unassigned = issue(github.state, web, { title: UNASSIGNED_TITLE, author: github.state.user('diego-alvarez')! });
    addItem(github.state, project, unassigned, { Iteration: DEMO_CURRENT_ITERATION, Status: 'Up Next' });
    goalA = github.state.repo('northwind', 'api')!.issues.find((i) => i.title.startsWith('Goal: billing webhooks'))!;
    repo = tempRepository();
    await api.sprintView.refresh();
  });

  after(async () => {
    await github.close();
    await vscode.commands.executeCommand('sprintFlow.signOut');
    await resetSettings();
    await vscode.workspace.getConfiguration('sprintFlow').update('goals.autoTrailer', undefined, vscode.ConfigurationTarget.Global);
    repo.remove();
  });

  it('shows every goal of the team with progress read from sub-issues and timeline events', async () => {
    const state = await api.work.goalsView.refresh();
    assert.equal(state.kind, 'goals');
    const goals = api.work.goals.goals;
    assert.deepEqual(goals.map((g) => g.reference).sort(), ['northwind/api#1', `northwind/web#${goals.find((g) => g.repository === 'northwind/web')!.number}`].sort());
    const a = goals.find((g) => g.reference === goalReference(goalA))!;
    const closed = goalA.subIssues.filter((s) => s.state === 'CLOSED').length;
    assert.deepEqual(a.subIssues, { total: goalA.subIssues.length, completed: closed });
    assert.equal(a.commits.count, 3, 'two referencing commits and a linked one, each once');
    await vscode.commands.executeCommand('sprintFlow.goals.focus');
    const rows = await treeRows('Sprint Goals', { contains: goalA.title });
    const row = rows.find((r) => r.label.includes(goalA.title))!;
    assert.match(row.description, new RegExp(`^${closed}/${goalA.subIssues.length} done · 3 commits · latest `));
    assert.ok(rows.some((r) => r.level === 2 && r.label.includes('Rotate signing keys')), 'my item under goal A');
  });

  it('starts work: assigns me, moves the item to In progress, creates the branch and links it in git config', async () => {
    const reference = `northwind/web#${unassigned.number}`;
    const result = await vscode.commands.executeCommand<StartWorkResult>('sprintFlow.startWork', { item: reference, repository: repo.dir });
    const branch = `${DEMO_LOGIN}/${unassigned.number}-add-a-status-page-for-webhook-deliveries`;
    assert.deepEqual(result, { item: reference, branch, created: true, assigned: true, status: 'In progress' });
    assert.equal(repo.git('rev-parse', '--abbrev-ref', 'HEAD'), branch);
    assert.equal(repo.git('config', `branch.${branch}.sprint-flow-item`), reference);
    assert.deepEqual(unassigned.assignees.map((u) => u.login), [DEMO_LOGIN]);
    assert.equal(statusOf(unassigned), 'In progress');
    assert.equal(api.work.activeItem.current?.reference, reference);
  });

  it('stops before switching branches when the person does not want to carry uncommitted changes', async () => {
    fs.writeFileSync(path.join(repo.dir, 'README.md'), '# Billing webhooks\n\nWork in progress.\n');
    const before = repo.git('rev-parse', '--abbrev-ref', 'HEAD');
    const tracing = github.state.repo('northwind', 'api')!.issues.find((i) => i.title === 'Trace the ingest worker with OpenTelemetry')!;
    const result = await vscode.commands.executeCommand('sprintFlow.startWork', { item: `northwind/api#${tracing.number}`, repository: repo.dir, whenDirty: 'cancel' });
    assert.equal(result, undefined);
    assert.equal(statusOf(tracing), 'Refined', 'GitHub is not touched either');
    assert.equal(repo.git('rev-parse', '--abbrev-ref', 'HEAD'), before);
    assert.match(fs.readFileSync(path.join(repo.dir, 'README.md'), 'utf8'), /Work in progress/);
    repo.git('checkout', '--', 'README.md');
  });

  it('adds the goal trailers to the commit message box, keeping the text and never twice', async () => {
    const scm = await scmRepository();
    scm.inputBox.value = 'Add the delivery status page\n\nShows the last 50 deliveries.';
    const args = { goal: goalReference(goalA), repository: repo.dir };
    const first = await vscode.commands.executeCommand<LinkCommitResult>('sprintFlow.linkCommitToGoal', args);
    const expected = `Add the delivery status page\n\nShows the last 50 deliveries.\n\n${goalTrailers(goalReference(goalA)).join('\n')}`;
    assert.deepEqual(first, { goal: goalReference(goalA), linked: 'messageBox', message: expected });
    assert.equal(scm.inputBox.value, expected);
    await vscode.commands.executeCommand('sprintFlow.linkCommitToGoal', args);
    assert.equal(scm.inputBox.value, expected, 'running it again adds nothing');
    scm.inputBox.value = '';
  });

  it('fills an empty commit message box with the active item\'s goal when the setting asks for it', async () => {
    const scm = await scmRepository();
    scm.inputBox.value = '';
    const reference = 'northwind/api#' + goalA.subIssues.find((s) => s.title.startsWith('Rotate signing keys'))!.number;
    await vscode.commands.executeCommand('sprintFlow.startWork', { item: reference, repository: repo.dir });
    await vscode.workspace.getConfiguration('sprintFlow').update('goals.autoTrailer', true, vscode.ConfigurationTarget.Global);
    await waitFor(() => scm.inputBox.value !== '', 'the message box was filled');
    assert.equal(scm.inputBox.value, addTrailers('', goalTrailers(goalReference(goalA))));
    await vscode.workspace.getConfiguration('sprintFlow').update('goals.autoTrailer', undefined, vscode.ConfigurationTarget.Global);
    scm.inputBox.value = '';
  });

  it('links a pushed commit with a comment on the goal naming OWNER/REPO@SHA, which the goal\'s progress then counts', async () => {
    const sha = repo.commitFile('status.md', 'Delivery status\n', 'Add the delivery status page');
    repo.git('push', '--quiet', '-u', 'origin', 'HEAD');
    const comments = goalA.comments.length;
    const result = await vscode.commands.executeCommand<LinkCommitResult>('sprintFlow.linkCommitToGoal', { goal: goalReference(goalA), commit: sha, repository: repo.dir });
    assert.equal(result?.linked, 'comment');
    assert.equal(goalA.comments.length, comments + 1);
    const body = goalA.comments.at(-1)!.body;
    assert.match(body, new RegExp(`^Commit northwind/api@${sha} is part of this sprint goal`));
    assert.match(body, /<!-- sprint-flow:v1 \{"kind":"goal-link"/);
    await api.work.goalsView.refresh();
    assert.equal(api.work.goals.goals.find((g) => g.reference === goalReference(goalA))?.commits.count, 4);
  });

  it('amends the last commit when it is not pushed yet and the person chooses to', async () => {
    const sha = repo.commitFile('status.md', 'Delivery status, sorted\n', 'Sort deliveries by time');
    const result = await vscode.commands.executeCommand<LinkCommitResult>('sprintFlow.linkCommitToGoal', {
      goal: goalReference(goalA),
      commit: sha,
      repository: repo.dir,
      whenUnpushed: 'amend',
    });
    assert.equal(result?.linked, 'amended');
    const message = repo.git('log', '-1', '--format=%B');
    assert.equal(message, `Sort deliveries by time\n\n${goalTrailers(goalReference(goalA)).join('\n')}`);
    assert.equal(result?.linked === 'amended' && result.commit, repo.git('rev-parse', 'HEAD'));
  });

  it('comments on the goal after the push for an older unpushed commit', async () => {
    const first = repo.commitFile('a.md', 'a\n', 'First unpushed');
    repo.commitFile('b.md', 'b\n', 'Second unpushed');
    const comments = goalA.comments.length;
    const result = await vscode.commands.executeCommand<LinkCommitResult>('sprintFlow.linkCommitToGoal', {
      goal: goalReference(goalA),
      commit: first,
      repository: repo.dir,
      whenUnpushed: 'amend',
    });
    assert.deepEqual(result, { goal: goalReference(goalA), linked: 'afterPush', commit: first }, 'an older commit is never amended');
    assert.equal(goalA.comments.length, comments);
    repo.git('push', '--quiet', 'origin', 'HEAD');
    const git = await gitApi();
    await api.work.pendingLinks.check(git!);
    assert.equal(goalA.comments.length, comments + 1);
    assert.match(goalA.comments.at(-1)!.body, new RegExp(`@${first}`));
  });
});

async function waitFor(condition: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) assert.fail(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
