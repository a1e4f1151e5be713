import { GoalCommit, GoalTimelineEntry } from '../core/goalTimeline';
import { GoalIssue, IterationItem } from '../core/goals';
import { parseItemPage, parseRecordComment } from './parse';
import { JsonObject, nodesOf, num, obj, str, text } from './json';
import * as l10n from '@vscode/l10n';

/** Maps the goal documents' answers onto the core model, as defensively as parse.ts does for items. */

/** A page of iteration items, each with the id of its parent issue when it is a sub-issue. */
export function parseCandidatePage(rawConnection: unknown): { items: IterationItem[]; nextCursor?: string } {
  const page = parseItemPage(rawConnection);
  const parents = new Map<string, string>();
  for (const node of nodesOf(rawConnection)) {
    const id = str(node.id);
    const parent = str(obj(obj(node.content)?.parent)?.id);
    if (id && parent) {
      parents.set(id, parent);
    }
  }
  const items = page.items.map((item): IterationItem => (parents.has(item.id) ? { ...item, parentId: parents.get(item.id) } : item));
  return page.nextCursor ? { items, nextCursor: page.nextCursor } : { items };
}

function parseCommit(raw: unknown, eventDate?: string): GoalCommit | undefined {
  const c = obj(raw);
  const sha = str(c?.oid);
  if (!c || !sha) {
    return undefined;
  }
  return {
    sha,
    repository: text(obj(c.repository)?.nameWithOwner),
    headline: text(c.messageHeadline),
    date: str(c.committedDate) ?? eventDate,
    url: str(c.url),
  };
}

function pullRequestCommits(source: unknown, eventDate?: string): GoalCommit[] {
  const pr = obj(source);
  if (pr?.__typename !== 'PullRequest') {
    return [];
  }
  const commits = nodesOf(pr.commits).map((n) => parseCommit(n.commit, eventDate));
  return [...commits, parseCommit(pr.mergeCommit, eventDate)].filter((c): c is GoalCommit => !!c);
}

export function parseTimelineEntry(raw: JsonObject): GoalTimelineEntry | undefined {
  const createdAt = str(raw.createdAt);
  switch (raw.__typename) {
    case 'ReferencedEvent': {
      const commit = parseCommit(raw.commit, createdAt);
      return commit ? { kind: 'referenced', commit } : undefined;
    }
    case 'CrossReferencedEvent':
      return { kind: 'crossReferenced', commits: pullRequestCommits(raw.source, createdAt) };
    case 'ConnectedEvent':
      return { kind: 'connected', commits: pullRequestCommits(raw.source, createdAt) };
    case 'ClosedEvent': {
      const closer = obj(raw.closer);
      const commit = closer?.__typename === 'Commit' ? parseCommit(closer, createdAt) : parseCommit(closer?.mergeCommit, createdAt);
      return { kind: 'closed', commits: commit ? [commit] : [] };
    }
    case 'IssueComment': {
      const comment = parseRecordComment(raw);
      return comment.body ? { kind: 'comment', comment, createdAt } : undefined;
    }
    default:
      return undefined;
  }
}

export interface GoalIssueDetails extends GoalIssue {
  timeline: GoalTimelineEntry[];
  /** Cursor to continue the timeline from, when it has more than one page. */
  timelineAfter?: string;
}

const NOT_ISSUES = new Set(['PullRequest', 'DraftIssue']);

export function parseGoalIssue(raw: unknown): GoalIssueDetails | undefined {
  const issue = obj(raw);
  const id = str(issue?.id);
  const number = num(issue?.number);
  const repository = text(obj(issue?.repository)?.nameWithOwner);
  // Goal ids are issues' ids: only another known type is not one (a type name newer than this code still is).
  if (!issue || NOT_ISSUES.has(String(issue.__typename)) || !id || number === undefined || !repository) {
    return undefined;
  }
  const summary = obj(issue.subIssuesSummary);
  const timeline = obj(issue.timelineItems);
  const pageInfo = obj(timeline?.pageInfo);
  const details: GoalIssueDetails = {
    id,
    number,
    title: text(issue.title) ?? l10n.t('Untitled'),
    url: str(issue.url),
    repository,
    state: issue.state === 'CLOSED' ? 'CLOSED' : 'OPEN',
    assignees: nodesOf(issue.assignees).map((a) => text(a.login)).filter((l): l is string => !!l),
    subIssues: { total: num(summary?.total) ?? 0, completed: num(summary?.completed) ?? 0 },
    timeline: nodesOf(timeline).map(parseTimelineEntry).filter((e): e is GoalTimelineEntry => !!e),
  };
  const after = pageInfo?.hasNextPage === true ? str(pageInfo.endCursor) : undefined;
  return after ? { ...details, timelineAfter: after } : details;
}
