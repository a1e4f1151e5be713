/** Documents for the team report: the board's items in the chosen iterations, their comments, and the team logs. */
import { ITEM_FIELD_VARIABLES, RateLimitFragment, RecordCommentFragment, SprintItemFragment } from './fragments';

/** An item as the report reads it: the sprint item, the parent of a sub-issue, and its repository's id. */
const ReportItemFragment = /* GraphQL */ `
fragment ReportItem on ProjectV2Item {
  ...SprintItem
  content {
    ... on Issue { parent { id } repository { id } }
    ... on PullRequest { repository { id } }
  }
}
${SprintItemFragment}`;

/** The items of the chosen iterations, filtered by GitHub (live-only items(query:)). */
export const ReportItemsQuery = /* GraphQL */ `
query ReportItems($projectId: ID!, $filter: String!, $after: String, ${ITEM_FIELD_VARIABLES}) {
  node(id: $projectId) {
    ... on ProjectV2 {
      items(first: 100, after: $after, query: $filter) {
        pageInfo { hasNextPage endCursor }
        nodes { ...ReportItem }
      }
    }
  }
  ...RateLimitCost
}
${ReportItemFragment}
${RateLimitFragment}`;

/** Fallback without items(query:): every item of the board, a page at a time, filtered here. */
export const ReportItemsPageQuery = /* GraphQL */ `
query ReportItemsPage($projectId: ID!, $after: String, ${ITEM_FIELD_VARIABLES}) {
  node(id: $projectId) {
    ... on ProjectV2 {
      items(first: 100, after: $after) {
        pageInfo { hasNextPage endCursor }
        nodes { ...ReportItem }
      }
    }
  }
  ...RateLimitCost
}
${ReportItemFragment}
${RateLimitFragment}`;

/** Every comment of up to 100 items (a draft's body), where blocker flags and resolutions live. */
export const ReportItemCommentsQuery = /* GraphQL */ `
query ReportItemComments($ids: [ID!]!) {
  nodes(ids: $ids) {
    __typename
    ... on Issue { id comments(first: 100) { pageInfo { hasNextPage endCursor } nodes { ...RecordComment } } }
    ... on PullRequest { id comments(first: 100) { pageInfo { hasNextPage endCursor } nodes { ...RecordComment } } }
    ... on DraftIssue { id body }
  }
  ...RateLimitCost
}
${RecordCommentFragment}
${RateLimitFragment}`;

/** More comments of one item with over 100 (rare). */
export const ReportItemCommentsPageQuery = /* GraphQL */ `
query ReportItemCommentsPage($id: ID!, $after: String) {
  node(id: $id) {
    ... on Issue { comments(first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { ...RecordComment } } }
    ... on PullRequest { comments(first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { ...RecordComment } } }
  }
  ...RateLimitCost
}
${RecordCommentFragment}
${RateLimitFragment}`;

/** The team log issues of several repositories, with their first 100 comments each. */
export const TeamLogEntriesQuery = /* GraphQL */ `
query TeamLogEntries($repositoryIds: [ID!]!, $label: String!) {
  nodes(ids: $repositoryIds) {
    ... on Repository {
      id
      nameWithOwner
      issues(first: 100, labels: [$label], orderBy: { field: CREATED_AT, direction: DESC }) {
        nodes {
          id
          title
          author { login }
          authorAssociation
          comments(first: 100) { pageInfo { hasNextPage endCursor } nodes { ...RecordComment } }
        }
      }
    }
  }
  ...RateLimitCost
}
${RecordCommentFragment}
${RateLimitFragment}`;
