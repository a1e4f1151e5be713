import { RateLimitFragment } from '../graphql/fragments';

/** The standup thread: find the iteration's issue, read its newest comments, create it, post an update. */

const StandupThreadFragment = /* GraphQL */ `
fragment StandupThread on Issue {
  id
  number
  title
  url
  state
  createdAt
  author { login }
  authorAssociation
}`;

/** A comment as every standup reader needs it: what GitHub says about its author decides whether its update counts. */
export const StandupCommentFragment = /* GraphQL */ `
fragment StandupComment on Comment {
  createdAt
  body
  authorAssociation
  author { login }
  editor { login }
  lastEditedAt
  ... on Minimizable { isMinimized minimizedReason }
}`;

/** The repository, the standup label, and the issues carrying it, newest first: one read per post or view. */
export const StandupThreadsQuery = /* GraphQL */ `
query StandupThreads($owner: String!, $name: String!, $label: String!) {
  viewer { login }
  repository(owner: $owner, name: $name) {
    id
    nameWithOwner
    viewerPermission
    label(name: $label) { id }
    issues(first: 100, labels: [$label], orderBy: { field: CREATED_AT, direction: DESC }) {
      nodes { ...StandupThread }
    }
  }
  ...RateLimitCost
}
${RateLimitFragment}
${StandupThreadFragment}`;

/** Recent issues by title, for a thread that had to be created without the label. */
export const RecentStandupThreadsQuery = /* GraphQL */ `
query RecentStandupThreads($owner: String!, $name: String!) {
  repository(owner: $owner, name: $name) {
    issues(first: 100, orderBy: { field: CREATED_AT, direction: DESC }) {
      nodes { ...StandupThread }
    }
  }
}
${StandupThreadFragment}`;

/**
 * A page of the thread's comments, newest first (`last` before a cursor), with what GitHub says about each author:
 * an update counts only when its author is its person and on the team.
 */
export const StandupCommentsQuery = /* GraphQL */ `
query StandupComments($threadId: ID!, $before: String, $count: Int!) {
  node(id: $threadId) {
    ... on Issue {
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

export const CreateStandupThreadMutation = /* GraphQL */ `
mutation CreateStandupThread($repositoryId: ID!, $title: String!, $body: String!, $labelIds: [ID!]) {
  createIssue(input: { repositoryId: $repositoryId, title: $title, body: $body, labelIds: $labelIds }) {
    issue { ...StandupThread }
  }
}
${StandupThreadFragment}`;

export const CreateStandupLabelMutation = /* GraphQL */ `
mutation CreateStandupLabel($repositoryId: ID!, $name: String!, $color: String!, $description: String) {
  createLabel(input: { repositoryId: $repositoryId, name: $name, color: $color, description: $description }) {
    label { id }
  }
}`;

/** Two people who created the iteration's thread at the same moment: the later one closes its own as a duplicate. */
export const CloseDuplicateStandupThreadMutation = /* GraphQL */ `
mutation CloseDuplicateStandupThread($issueId: ID!) {
  closeIssue(input: { issueId: $issueId, stateReason: DUPLICATE }) {
    issue { id }
  }
}`;

export const PostStandupUpdateMutation = /* GraphQL */ `
mutation PostStandupUpdate($issueId: ID!, $body: String!) {
  addComment(input: { subjectId: $issueId, body: $body }) {
    commentEdge { node { url } }
  }
}`;
