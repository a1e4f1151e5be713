/**
 * The iteration's standup thread as a GitHub Discussion, for teams that keep standups in Discussions: titled like
 * the issue ("Standup · Iteration 43") in the category the sprintFlow.standup.discussionCategory setting names, found
 * again by title among the category's recent discussions (the earliest I or a team member opened), created when
 * missing. Two people creating it at the same moment both read back and use the earliest; the later closes its own
 * as a duplicate.
 */
import { RepositoryName } from '../../core/teamLog';
import { earliestTeamThread, standupThreadBody, standupThreadTitle } from '../../core/standup/thread';
import { GitHubApi } from '../api';
import { GitHubError, toGitHubError } from '../errors';
import { readRecentComments } from './comments';
import {
  CloseDuplicateStandupDiscussionMutation,
  CreateStandupDiscussionMutation,
  PostStandupDiscussionCommentMutation,
  StandupDiscussionCategoriesQuery,
  StandupDiscussionCommentsQuery,
  StandupDiscussionsQuery,
} from './discussionGraphql';
import type { StandupPlace, ThreadLookup } from './place';
import { NO_RETRY, standupRepositoryNotFound, threadOf, ThreadNode, ThreadNodes, threads } from './threadNodes';
import * as l10n from '@vscode/l10n';

interface StandupCategory {
  viewer: string;
  repositoryId: string;
  categoryId: string;
}

type CategoriesData = {
  viewer: { login: string };
  repository: {
    id: string;
    nameWithOwner: string;
    hasDiscussionsEnabled: boolean;
    discussionCategories: { nodes: ({ id?: string; name?: string; slug?: string } | null)[] | null } | null;
  } | null;
};

/** Category names are the repository's maintainers' text: a few, each cut short, are enough to say what to set. */
const MAX_NAMED = 10;
const MAX_NAME = 40;

async function readCategory(api: GitHubApi, repository: RepositoryName, categoryName: string): Promise<StandupCategory> {
  let data: CategoriesData;
  try {
    data = await api.graphql<CategoriesData>(StandupDiscussionCategoriesQuery, { owner: repository.owner, name: repository.name }, NO_RETRY);
  } catch (error) {
    throw toGitHubError(error).problem === 'notFound' ? standupRepositoryNotFound(repository) : error;
  }
  const repo = data.repository;
  if (!repo) {
    throw standupRepositoryNotFound(repository);
  }
  if (!repo.hasDiscussionsEnabled) {
    throw new GitHubError(
      'notFound',
      l10n.t('Discussions are turned off in {0}, so standups cannot go to its "{1}" category. Turn Discussions on in the repository\'s settings, or clear the sprintFlow.standup.discussionCategory setting to post to an issue thread.', repo.nameWithOwner, categoryName),
    );
  }
  const categories = (repo.discussionCategories?.nodes ?? []).flatMap((c) => (c && typeof c.id === 'string' && typeof c.name === 'string' ? [{ id: c.id, name: c.name, slug: c.slug }] : []));
  const wanted = categoryName.toLowerCase();
  const category = categories.find((c) => c.name.toLowerCase() === wanted) ?? categories.find((c) => c.slug?.toLowerCase() === wanted);
  if (!category) {
    const names = categories.slice(0, MAX_NAMED).map((c) => `"${c.name.slice(0, MAX_NAME)}"`);
    const listed = `${names.join(', ')}${categories.length > MAX_NAMED ? ', …' : ''}`;
    throw new GitHubError(
      'notFound',
      names.length
        ? l10n.t('{0} has no discussion category "{1}". Set sprintFlow.standup.discussionCategory to one of its categories, or leave it empty to post to an issue thread. Its categories: {2}.', repo.nameWithOwner, categoryName, listed)
        : l10n.t('{0} has no discussion category "{1}". Set sprintFlow.standup.discussionCategory to one of its categories, or leave it empty to post to an issue thread.', repo.nameWithOwner, categoryName),
    );
  }
  return { viewer: data.viewer?.login ?? '', repositoryId: repo.id, categoryId: category.id };
}

async function findDiscussion(api: GitHubApi, repository: RepositoryName, target: StandupCategory, title: string) {
  const data = await api.graphql<{ repository: { discussions: ThreadNodes } | null }>(StandupDiscussionsQuery, {
    owner: repository.owner,
    name: repository.name,
    categoryId: target.categoryId,
  });
  return earliestTeamThread(threads(data.repository?.discussions), title, target.viewer);
}

async function standupDiscussion(api: GitHubApi, repository: RepositoryName, categoryName: string, iteration: string, options: { create: boolean }): Promise<ThreadLookup> {
  const title = standupThreadTitle(iteration);
  const target = await readCategory(api, repository, categoryName);
  const found = await findDiscussion(api, repository, target, title);
  if (found || !options.create) {
    return { thread: found && threadOf(found), created: false, notices: [] };
  }
  const data = await api.mutate<{ createDiscussion: { discussion: ThreadNode | null } | null }>(
    CreateStandupDiscussionMutation,
    { repositoryId: target.repositoryId, categoryId: target.categoryId, title, body: standupThreadBody(iteration) },
    NO_RETRY,
  );
  const [created] = threads({ nodes: [data.createDiscussion?.discussion ?? null] });
  if (!created) {
    throw new GitHubError('unexpected', l10n.t('GitHub did not return the standup discussion it created.'));
  }
  // Someone else may have created one in the same moment: read back, and keep the earliest.
  const canonical = (await findDiscussion(api, repository, target, title)) ?? created;
  if (canonical.id !== created.id) {
    await api.mutate(CloseDuplicateStandupDiscussionMutation, { discussionId: created.id }, NO_RETRY);
    return { thread: threadOf(canonical), created: false, notices: [] };
  }
  return { thread: threadOf(created), created: true, notices: [] };
}

async function postDiscussionComment(api: GitHubApi, discussionId: string, body: string): Promise<string | undefined> {
  const data = await api.mutate<{ addDiscussionComment: { comment: { url?: string } | null } | null }>(PostStandupDiscussionCommentMutation, { discussionId, body }, NO_RETRY);
  if (!data.addDiscussionComment?.comment) {
    throw new GitHubError('unexpected', l10n.t('GitHub did not say it stored the update.'));
  }
  return data.addDiscussionComment.comment.url;
}

/** Standups in a discussion per iteration, in the named category. */
export function standupDiscussions(api: GitHubApi, repository: RepositoryName, categoryName: string): StandupPlace {
  return {
    thread: (iteration, options) => standupDiscussion(api, repository, categoryName, iteration, options),
    recentComments: (threadId, options) => readRecentComments(api, StandupDiscussionCommentsQuery, threadId, options),
    post: (threadId, body) => postDiscussionComment(api, threadId, body),
  };
}
