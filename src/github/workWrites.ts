import { GOAL_LINKS, goalLinkComment, GoalLinkRecord } from '../core/goalTimeline';
import { parseIssueReference, sameReference } from '../core/itemReference';
import { LeftOutTally } from '../core/records/authorship';
import { countedRecords } from '../core/records/recordComments';
import { GitHubApi } from './api';
import { GitHubError } from './errors';
import { GoalIssueQuery, GoalLinkCommentMutation, GoalLinkCommentsQuery } from './graphql/goals';
import { nodesOf } from './json';
import { parseRecordComment } from './parse';
import { StartWorkAssigneeMutation, StartWorkStatusMutation, StartWorkViewerQuery } from './graphql/startWork';
import * as l10n from '@vscode/l10n';

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
    throw new GitHubError('unexpected', l10n.t('"{0}" is not an issue reference. Write it as OWNER/REPO#NUMBER.', reference));
  }
  const data = await api.graphql<GoalIssueData>(GoalIssueQuery, { owner: parsed.owner, name: parsed.repo, number: parsed.number });
  const issue = data.repository?.issue;
  if (!issue) {
    throw new GitHubError('notFound', l10n.t('The goal {0} was not found, or your sign-in cannot see it.', reference));
  }
  return { id: issue.id, reference: `${issue.repository.nameWithOwner}#${issue.number}`, title: issue.title, url: issue.url };
}

/**
 * Comments on the goal; returns the comment's URL. Never retried by the client: adding a comment is not idempotent,
 * and an answer lost after GitHub stored it would post the link twice. The caller looks for it before trying again.
 */
export async function commentOnGoal(api: GitHubApi, goalId: string, body: string): Promise<string | undefined> {
  const data = await api.mutate<{ addComment: { commentEdge: { node: { url?: string } } | null } }>(GoalLinkCommentMutation, { subjectId: goalId, body }, { retries: 0 });
  return data.addComment.commentEdge?.node.url;
}

export interface CommitToLink {
  /** OWNER/REPO the commit lives in. */
  repository: string;
  sha: string;
  headline?: string;
  committedAt?: string;
}

interface GoalLinkCommentsData {
  viewer: { login: string };
  node: { comments?: { nodes?: unknown[] } } | null;
}

/**
 * Links an already made commit to a goal with a comment naming it, with the marker that lets it be read back. The
 * goal's latest comments are read first: a link the signed-in person already wrote for this commit (an earlier
 * attempt whose answer was lost, a pending link sent by another window, the command run twice) is not posted again.
 * `linkId` marks the comment, so an attempt can be told apart from the person's other links.
 */
export async function linkCommitByComment(api: GitHubApi, goal: { id: string; reference: string }, commit: CommitToLink, linkId: string): Promise<string | undefined> {
  const name = `${commit.repository}@${commit.sha}`;
  const data = await api.graphql<GoalLinkCommentsData>(GoalLinkCommentsQuery, { id: goal.id });
  const viewer = data.viewer.login;
  const comments = nodesOf(data.node?.comments).map(parseRecordComment);
  const { counted } = countedRecords(comments, GOAL_LINKS, new LeftOutTally());
  const existing = counted.find(({ record, comment }) => comment.author?.toLowerCase() === viewer.toLowerCase() && (record.id === linkId || sameLink(record, goal.reference, name)));
  if (existing) {
    return existing.comment.url;
  }
  const body = goalLinkComment({ id: linkId, linkedBy: viewer, goal: goal.reference, commit: name, headline: commit.headline, committedAt: commit.committedAt });
  return commentOnGoal(api, goal.id, body);
}

const sameLink = (record: GoalLinkRecord, goal: string, commit: string) =>
  typeof record.goal === 'string' && sameReference(record.goal, goal) && typeof record.commit === 'string' && record.commit.toLowerCase() === commit.toLowerCase();
