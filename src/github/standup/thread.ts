/**
 * The iteration's standup thread as an issue on GitHub, found again by label and title (never remembered, so every
 * person and machine finds the same one), created when missing. Two people posting the first update of an iteration at
 * the same moment can both create one: both then read the threads back and use the oldest, and the newer closes as a
 * duplicate.
 */
import { RepositoryName } from '../../core/teamLog';
import { earliestTeamThread, STANDUP_LABEL, standupThreadBody, standupThreadTitle } from '../../core/standup/thread';
import { GitHubApi } from '../api';
import { GitHubError, toGitHubError } from '../errors';
import { readRecentComments } from './comments';
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
import type { StandupPlace, ThreadLookup } from './place';
import { ListedThread, NO_RETRY, standupRepositoryNotFound, threadOf, ThreadNode, ThreadNodes, threads } from './threadNodes';

const WRITERS = new Set(['ADMIN', 'MAINTAIN', 'WRITE']);

interface StandupRepository {
  viewer: string;
  id: string;
  nameWithOwner: string;
  canCreateLabel: boolean;
  labelId?: string;
  labelled: ListedThread[];
}

type RepositoryData = {
  viewer: { login: string };
  repository: { id: string; nameWithOwner: string; viewerPermission: string | null; label: { id: string } | null; issues: ThreadNodes } | null;
};

async function readRepository(api: GitHubApi, repository: RepositoryName): Promise<StandupRepository> {
  let data: RepositoryData;
  try {
    data = await api.graphql<RepositoryData>(StandupThreadsQuery, { owner: repository.owner, name: repository.name, label: STANDUP_LABEL.name }, NO_RETRY);
  } catch (error) {
    throw toGitHubError(error).problem === 'notFound' ? standupRepositoryNotFound(repository) : error;
  }
  const repo = data.repository;
  if (!repo) {
    throw standupRepositoryNotFound(repository);
  }
  return {
    viewer: data.viewer?.login ?? '',
    id: repo.id,
    nameWithOwner: repo.nameWithOwner,
    canCreateLabel: WRITERS.has(repo.viewerPermission ?? ''),
    labelId: repo.label?.id,
    labelled: threads(repo.issues),
  };
}

/** The oldest labelled issue with the thread's title: applying the label needs triage rights, so it is the team's. */
function oldestLabelled(candidates: readonly ListedThread[], title: string): ListedThread | undefined {
  return candidates.filter((t) => t.title === title).sort((a, b) => a.number - b.number)[0];
}

/** Labelled first; else (a thread created by someone who could not label it) the earliest I or a team member opened. */
async function findIn(api: GitHubApi, repository: RepositoryName, target: StandupRepository, title: string): Promise<ListedThread | undefined> {
  const labelled = oldestLabelled(target.labelled, title);
  if (labelled) {
    return labelled;
  }
  const data = await api.graphql<{ repository: { issues: ThreadNodes } | null }>(RecentStandupThreadsQuery, { owner: repository.owner, name: repository.name });
  return earliestTeamThread(threads(data.repository?.issues), title, target.viewer);
}

/** The iteration's issue thread; created (once) when `create` is set and there is none. */
export async function standupThread(api: GitHubApi, repository: RepositoryName, iteration: string, options: { create: boolean }): Promise<ThreadLookup> {
  const title = standupThreadTitle(iteration);
  const target = await readRepository(api, repository);
  const found = await findIn(api, repository, target, title);
  if (found || !options.create) {
    return { thread: found && threadOf(found), created: false, notices: [] };
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
  const data = await api.mutate<{ createIssue: { issue: ThreadNode | null } | null }>(
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
    return { thread: threadOf(canonical), created: false, notices };
  }
  return { thread: threadOf(created), created: true, notices };
}

/** One update as one comment; throws when GitHub did not store it (or its answer was lost: the sync reads back). */
export async function postUpdateComment(api: GitHubApi, issueId: string, body: string): Promise<string | undefined> {
  const data = await api.mutate<{ addComment: { commentEdge: { node: { url?: string } | null } | null } | null }>(PostStandupUpdateMutation, { issueId, body }, NO_RETRY);
  if (!data.addComment?.commentEdge?.node) {
    throw new GitHubError('unexpected', l10n.t('GitHub did not say it stored the update.'));
  }
  return data.addComment.commentEdge.node.url;
}

/** Standups in an issue per iteration, labelled `standup`. */
export function standupIssues(api: GitHubApi, repository: RepositoryName): StandupPlace {
  return {
    thread: (iteration, options) => standupThread(api, repository, iteration, options),
    recentComments: (threadId, options) => readRecentComments(api, StandupCommentsQuery, threadId, options),
    post: (threadId, body) => postUpdateComment(api, threadId, body),
  };
}
