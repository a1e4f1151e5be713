/**
 * GitHub Discussions: categories of a repository, discussions in them, one level of comments. Builders for fixtures
 * and the writes GraphQL accepts (createDiscussion, addDiscussionComment, closeDiscussion), checked like issues'.
 */
import { GitHubError, requireAuthorOrWriter, requireRepoParticipation, Viewer } from './access';
import { DiscussionCategoryRec, DiscussionCommentRec, DiscussionRec, RepoRec, UserRec } from './model';
import { GitHubState } from './state';

/** The categories GitHub gives a repository when Discussions are turned on. */
export const DEFAULT_DISCUSSION_CATEGORIES = ['Announcements', 'General', 'Ideas', 'Polls', 'Q&A', 'Show and tell'];

const MAX_BODY_LENGTH = 65_536;

function slugOf(name: string): string {
  let slug = '';
  for (const c of name.toLowerCase()) {
    slug += /[a-z0-9]/.test(c) ? c : slug.endsWith('-') ? '' : '-';
  }
  return slug.replace(/^-|-$/g, '');
}

/** Turns Discussions on with GitHub's default categories and any more named. */
export function enableDiscussions(state: GitHubState, repository: RepoRec, extraCategories: readonly string[] = []): void {
  repository.hasDiscussionsEnabled = true;
  for (const name of [...DEFAULT_DISCUSSION_CATEGORIES, ...extraCategories]) {
    if (!repository.discussionCategories.some((c) => c.name === name)) discussionCategory(state, repository, name);
  }
}

export function discussionCategory(state: GitHubState, repository: RepoRec, name: string): DiscussionCategoryRec {
  const databaseId = state.nextDatabaseId();
  const record = state.register<DiscussionCategoryRec>({
    kind: 'DiscussionCategory',
    id: state.newNodeId('DiscussionCategory', databaseId),
    repo: repository,
    name,
    slug: slugOf(name),
    emoji: ':speech_balloon:',
    description: null,
    isAnswerable: name === 'Q&A',
    createdAt: state.now(),
    updatedAt: state.now(),
  });
  repository.discussionCategories.push(record);
  return record;
}

export function discussion(
  state: GitHubState,
  category: DiscussionCategoryRec,
  opts: { title: string; author: UserRec; body?: string; createdAt?: Date },
): DiscussionRec {
  const databaseId = state.nextDatabaseId();
  const createdAt = opts.createdAt ?? state.now();
  const repository = category.repo;
  const record = state.register<DiscussionRec>({
    kind: 'Discussion',
    id: state.newNodeId('Discussion', databaseId),
    databaseId,
    repo: repository,
    category,
    number: repository.discussions.length + 1,
    title: opts.title,
    body: opts.body ?? '',
    author: opts.author,
    closed: false,
    stateReason: null,
    createdAt,
    updatedAt: createdAt,
    closedAt: null,
    comments: [],
  });
  repository.discussions.push(record);
  return record;
}

export function discussionComment(state: GitHubState, target: DiscussionRec, opts: { body: string; author: UserRec; createdAt?: Date }): DiscussionCommentRec {
  const databaseId = state.nextDatabaseId();
  const createdAt = opts.createdAt ?? state.now();
  const record = state.register<DiscussionCommentRec>({
    kind: 'DiscussionComment',
    id: state.newNodeId('DiscussionComment', databaseId),
    databaseId,
    discussion: target,
    author: opts.author,
    body: opts.body,
    createdAt,
    updatedAt: createdAt,
  });
  target.comments.push(record);
  target.updatedAt = createdAt;
  return record;
}

function requireDiscussions(repository: RepoRec): void {
  if (!repository.hasDiscussionsEnabled) {
    throw new GitHubError('UNPROCESSABLE', 'Discussions are disabled for this repository.');
  }
}

function requireBody(body: string): void {
  if (!body.trim()) throw new GitHubError('UNPROCESSABLE', "Body can't be blank");
  if (body.length > MAX_BODY_LENGTH) throw new GitHubError('UNPROCESSABLE', `Body is too long (maximum is ${MAX_BODY_LENGTH} characters)`);
}

export function createDiscussion(
  state: GitHubState,
  viewer: Viewer,
  repository: RepoRec,
  category: DiscussionCategoryRec,
  fields: { title: string; body: string },
): DiscussionRec {
  requireRepoParticipation(repository, viewer, 'CreateDiscussion');
  requireDiscussions(repository);
  if (category.repo !== repository) {
    throw new GitHubError('NOT_FOUND', `Could not resolve to a DiscussionCategory with the global id of '${category.id}'`);
  }
  if (!fields.title.trim()) throw new GitHubError('UNPROCESSABLE', "Title can't be blank");
  requireBody(fields.body);
  return discussion(state, category, { title: fields.title, body: fields.body, author: viewer.user, createdAt: state.now() });
}

export function addDiscussionComment(state: GitHubState, viewer: Viewer, target: DiscussionRec, body: string): DiscussionCommentRec {
  requireRepoParticipation(target.repo, viewer, 'AddDiscussionComment');
  requireDiscussions(target.repo);
  requireBody(body);
  return discussionComment(state, target, { body, author: viewer.user, createdAt: state.now() });
}

export function closeDiscussion(state: GitHubState, viewer: Viewer, target: DiscussionRec, reason: DiscussionRec['stateReason']): DiscussionRec {
  requireAuthorOrWriter(target.author, target.repo, viewer, 'CloseDiscussion');
  target.closed = true;
  target.stateReason = reason;
  target.closedAt = state.now();
  target.updatedAt = target.closedAt;
  return target;
}
