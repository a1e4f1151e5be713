import { Interruption } from '../core/interruptions';
import { entryComment, LogComment, loggedEntries, RepositoryName, TEAM_LOG_LABEL, teamLogBody, teamLogTitle } from '../core/teamLog';
import { GitHubApi } from './api';
import { GitHubError, toGitHubError } from './errors';
import {
  AddInterruptionCommentMutation,
  CreateInterruptionLogLabelMutation,
  CreateInterruptionLogMutation,
  InterruptionLogCommentsQuery,
  InterruptionLogIssuesQuery,
  RecentIssueTitlesQuery,
} from './graphql/interruptions';

export interface LogIssue {
  id: string;
  number: number;
  title: string;
  url: string;
}

/** The repository holding the team log, as one read found it. */
export interface TeamLogRepository {
  id: string;
  nameWithOwner: string;
  canCreateLabel: boolean;
  labelId?: string;
  labelledIssues: LogIssue[];
}

type IssueNodes = { nodes: (Partial<LogIssue> | null)[] | null } | null | undefined;

const issues = (connection: IssueNodes): LogIssue[] =>
  (connection?.nodes ?? []).flatMap((n) =>
    n && typeof n.id === 'string' && typeof n.title === 'string' ? [{ id: n.id, number: n.number ?? 0, title: n.title, url: n.url ?? '' }] : [],
  );

const WRITERS = new Set(['ADMIN', 'MAINTAIN', 'WRITE']);

/**
 * No request here is retried by the client. Writes are not idempotent: a retry after a lost answer would create a
 * second issue or comment. The first read fails fast when offline: the whole sync runs again a minute later anyway.
 */
const NO_RETRY = { retries: 0 };

type RepositoryData = {
  repository: { id: string; nameWithOwner: string; viewerPermission: string | null; label: { id: string } | null; issues: IssueNodes } | null;
};

export async function readTeamLogRepository(api: GitHubApi, repository: RepositoryName): Promise<TeamLogRepository> {
  const notFound = new GitHubError(
    'notFound',
    `The team log repository ${repository.owner}/${repository.name} was not found, or you cannot see it. Check the sprintFlow.interruptions.repository setting.`,
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
    id: repo.id,
    nameWithOwner: repo.nameWithOwner,
    canCreateLabel: WRITERS.has(repo.viewerPermission ?? ''),
    labelId: repo.label?.id,
    labelledIssues: issues(repo.issues),
  };
}

/** A log issue created without the label (the person could not create it) is found among recent issues by title. */
export async function findUnlabelledLogIssue(api: GitHubApi, repository: RepositoryName, iterationTitle: string): Promise<LogIssue | undefined> {
  const data = await api.graphql<{ repository: { issues: IssueNodes } | null }>(RecentIssueTitlesQuery, { owner: repository.owner, name: repository.name });
  return issues(data.repository?.issues).find((i) => i.title === teamLogTitle(iterationTitle));
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
  const data = await api.mutate<{ createIssue: { issue: Partial<LogIssue> | null } | null }>(CreateInterruptionLogMutation, {
    repositoryId,
    title: teamLogTitle(iterationTitle),
    body: teamLogBody(iterationTitle),
    labelIds: labelId ? [labelId] : null,
  }, NO_RETRY);
  const [created] = issues({ nodes: [data.createIssue?.issue ?? null] });
  if (!created) {
    throw new GitHubError('unexpected', 'GitHub did not return the team log issue it created.');
  }
  return created;
}

/** Every entry already in a log issue, by id, with its comment's URL: all pages, read before anything is sent. */
export async function readLogEntries(api: GitHubApi, issueId: string): Promise<Map<string, string | undefined>> {
  const comments: LogComment[] = [];
  let after: string | null = null;
  do {
    const data: {
      node: { comments?: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: ({ url?: string; body?: string } | null)[] | null } } | null;
    } = await api.graphql(InterruptionLogCommentsQuery, { issueId, after });
    const page = data.node?.comments;
    for (const node of page?.nodes ?? []) {
      if (node && typeof node.body === 'string') {
        comments.push({ body: node.body, url: node.url });
      }
    }
    after = page?.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return new Map([...loggedEntries(comments).entries].map(([id, { url }]) => [id, url]));
}

/** Sends one entry. If the answer is lost, the next sync finds the entry by its id before sending anything. */
export async function postEntry(api: GitHubApi, issueId: string, entry: Interruption, logRepository: string): Promise<string | undefined> {
  const data = await api.mutate<{ addComment: { commentEdge: { node: { url?: string } | null } | null } | null }>(
    AddInterruptionCommentMutation,
    { issueId, body: entryComment(entry, logRepository) },
    NO_RETRY,
  );
  return data.addComment?.commentEdge?.node?.url;
}
