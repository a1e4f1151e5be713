/** Repository discussions and their categories and comments, and the discussion mutations Sprint Flow sends. */
import { authorAssociation, canWriteRepo } from '../access';
import { connection } from '../connection';
import * as discussions from '../discussions';
import { escapeHtml } from '../escape';
import { DiscussionCategoryRec, DiscussionCommentRec, DiscussionRec, RepoRec } from '../model';
import { repoUrl } from '../urls';
import { Args, nodeOfKind, RequestContext, TypeResolvers } from './context';

const discussionUrl = (origin: string, d: DiscussionRec) => `${repoUrl(origin, d.repo)}/discussions/${d.number}`;
const commentUrl = (origin: string, c: DiscussionCommentRec) => `${discussionUrl(origin, c.discussion)}#discussioncomment-${c.databaseId}`;

/** Repository.discussions: categoryId, states, orderBy (default: most recently updated first), then paging. */
function selectDiscussions(repository: RepoRec, args: Args): DiscussionRec[] {
  const states: string[] = args.states ?? [];
  const selected = repository.discussions.filter(
    (d) =>
      (!args.categoryId || d.category.id === args.categoryId) &&
      (states.length === 0 || states.includes(d.closed ? 'CLOSED' : 'OPEN')) &&
      (args.answered === null || args.answered === undefined || !args.answered),
  );
  const order = args.orderBy ?? { field: 'UPDATED_AT', direction: 'DESC' };
  const key = (d: DiscussionRec) => (order.field === 'CREATED_AT' ? d.createdAt.getTime() : d.updatedAt.getTime());
  const sign = order.direction === 'DESC' ? -1 : 1;
  return selected.sort((a, b) => sign * (key(a) - key(b)) || sign * (a.number - b.number));
}

const repository: TypeResolvers<RepoRec> = {
  hasDiscussionsEnabled: (r) => r.hasDiscussionsEnabled,
  // GitHub lists no categories while Discussions are off.
  discussionCategories: (r, args) => connection(r.hasDiscussionsEnabled ? r.discussionCategories : [], args),
  discussionCategory: (r, { slug }) => (r.hasDiscussionsEnabled ? r.discussionCategories.find((c) => c.slug === slug) ?? null : null),
  discussions: (r, args) => connection(r.hasDiscussionsEnabled ? selectDiscussions(r, args) : [], args),
  discussion: (r, { number }) => r.discussions.find((d) => d.number === number) ?? null,
};

const discussion: TypeResolvers<DiscussionRec> = {
  url: (d, _args, context) => discussionUrl(context.origin, d),
  resourcePath: (d, _args, context) => new URL(discussionUrl(context.origin, d)).pathname,
  repository: (d) => d.repo,
  bodyText: (d) => d.body,
  bodyHTML: (d) => `<p>${escapeHtml(d.body)}</p>`,
  authorAssociation: (d) => authorAssociation(d.author, d.repo),
  comments: (d, args) => connection(d.comments, args),
  locked: () => false,
  isAnswered: () => false,
  upvoteCount: () => 0,
  viewerDidAuthor: (d, _args, context) => d.author === context.user,
  viewerCanUpdate: (d, _args, context) => d.author === context.user || canWriteRepo(d.repo, context),
};

const discussionComment: TypeResolvers<DiscussionCommentRec> = {
  url: (c, _args, context) => commentUrl(context.origin, c),
  resourcePath: (c, _args, context) => commentUrl(context.origin, c).slice(context.origin.length),
  bodyText: (c) => c.body,
  bodyHTML: (c) => `<p>${escapeHtml(c.body)}</p>`,
  authorAssociation: (c) => authorAssociation(c.author, c.discussion.repo),
  editor: (c) => c.editor ?? null,
  lastEditedAt: (c) => c.lastEditedAt ?? (c.editor ? c.updatedAt : null),
  includesCreatedEdit: (c) => !!(c.editor || c.lastEditedAt),
  isMinimized: (c) => !!c.minimizedReason,
  minimizedReason: (c) => c.minimizedReason ?? null,
  isAnswer: () => false,
  replies: (_c, args) => connection([], args),
  viewerDidAuthor: (c, _args, context) => c.author === context.user,
};

const payload = (input: Args, rest: object) => ({ clientMutationId: input.clientMutationId ?? null, ...rest });

export const discussionMutations: TypeResolvers<unknown> = {
  createDiscussion: (_root, { input }, context: RequestContext) => {
    const target = nodeOfKind(context, input.repositoryId, 'Repository');
    const category = nodeOfKind(context, input.categoryId, 'DiscussionCategory');
    return payload(input, { discussion: discussions.createDiscussion(context.state, context, target, category, { title: input.title, body: input.body }) });
  },
  addDiscussionComment: (_root, { input }, context: RequestContext) => {
    const target = nodeOfKind(context, input.discussionId, 'Discussion');
    return payload(input, { comment: discussions.addDiscussionComment(context.state, context, target, input.body) });
  },
  closeDiscussion: (_root, { input }, context: RequestContext) => {
    const target = nodeOfKind(context, input.discussionId, 'Discussion');
    return payload(input, { discussion: discussions.closeDiscussion(context.state, context, target, input.reason ?? 'RESOLVED') });
  },
};

export const discussionResolvers = {
  DiscussionCategory: { repository: (c: DiscussionCategoryRec) => c.repo, emojiHTML: (c: DiscussionCategoryRec) => `<div>${escapeHtml(c.emoji)}</div>` },
  Discussion: discussion,
  DiscussionComment: discussionComment,
};

/** Merged into the Repository resolvers of issues.ts. */
export const repositoryDiscussionResolvers = repository;
