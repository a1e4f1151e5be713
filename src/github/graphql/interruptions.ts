/** The team's interruption log: find the iteration's log issue, read its entries, create it, add an entry. */

const TeamLogIssueFragment = /* GraphQL */ `
fragment TeamLogIssue on Issue {
  id
  number
  title
  url
}`;

/** The repository, the log label, and the issues carrying it, newest first: one read per sync. */
export const InterruptionLogIssuesQuery = /* GraphQL */ `
query InterruptionLogIssues($owner: String!, $name: String!, $label: String!) {
  repository(owner: $owner, name: $name) {
    id
    nameWithOwner
    viewerPermission
    label(name: $label) { id }
    issues(first: 100, labels: [$label], orderBy: { field: CREATED_AT, direction: DESC }) {
      nodes { ...TeamLogIssue }
    }
  }
}
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
        nodes { url body }
      }
    }
  }
}`;

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

export const AddInterruptionCommentMutation = /* GraphQL */ `
mutation AddInterruptionComment($issueId: ID!, $body: String!) {
  addComment(input: { subjectId: $issueId, body: $body }) {
    commentEdge { node { url } }
  }
}`;
