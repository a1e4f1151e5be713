/**
 * Issue.timelineItems and the event types Sprint Flow reads from it (referenced, cross-referenced, connected,
 * closed, comments), commits, and a pull request's commits. Events are stored on the issue without their GraphQL
 * type; here each becomes an object whose `kind` is that type, so the IssueTimelineItems union resolves.
 */
import { canSee } from '../access';
import { connection } from '../connection';
import { Args, RequestContext, TypeResolvers } from './context';
import { CommentRec, CommitRec, IssueRec, TimelineEventRec } from '../model';
import { commitUrl, issueUrl } from '../urls';
import { STATUS_CHANGED_ITEM_TYPE, statusChangesOf, StatusChangeRec } from '../projectItemHistory';

const EVENT_TYPES: Record<TimelineEventRec['event'], [typeName: string, itemType: string]> = {
  referenced: ['ReferencedEvent', 'REFERENCED_EVENT'],
  'cross-referenced': ['CrossReferencedEvent', 'CROSS_REFERENCED_EVENT'],
  closed: ['ClosedEvent', 'CLOSED_EVENT'],
  reopened: ['ReopenedEvent', 'REOPENED_EVENT'],
  connected: ['ConnectedEvent', 'CONNECTED_EVENT'],
  labeled: ['LabeledEvent', 'LABELED_EVENT'],
  unlabeled: ['UnlabeledEvent', 'UNLABELED_EVENT'],
  assigned: ['AssignedEvent', 'ASSIGNED_EVENT'],
  unassigned: ['UnassignedEvent', 'UNASSIGNED_EVENT'],
  merged: ['MergedEvent', 'MERGED_EVENT'],
};

/** A commit as a GraphQL object (the record itself has no `kind`, which union members need). */
export function commitNode(commit: CommitRec): CommitRec & { kind: 'Commit' } {
  return { ...commit, kind: 'Commit' };
}

function visible<T extends CommitRec | IssueRec | undefined>(subject: T, context: RequestContext): T | null {
  if (!subject) return null;
  return canSee('sha' in subject ? subject.repo : subject, context) ? subject : null;
}

function eventNode(issue: IssueRec, event: TimelineEventRec, context: RequestContext) {
  const [kind] = EVENT_TYPES[event.event];
  const source = visible(event.source, context);
  const closer = visible(event.closer, context);
  return {
    kind,
    id: event.id,
    databaseId: event.databaseId,
    actor: event.actor,
    createdAt: event.createdAt,
    // referenced
    commit: event.commit && visible(event.commit, context) ? commitNode(event.commit) : null,
    commitRepository: event.commit?.repo ?? issue.repo,
    isDirectReference: true,
    subject: issue,
    // cross-referenced and connected
    source,
    target: issue,
    referencedAt: event.createdAt,
    willCloseTarget: false,
    isCrossRepository: !!(source ?? event.commit) && (source?.repo ?? event.commit?.repo) !== issue.repo,
    // closed
    closable: issue,
    closer: closer && 'sha' in closer ? commitNode(closer) : closer,
    stateReason: event.stateReason ?? null,
    // labeled, assigned
    label: event.label ?? null,
    labelable: issue,
    assignee: event.assignee ?? null,
    assignable: issue,
    url: issueUrl(context.origin, issue),
    resourcePath: new URL(issueUrl(context.origin, issue)).pathname,
  };
}

/** The issue's events and comments in time order (same-instant entries in the order they happened). */
function timelineEntries(issue: IssueRec, context: RequestContext): (TimelineEventRec | CommentRec | StatusChangeRec)[] {
  const history = context.switches.projectItemHistory ? statusChangesOf(issue) : [];
  return [...issue.timeline, ...issue.comments, ...history].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.databaseId - b.databaseId);
}

export function timelineItems(issue: IssueRec, args: Args, context: RequestContext) {
  const wanted: string[] | undefined = args.itemTypes ?? undefined;
  const since = args.since ? Date.parse(args.since) : undefined;
  const selected = timelineEntries(issue, context).filter((entry) => {
    const itemType = 'kind' in entry ? (entry.kind === 'IssueComment' ? 'ISSUE_COMMENT' : STATUS_CHANGED_ITEM_TYPE) : EVENT_TYPES[entry.event][1];
    return (!wanted || wanted.includes(itemType)) && (since === undefined || entry.createdAt.getTime() >= since);
  });
  const nodes = selected.map((entry) => ('kind' in entry ? entry : eventNode(issue, entry, context)));
  return { ...connection(nodes, args), filteredCount: nodes.length, pageCount: nodes.length, updatedAt: issue.updatedAt };
}

const commit: TypeResolvers<CommitRec> = {
  id: (c) => `C_${Buffer.from(c.sha).toString('base64url')}`,
  oid: (c) => c.sha,
  abbreviatedOid: (c) => c.sha.slice(0, 7),
  message: (c) => c.message,
  messageHeadline: (c) => c.message.split('\n')[0],
  messageBody: (c) => c.message.split('\n').slice(1).join('\n').trim(),
  committedDate: (c) => c.date,
  authoredDate: (c) => c.date,
  pushedDate: (c) => c.date,
  url: (c, _args, context) => commitUrl(context.origin, c),
  commitUrl: (c, _args, context) => commitUrl(context.origin, c),
  resourcePath: (c, _args, context) => new URL(commitUrl(context.origin, c)).pathname,
  repository: (c) => c.repo,
};

/** A pull request's commits are the repository's commits pushed to it, oldest first. */
export function pullRequestCommits(pr: IssueRec): CommitRec[] {
  return pr.repo.commits.filter((c) => c.pullRequest === pr).sort((a, b) => a.date.getTime() - b.date.getTime());
}

export const timelineResolvers = {
  Commit: commit,
  PullRequestCommit: {
    commit: (c: CommitRec) => commitNode(c),
    id: (c: CommitRec) => `PURC_${Buffer.from(c.sha).toString('base64url')}`,
    url: (c: CommitRec, _args: Args, context: RequestContext) => commitUrl(context.origin, c),
    resourcePath: (c: CommitRec, _args: Args, context: RequestContext) => new URL(commitUrl(context.origin, c)).pathname,
  } as TypeResolvers<CommitRec>,
};
