import { goalLinkComment } from '../core/goalTimeline';
import { parseIssueReference } from '../core/itemReference';
import { GitHubApi } from './api';
import { GitHubError } from './errors';
import { GoalIssueQuery, GoalLinkCommentMutation } from './graphql/goals';
import { StartWorkAssigneeMutation, StartWorkStatusMutation, StartWorkViewerQuery } from './graphql/startWork';

/** The writes "Start work" and "Link commit to goal" make. Every one goes through api.mutate (spaced 1 s apart). */

/** Adds the signed-in person to the item's assignees; returns the assignees GitHub reports afterwards. */
export async function assignViewer(api: GitHubApi, contentId: string): Promise<string[]> {
  const { viewer } = await api.graphql<{ viewer: { id: string } }>(StartWorkViewerQuery);
  const data = await api.mutate<{ addAssigneesToAssignable: { assignable: { assignees?: { nodes: { login: string }[] } } | null } }>(
    StartWorkAssigneeMutation,
    { assignableId: contentId, assigneeIds: [viewer.id] },
  );
  return data.addAssigneesToAssignable.assignable?.assignees?.nodes.map((n) => n.login) ?? [];
}

export async function setItemStatus(api: GitHubApi, change: { projectId: string; itemId: string; fieldId: string; optionId: string }): Promise<void> {
  await api.mutate(StartWorkStatusMutation, change);
}

export interface GoalIssue {
  id: string;
  reference: string;
  title: string;
  url?: string;
}

interface GoalIssueData {
  repository: { issue: { id: string; number: number; title: string; url?: string; repository: { nameWithOwner: string } } | null } | null;
}

/** An issue by OWNER/REPO#N, for a goal the goals view has not loaded. */
export async function readGoalIssue(api: GitHubApi, reference: string): Promise<GoalIssue> {
  const parsed = parseIssueReference(reference);
  if (!parsed) {
    throw new GitHubError('unexpected', `"${reference}" is not an issue reference. Write it as OWNER/REPO#NUMBER.`);
  }
  const data = await api.graphql<GoalIssueData>(GoalIssueQuery, { owner: parsed.owner, name: parsed.repo, number: parsed.number });
  const issue = data.repository?.issue;
  if (!issue) {
    throw new GitHubError('notFound', `The goal ${reference} was not found, or your sign-in cannot see it.`);
  }
  return { id: issue.id, reference: `${issue.repository.nameWithOwner}#${issue.number}`, title: issue.title, url: issue.url };
}

/** Comments on the goal; returns the comment's URL. */
export async function commentOnGoal(api: GitHubApi, goalId: string, body: string): Promise<string | undefined> {
  const data = await api.mutate<{ addComment: { commentEdge: { node: { url?: string } } | null } }>(GoalLinkCommentMutation, { subjectId: goalId, body });
  return data.addComment.commentEdge?.node.url;
}

export interface CommitToLink {
  /** OWNER/REPO the commit lives in. */
  repository: string;
  sha: string;
  headline?: string;
  committedAt?: string;
}

/** Links an already made commit to a goal with a comment naming it, with the marker that lets it be read back. */
export function linkCommitByComment(api: GitHubApi, goal: { id: string; reference: string }, commit: CommitToLink): Promise<string | undefined> {
  const body = goalLinkComment({ goal: goal.reference, commit: `${commit.repository}@${commit.sha}`, headline: commit.headline, committedAt: commit.committedAt });
  return commentOnGoal(api, goal.id, body);
}
