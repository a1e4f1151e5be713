import { Interruption } from '../core/interruptions';
import { isTeamAssociation, LeftOutTally } from '../core/records/authorship';
import { RecordComment } from '../core/records/recordComments';
import { entryComment, LoggedEntry, loggedEntries, RepositoryName, TEAM_LOG_LABEL, teamLogBody, teamLogTitle } from '../core/teamLog';
import { GitHubApi } from './api';
import { GitHubError, toGitHubError } from './errors';
import {
  addInterruptionCommentsMutation,
  CreateInterruptionLogLabelMutation,
  CreateInterruptionLogMutation,
  InterruptionLogCommentsQuery,
  InterruptionLogIssuesQuery,
  MAX_ENTRIES_PER_REQUEST,
  RecentIssueTitlesQuery,
} from './graphql/interruptions';
import { parseRecordComment } from './parse';
import * as l10n from '@vscode/l10n';

export interface LogIssue {
  id: string;
  number: number;
  title: string;
  url: string;
  /** Who opened the issue, and how GitHub associates them with the repository. */
  author?: string;
  authorAssociation?: string;
}

/** The repository holding the team log, as one read found it. */
export interface TeamLogRepository {
  /** The signed-in person, as GitHub names them. */
  viewer: string;
  id: string;
  nameWithOwner: string;
  canCreateLabel: boolean;
  labelId?: string;
  labelledIssues: LogIssue[];
}

type IssueNode = Partial<Omit<LogIssue, 'author'>> & { author?: { login?: string } | null };
type IssueNodes = { nodes: (IssueNode | null)[] | null } | null | undefined;

const issues = (connection: IssueNodes): LogIssue[] =>
  (connection?.nodes ?? []).flatMap((n) =>
    n && typeof n.id === 'string' && typeof n.title === 'string'
      ? [{
          id: n.id,
          number: n.number ?? 0,
          title: n.title,
          url: n.url ?? '',
          ...(typeof n.author?.login === 'string' ? { author: n.author.login } : {}),
          ...(typeof n.authorAssociation === 'string' ? { authorAssociation: n.authorAssociation } : {}),
        }]
      : [],
  );

const WRITERS = new Set(['ADMIN', 'MAINTAIN', 'WRITE']);

/**
 * No request here is retried by the client. Writes are not idempotent: a retry after a lost answer would create a
 * second issue or comment. The first read fails fast when offline: the whole sync runs again a minute later anyway.
 */
const NO_RETRY = { retries: 0 };

type RepositoryData = {
  viewer: { login: string };
  repository: { id: string; nameWithOwner: string; viewerPermission: string | null; label: { id: string } | null; issues: IssueNodes } | null;
};

export async function readTeamLogRepository(api: GitHubApi, repository: RepositoryName): Promise<TeamLogRepository> {
  const notFound = new GitHubError(
    'notFound',
    l10n.t('The team log repository {0}/{1} was not found, or you cannot see it. Check the sprintFlow.interruptions.repository setting.', repository.owner, repository.name),
  );
  let data: RepositoryData;
  try {
    data = await api.graphql<RepositoryData>(InterruptionLogIssuesQuery, { owner: repository.owner, name: repository.name, label: TEAM_LOG_LABEL.name }, NO_RETRY);
  } catch (error) {
    throw toGitHubError(error).problem === 'notFound' ? notFound : error;
  }
  const repo = data.repository;
  if (!repo) {
    throw notFound;
  }
  return {
    viewer: data.viewer.login,
    id: repo.id,
    nameWithOwner: repo.nameWithOwner,
    canCreateLabel: WRITERS.has(repo.viewerPermission ?? ''),
    labelId: repo.label?.id,
    labelledIssues: issues(repo.issues),
  };
}

/**
 * A log issue created without the label (its author could not apply labels) is found among recent issues by title,
 * but only one the viewer or a team member opened: anyone can open an issue with next iteration's log title in a
 * public repository, and entries sent there would never reach a report. Applying the label needs triage rights, so
 * a labelled issue is the team's whoever opened it.
 */
export async function findUnlabelledLogIssue(api: GitHubApi, repository: RepositoryName, iterationTitle: string, viewer: string): Promise<LogIssue | undefined> {
  const data = await api.graphql<{ repository: { issues: IssueNodes } | null }>(RecentIssueTitlesQuery, { owner: repository.owner, name: repository.name });
  return issues(data.repository?.issues).find((i) => i.title === teamLogTitle(iterationTitle) && isTeamLogAuthor(i, viewer));
}

export function isTeamLogAuthor(issue: LogIssue, viewer: string): boolean {
  return !!issue.author && (issue.author.toLowerCase() === viewer.toLowerCase() || isTeamAssociation(issue.authorAssociation));
}

export async function createLogLabel(api: GitHubApi, repositoryId: string): Promise<string | undefined> {
  const data = await api.mutate<{ createLabel: { label: { id: string } | null } | null }>(CreateInterruptionLogLabelMutation, {
    repositoryId,
    name: TEAM_LOG_LABEL.name,
    color: TEAM_LOG_LABEL.color,
    description: TEAM_LOG_LABEL.description,
  }, NO_RETRY);
  return data.createLabel?.label?.id;
}

export async function createLogIssue(api: GitHubApi, repositoryId: string, iterationTitle: string, labelId: string | undefined): Promise<LogIssue> {
  const data = await api.mutate<{ createIssue: { issue: IssueNode | null } | null }>(CreateInterruptionLogMutation, {
    repositoryId,
    title: teamLogTitle(iterationTitle),
    body: teamLogBody(iterationTitle),
    labelIds: labelId ? [labelId] : null,
  }, NO_RETRY);
  const [created] = issues({ nodes: [data.createIssue?.issue ?? null] });
  if (!created) {
    throw new GitHubError('unexpected', l10n.t('GitHub did not return the team log issue it created.'));
  }
  return created;
}

/**
 * Every entry already in a log issue that counts, by recordKey(author, id), with its comment's URL: all pages, read
 * before anything is sent. An entry someone else posted with one of ours' ids is not ours, so ours is still sent.
 */
export async function readLogEntries(api: GitHubApi, issueId: string, tally: LeftOutTally = new LeftOutTally()): Promise<Map<string, LoggedEntry>> {
  const comments: RecordComment[] = [];
  let after: string | null = null;
  do {
    const data: {
      node: { comments?: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: unknown[] | null } } | null;
    } = await api.graphql(InterruptionLogCommentsQuery, { issueId, after });
    const page = data.node?.comments;
    comments.push(...(page?.nodes ?? []).map(parseRecordComment));
    after = page?.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return loggedEntries(comments, tally).entries;
}

export interface PostedEntries {
  /** Entries GitHub stored, with their comment's URL. */
  posted: { id: string; commentUrl?: string }[];
  /** Entries GitHub answered with an error for while storing others of the same request, in GitHub's words. */
  refused: { id: string; reason: string; error: GitHubError }[];
}

type AddCommentAnswer = { commentEdge: { node: { url?: string } | null } | null } | null;

/**
 * Sends up to MAX_ENTRIES_PER_REQUEST entries in one request, one comment each, and says which GitHub stored. A request
 * that failed as a whole throws; if its answer was lost, the next sync finds what was stored by id before sending.
 */
export async function postEntries(api: GitHubApi, issueId: string, entries: readonly Interruption[], logRepository: string): Promise<PostedEntries> {
  if (entries.length > MAX_ENTRIES_PER_REQUEST) {
    throw new RangeError(l10n.t('At most {0} entries go in one request, not {1}.', MAX_ENTRIES_PER_REQUEST, entries.length));
  }
  const bodies = Object.fromEntries(entries.map((entry, i) => [`body${i}`, entryComment(entry, logRepository)]));
  const { data, failures } = await api.mutateEach<Record<string, AddCommentAnswer>>(
    addInterruptionCommentsMutation(entries.length),
    { issueId, ...bodies },
    NO_RETRY,
  );
  const result: PostedEntries = { posted: [], refused: [] };
  entries.forEach((entry, i) => {
    const stored = data[`entry${i}`];
    const failure = failures.find((f) => f.field === `entry${i}`);
    if (stored?.commentEdge?.node) {
      result.posted.push({ id: entry.id, commentUrl: stored.commentEdge.node.url });
    } else {
      const reason = failure?.message ?? l10n.t('GitHub did not say it stored this entry.');
      result.refused.push({ id: entry.id, reason, error: failure?.error ?? new GitHubError('unexpected', reason) });
    }
  });
  return result;
}
