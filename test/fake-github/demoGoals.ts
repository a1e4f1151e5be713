/**
 * How far the demo's two sprint goals have come in commits, arriving every way GitHub shows them: commits that
 * mention a goal (referenced), a pull request linked to a goal (connected) whose commits also mention it, and a
 * Sprint Flow goal-link comment for a commit made without the trailer (plus one naming a commit already counted).
 */
import { comment, commit, connect, pullRequest } from './builders';
import { Seed } from './demoSeed';
import { CommitRec, IssueRec, nameWithOwner } from './model';
import { isoDateTime } from './time';

const goalLink = (goal: IssueRec, commit: CommitRec, sha = commit.sha) => {
  const name = `${nameWithOwner(commit.repo)}@${sha}`;
  const record = { kind: 'goal-link', goal: `${nameWithOwner(goal.repo)}#${goal.number}`, commit: name, headline: commit.message.split('\n')[0], committedAt: isoDateTime(commit.date) };
  return `Commit ${name} is part of this sprint goal (linked with Sprint Flow).\n\n<!-- sprint-flow:v1 ${JSON.stringify(record)} -->`;
};

export function goalProgress(seed: Seed, goalA: IssueRec, goalB: IssueRec, at: (offset: number, hour: number) => Date): void {
  const { state, repos, team } = seed;
  const [, kenji, , diego] = team;

  const rotation = commit(state, repos.api, { message: 'Schedule key rotation every 90 days', author: kenji, date: at(3, 9) });
  comment(state, goalA, { author: kenji, body: goalLink(goalA, rotation), createdAt: at(3, 10) });
  const signed = repos.api.commits.find((c) => c.message.startsWith('Sign billing webhooks'));
  if (signed) {
    comment(state, goalA, { author: kenji, body: goalLink(goalA, signed, signed.sha.slice(0, 7)), createdAt: at(3, 11) });
  }

  const history = pullRequest(state, repos.web, { title: 'Sprint history endpoint and page', author: diego, assignees: [diego], createdAt: at(2, 9) });
  const goalRef = `${nameWithOwner(repos.web)}#${goalB.number}`;
  commit(state, repos.web, { message: `Add the sprint history endpoint\n\nRefs ${goalRef}`, author: diego, date: at(2, 15), pullRequest: history });
  commit(state, repos.web, { message: 'Render sprint history as a table', author: diego, date: at(4, 12), pullRequest: history });
  connect(state, history, goalB, { actor: diego, at: at(4, 13) });
}
