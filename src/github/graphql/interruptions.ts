import { RateLimitFragment, RecordCommentFragment } from './fragments';

/** The team's interruption log: find the iteration's log issue, read its entries, create it, add an entry. */

const TeamLogIssueFragment = /* GraphQL */ `
fragment TeamLogIssue on Issue {
  id
  number
  title
  url
  author { login }
  authorAssociation
}`;

/** Who is signed in, the repository, the log label, and the issues carrying it, newest first: one read per sync. */
export const InterruptionLogIssuesQuery = /* GraphQL */ `
query InterruptionLogIssues($owner: String!, $name: String!, $label: String!) {
  viewer { login }
  repository(owner: $owner, name: $name) {
    id
    nameWithOwner
    viewerPermission
    label(name: $label) { id }
    issues(first: 100, labels: [$label], orderBy: { field: CREATED_AT, direction: DESC }) {
      nodes { ...TeamLogIssue }
    }
  }
  ...RateLimitCost
}
${RateLimitFragment}
${TeamLogIssueFragment}`;

/** Recent issues by title, for a log issue that had to be created without the label. */
export const RecentIssueTitlesQuery = /* GraphQL */ `
query RecentIssueTitles($owner: String!, $name: String!) {
  repository(owner: $owner, name: $name) {
    issues(first: 100, orderBy: { field: CREATED_AT, direction: DESC }) {
      nodes { ...TeamLogIssue }
    }
  }
}
${TeamLogIssueFragment}`;

/** A page of the log issue's comments, to find entries already sent. */
export const InterruptionLogCommentsQuery = /* GraphQL */ `
query InterruptionLogComments($issueId: ID!, $after: String) {
  node(id: $issueId) {
    ... on Issue {
      comments(first: 100, after: $after) {
        pageInfo { hasNextPage endCursor }
        nodes { ...RecordComment }
      }
    }
  }
  ...RateLimitCost
}
${RecordCommentFragment}
${RateLimitFragment}`;

export const CreateInterruptionLogMutation = /* GraphQL */ `
mutation CreateInterruptionLog($repositoryId: ID!, $title: String!, $body: String!, $labelIds: [ID!]) {
  createIssue(input: { repositoryId: $repositoryId, title: $title, body: $body, labelIds: $labelIds }) {
    issue { ...TeamLogIssue }
  }
}
${TeamLogIssueFragment}`;

export const CreateInterruptionLogLabelMutation = /* GraphQL */ `
mutation CreateInterruptionLogLabel($repositoryId: ID!, $name: String!, $color: String!, $description: String) {
  createLabel(input: { repositoryId: $repositoryId, name: $name, color: $color, description: $description }) {
    label { id }
  }
}`;

/**
 * Entries per request. Batching is what makes a backlog fast: writes go a second apart, as GitHub asks, so one
 * comment per request takes 17 minutes for 1,000 entries. GitHub's published limits on content creation count
 * requests (80 a minute, 500 an hour): 20 comments a request sends 1,000 entries in 50 requests, a tenth of that hour,
 * and keeps one request to a few seconds of GitHub's work, inside the 10 seconds after which GitHub stops a request.
 * It also bounds what a lost answer leaves in doubt, which the next sync reads back before sending anything.
 */
export const MAX_ENTRIES_PER_REQUEST = 20;

/**
 * Several entries in one request: one aliased addComment each (`entry0`, `entry1`, ...) on the same log issue.
 * GitHub runs them in order and answers for each; when one fails, the others' comments are still in the answer.
 */
export function addInterruptionCommentsMutation(count: number): string {
  const indexes = Array.from({ length: count }, (_, i) => i);
  return [
    `mutation AddInterruptionComments($issueId: ID!, ${indexes.map((i) => `$body${i}: String!`).join(', ')}) {`,
    ...indexes.map((i) => `  entry${i}: addComment(input: { subjectId: $issueId, body: $body${i} }) { commentEdge { node { url } } }`),
    '}',
  ].join('\n');
}

/** The largest batch, registered for the contract test; smaller batches are the same document with fewer aliases. */
export const AddInterruptionCommentsMutation = addInterruptionCommentsMutation(MAX_ENTRIES_PER_REQUEST);
