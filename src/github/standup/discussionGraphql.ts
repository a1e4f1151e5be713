import { RateLimitFragment } from '../graphql/fragments';
import { StandupCommentFragment } from './graphql';

/** The standup thread as a GitHub Discussion in a category the team chose: the same reads and writes as the issue's. */

const StandupDiscussionFragment = /* GraphQL */ `
fragment StandupDiscussion on Discussion {
  id
  number
  title
  url
  createdAt
  author { login }
  authorAssociation
}`;

/** Who I am, the repository, whether Discussions are on, and its categories (a repository has at most a few dozen). */
export const StandupDiscussionCategoriesQuery = /* GraphQL */ `
query StandupDiscussionCategories($owner: String!, $name: String!) {
  viewer { login }
  repository(owner: $owner, name: $name) {
    id
    nameWithOwner
    hasDiscussionsEnabled
    discussionCategories(first: 100) {
      nodes { id name slug }
    }
  }
  ...RateLimitCost
}
${RateLimitFragment}`;

/** The category's discussions, newest first: the iteration's thread is among the recent ones. */
export const StandupDiscussionsQuery = /* GraphQL */ `
query StandupDiscussions($owner: String!, $name: String!, $categoryId: ID!) {
  repository(owner: $owner, name: $name) {
    discussions(first: 100, categoryId: $categoryId, orderBy: { field: CREATED_AT, direction: DESC }) {
      nodes { ...StandupDiscussion }
    }
  }
  ...RateLimitCost
}
${RateLimitFragment}
${StandupDiscussionFragment}`;

/** A page of the discussion's comments, newest first, shaped as StandupComments' page of an issue. */
export const StandupDiscussionCommentsQuery = /* GraphQL */ `
query StandupDiscussionComments($threadId: ID!, $before: String, $count: Int!) {
  node(id: $threadId) {
    ... on Discussion {
      url
      comments(last: $count, before: $before) {
        pageInfo { hasPreviousPage startCursor }
        nodes { url ...StandupComment }
      }
    }
  }
  ...RateLimitCost
}
${RateLimitFragment}
${StandupCommentFragment}`;

export const CreateStandupDiscussionMutation = /* GraphQL */ `
mutation CreateStandupDiscussion($repositoryId: ID!, $categoryId: ID!, $title: String!, $body: String!) {
  createDiscussion(input: { repositoryId: $repositoryId, categoryId: $categoryId, title: $title, body: $body }) {
    discussion { ...StandupDiscussion }
  }
}
${StandupDiscussionFragment}`;

/** Two people who created the iteration's discussion at the same moment: the later one closes its own as a duplicate. */
export const CloseDuplicateStandupDiscussionMutation = /* GraphQL */ `
mutation CloseDuplicateStandupDiscussion($discussionId: ID!) {
  closeDiscussion(input: { discussionId: $discussionId, reason: DUPLICATE }) {
    discussion { id }
  }
}`;

export const PostStandupDiscussionCommentMutation = /* GraphQL */ `
mutation PostStandupDiscussionComment($discussionId: ID!, $body: String!) {
  addDiscussionComment(input: { discussionId: $discussionId, body: $body }) {
    comment { url }
  }
}`;
