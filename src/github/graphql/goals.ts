import { ITEM_FIELD_VARIABLES, RateLimitFragment, RecordCommentFragment, SprintItemFragment } from './fragments';

/**
 * An iteration item as the goals view reads it: the sprint item, plus the parent issue of a sub-issue (parents of
 * the iteration's sub-issues count as goals).
 */
const GoalCandidateFragment = /* GraphQL */ `
fragment GoalCandidate on ProjectV2Item {
  ...SprintItem
  content { ... on Issue { parent { id } } }
}
${SprintItemFragment}`;

/** The whole team's issues in the current iteration, filtered by GitHub (live-only items(query:)). */
export const GoalCandidatesQuery = /* GraphQL */ `
query GoalCandidates($projectId: ID!, $filter: String!, $after: String, ${ITEM_FIELD_VARIABLES}) {
  node(id: $projectId) {
    ... on ProjectV2 {
      items(first: 100, after: $after, query: $filter) {
        pageInfo { hasNextPage endCursor }
        nodes { ...GoalCandidate }
      }
    }
  }
  ...RateLimitCost
}
${GoalCandidateFragment}
${RateLimitFragment}`;

/** Fallback without items(query:): every item of the board, a page at a time, filtered here. */
export const GoalCandidatesPageQuery = /* GraphQL */ `
query GoalCandidatesPage($projectId: ID!, $after: String, ${ITEM_FIELD_VARIABLES}) {
  node(id: $projectId) {
    ... on ProjectV2 {
      items(first: 100, after: $after) {
        pageInfo { hasNextPage endCursor }
        nodes { ...GoalCandidate }
      }
    }
  }
  ...RateLimitCost
}
${GoalCandidateFragment}
${RateLimitFragment}`;

const GoalCommitFragment = /* GraphQL */ `
fragment GoalCommit on Commit {
  oid
  messageHeadline
  committedDate
  url
  repository { nameWithOwner }
}`;

const PullRequestCommitsFragment = /* GraphQL */ `
fragment PullRequestCommits on PullRequest {
  mergeCommit { ...GoalCommit }
  commits(last: 30) { nodes { commit { ...GoalCommit } } }
}`;

/** The timeline entries that bring commits to a goal, and the comments that may hold our goal links. */
const GoalTimelineFragment = /* GraphQL */ `
fragment GoalTimeline on Issue {
  timelineItems(first: 100, after: $timelineAfter, itemTypes: [REFERENCED_EVENT, CROSS_REFERENCED_EVENT, CONNECTED_EVENT, CLOSED_EVENT, ISSUE_COMMENT]) {
    pageInfo { hasNextPage endCursor }
    nodes {
      __typename
      ... on ReferencedEvent { createdAt commit { ...GoalCommit } }
      ... on CrossReferencedEvent { createdAt source { __typename ... on PullRequest { ...PullRequestCommits } } }
      ... on ConnectedEvent { createdAt source { __typename ... on PullRequest { ...PullRequestCommits } } }
      ... on ClosedEvent {
        createdAt
        closer { __typename ... on Commit { ...GoalCommit } ... on PullRequest { mergeCommit { ...GoalCommit } } }
      }
      ... on IssueComment { createdAt ...RecordComment }
    }
  }
}
${PullRequestCommitsFragment}
${GoalCommitFragment}
${RecordCommentFragment}`;

/** Every goal with its progress and its commit-bearing timeline, all goals in one request. */
export const GoalDetailsQuery = /* GraphQL */ `
query GoalDetails($ids: [ID!]!, $timelineAfter: String) {
  nodes(ids: $ids) {
    __typename
    ... on Issue {
      id number title url state
      repository { nameWithOwner }
      assignees(first: 10) { nodes { login } }
      subIssuesSummary { total completed }
      ...GoalTimeline
    }
  }
  ...RateLimitCost
}
${GoalTimelineFragment}
${RateLimitFragment}`;

/** One issue by OWNER/REPO#N, for linking a commit to a goal the goals view has not loaded. */
export const GoalIssueQuery = /* GraphQL */ `
query GoalIssue($owner: String!, $name: String!, $number: Int!) {
  repository(owner: $owner, name: $name) {
    issue(number: $number) { id number title url state repository { nameWithOwner } }
  }
}`;

export const GoalLinkCommentMutation = /* GraphQL */ `
mutation GoalLinkComment($subjectId: ID!, $body: String!) {
  addComment(input: { subjectId: $subjectId, body: $body }) {
    commentEdge { node { id url } }
  }
}`;

/**
 * The goal's latest comments and who is signed in: before a goal link is posted again (a retry, or the command run
 * twice), Sprint Flow looks for the link it may already have written, since adding a comment is not idempotent.
 */
export const GoalLinkCommentsQuery = /* GraphQL */ `
query GoalLinkComments($id: ID!) {
  viewer { login }
  node(id: $id) {
    ... on Issue { comments(last: 100) { nodes { ...RecordComment } } }
  }
}
${RecordCommentFragment}`;
