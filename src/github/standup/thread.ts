/**
 * The iteration's standup thread on GitHub, found again by label and title (never remembered, so every person and
 * machine finds the same one), created when missing. Two people posting the first update of an iteration at the same
 * moment can both create one: both then read the threads back and use the oldest, and the newer closes as a duplicate.
 */
import { RepositoryName } from '../../core/teamLog';
import { STANDUP_LABEL, standupThreadBody, standupThreadTitle, ThreadComment } from '../../core/standup/thread';
import { GitHubApi } from '../api';
import { GitHubError, toGitHubError } from '../errors';
import {
  CloseDuplicateStandupThreadMutation,
  CreateStandupLabelMutation,
  CreateStandupThreadMutation,
  PostStandupUpdateMutation,
  RecentStandupThreadsQuery,
  StandupCommentsQuery,
  StandupThreadsQuery,
} from './graphql';
import * as l10n from '@vscode/l10n';

export interface StandupThread {
  id: string;
  number: number;
  title: string;
  url: string;
}

type IssueNodes = { nodes: (Partial<StandupThread> | null)[] | null } | null | undefined;

const threads = (connection: IssueNodes): StandupThread[] =>
  (connection?.nodes ?? []).flatMap((n) =>
    n && typeof n.id === 'string' && typeof n.title === 'string' && typeof n.number === 'number' ? [{ id: n.id, number: n.number, title: n.title, url: n.url ?? '' }] : [],
  );

const WRITERS = new Set(['ADMIN', 'MAINTAIN', 'WRITE']);
/** Writes are not idempotent: a retry after a lost answer would post twice. The journal's sync reads back instead. */
const NO_RETRY = { retries: 0 };

interface StandupRepository {
  id: string;
  nameWithOwner: string;
  canCreateLabel: boolean;
  labelId?: string;
  labelled: StandupThread[];
}

type RepositoryData = {
  repository: { id: string; nameWithOwner: string; viewerPermission: string | null; label: { id: string } | null; issues: IssueNodes } | null;
};

async function readRepository(api: GitHubApi, repository: RepositoryName): Promise<StandupRepository> {
  const notFound = new GitHubError(
    'notFound',
    l10n.t('The standup repository {0}/{1} was not found, or you cannot see it. Check the sprintFlow.standup.repository setting (or sprintFlow.interruptions.repository when that is empty).', repository.owner, repository.name),
  );
  let data: RepositoryData;
  try {
    data = await api.graphql<RepositoryData>(StandupThreadsQuery, { owner: repository.owner, name: repository.name, label: STANDUP_LABEL.name }, NO_RETRY);
  } catch (error) {
    throw toGitHubError(error).problem === 'notFound' ? notFound : error;
  }
  const repo = data.repository;
  if (!repo) {
    throw notFound;
  }
  return { id: repo.id, nameWithOwner: repo.nameWithOwner, canCreateLabel: WRITERS.has(repo.viewerPermission ?? ''), labelId: repo.label?.id, labelled: threads(repo.issues) };
}

/** The oldest issue with the thread's title: the one everybody uses, whoever created it. */
function oldest(candidates: readonly StandupThread[], title: string): StandupThread | undefined {
  return candidates.filter((t) => t.title === title).sort((a, b) => a.number - b.number)[0];
}

async function findIn(api: GitHubApi, repository: RepositoryName, target: StandupRepository, title: string): Promise<StandupThread | undefined> {
  const labelled = oldest(target.labelled, title);
  if (labelled) {
    return labelled;
  }
  const data = await api.graphql<{ repository: { issues: IssueNodes } | null }>(RecentStandupThreadsQuery, { owner: repository.owner, name: repository.name });
  return oldest(threads(data.repository?.issues), title);
}

export interface ThreadLookup {
  thread?: StandupThread;
  created: boolean;
  /** What the person should be told, such as a thread created without its label. */
  notices: string[];
}

/** The iteration's thread; created (once) when `create` is set and there is none. */
export async function standupThread(api: GitHubApi, repository: RepositoryName, iteration: string, options: { create: boolean }): Promise<ThreadLookup> {
  const title = standupThreadTitle(iteration);
  const target = await readRepository(api, repository);
  const found = await findIn(api, repository, target, title);
  if (found || !options.create) {
    return { thread: found, created: false, notices: [] };
  }
  const notices: string[] = [];
  let labelId = target.labelId;
  if (!labelId && target.canCreateLabel) {
    try {
      const label = await api.mutate<{ createLabel: { label: { id: string } | null } | null }>(
        CreateStandupLabelMutation,
        { repositoryId: target.id, name: STANDUP_LABEL.name, color: STANDUP_LABEL.color, description: STANDUP_LABEL.description },
        NO_RETRY,
      );
      labelId = label.createLabel?.label?.id;
    } catch (error) {
      // Someone created it a moment ago: use theirs.
      labelId = (await readRepository(api, repository)).labelId;
      if (!labelId) throw error;
    }
  }
  const data = await api.mutate<{ createIssue: { issue: Partial<StandupThread> | null } | null }>(
    CreateStandupThreadMutation,
    { repositoryId: target.id, title, body: standupThreadBody(iteration), labelIds: target.canCreateLabel && labelId ? [labelId] : null },
    NO_RETRY,
  );
  const [created] = threads({ nodes: [data.createIssue?.issue ?? null] });
  if (!created) {
    throw new GitHubError('unexpected', l10n.t('GitHub did not return the standup thread it created.'));
  }
  if (!target.canCreateLabel) {
    notices.push(
      l10n.t('Sprint Flow created the standup thread "{0}" in {1} without the {2} label: you cannot label issues there. Ask a maintainer to add the label.', title, target.nameWithOwner, STANDUP_LABEL.name),
    );
  }
  // Someone else may have created one in the same moment: read back, and keep the oldest.
  const again = await readRepository(api, repository);
  const canonical = (await findIn(api, repository, again, title)) ?? created;
  if (canonical.id !== created.id) {
    await api.mutate(CloseDuplicateStandupThreadMutation, { issueId: created.id }, NO_RETRY);
    return { thread: canonical, created: false, notices };
  }
  return { thread: created, created: true, notices };
}

export interface RecentComments {
  comments: ThreadComment[];
  /** Older comments exist that this read did not reach. */
  olderNotRead: boolean;
}

type CommentsPage = {
  node: {
    comments?: {
      pageInfo: { hasPreviousPage: boolean; startCursor: string | null };
      nodes: ({ url?: string; createdAt?: string; body?: string; authorAssociation?: string; author?: { login?: string } | null; editor?: { login?: string } | null } | null)[] | null;
    };
  } | null;
};

export const COMMENTS_PER_PAGE = 50;

/**
 * The thread's comments from the newest back, a page at a time, until one older than `until` or `maxPages` pages:
 * the cost is bounded however long the thread grows.
 */
export async function readRecentComments(api: GitHubApi, issueId: string, options: { until?: Date; maxPages: number }): Promise<RecentComments> {
  const comments: ThreadComment[] = [];
  let before: string | null = null;
  for (let page = 0; page < options.maxPages; page++) {
    const data: CommentsPage = await api.graphql(StandupCommentsQuery, { issueId, before, count: COMMENTS_PER_PAGE });
    const connection = data.node?.comments;
    let reachedOlder = false;
    for (const node of connection?.nodes ?? []) {
      if (!node || typeof node.body !== 'string') continue;
      comments.push({
        body: node.body,
        url: node.url,
        createdAt: node.createdAt,
        author: node.author?.login,
        authorAssociation: node.authorAssociation,
        editor: node.editor?.login,
      });
      if (options.until && node.createdAt && Date.parse(node.createdAt) < options.until.getTime()) {
        reachedOlder = true;
      }
    }
    before = connection?.pageInfo.hasPreviousPage ? connection.pageInfo.startCursor : null;
    if (!before || reachedOlder) {
      return { comments, olderNotRead: false };
    }
  }
  return { comments, olderNotRead: before !== null };
}

/** One update as one comment; throws when GitHub did not store it (or its answer was lost: the sync reads back). */
export async function postUpdateComment(api: GitHubApi, issueId: string, body: string): Promise<string | undefined> {
  const data = await api.mutate<{ addComment: { commentEdge: { node: { url?: string } | null } | null } | null }>(PostStandupUpdateMutation, { issueId, body }, NO_RETRY);
  if (!data.addComment?.commentEdge?.node) {
    throw new GitHubError('unexpected', l10n.t('GitHub did not say it stored the update.'));
  }
  return data.addComment.commentEdge.node.url;
}
