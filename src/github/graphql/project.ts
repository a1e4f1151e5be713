import { BoardVersionFragment, ITEM_FIELD_VARIABLES, ProjectFieldsFragment, RateLimitFragment, SprintItemFragment } from './fragments';

/** The board by owner and number (organization or user, resolved in one request), and who is signed in. */
export const ProjectBoardQuery = /* GraphQL */ `
query ProjectBoard($owner: String!, $number: Int!) {
  viewer { login }
  repositoryOwner(login: $owner) {
    __typename
    ... on ProjectV2Owner {
      projectV2(number: $number) { ...ProjectFields ...BoardVersion }
    }
  }
  ...RateLimitCost
}
${ProjectFieldsFragment}
${BoardVersionFragment}
${RateLimitFragment}`;

/**
 * A refresh that knows the board from the sprint on screen: its fields and the first page of my items in one
 * request. The page is small enough to keep the cost at 2 points (each item brings five nested connections:
 * assignees and labels of an issue or a pull request, a draft's assignees); MySprintItems reads on from its cursor
 * when I have more. Sent only where items(query:) exists.
 */
export const BoardAndMySprintItemsQuery = /* GraphQL */ `
query BoardAndMySprintItems($projectId: ID!, $filter: String!, ${ITEM_FIELD_VARIABLES}) {
  viewer { login }
  node(id: $projectId) {
    ... on ProjectV2 {
      ...ProjectFields
      items(first: 30, query: $filter) {
        pageInfo { hasNextPage endCursor }
        nodes { ...SprintItem }
      }
    }
  }
  ...RateLimitCost
}
${ProjectFieldsFragment}
${SprintItemFragment}
${RateLimitFragment}`;

/**
 * Without items(query:): whether the board changed since its items were read, and my known items read again by id
 * so that their own changes (title, assignees, state, a new comment) show even when the board's did not.
 */
export const BoardChangeCheckQuery = /* GraphQL */ `
query BoardChangeCheck($projectId: ID!, $itemIds: [ID!]!, ${ITEM_FIELD_VARIABLES}) {
  viewer { login }
  node(id: $projectId) {
    ... on ProjectV2 { ...ProjectFields ...BoardVersion }
  }
  nodes(ids: $itemIds) {
    ... on ProjectV2Item { ...SprintItem }
  }
  ...RateLimitCost
}
${ProjectFieldsFragment}
${BoardVersionFragment}
${SprintItemFragment}
${RateLimitFragment}`;

/** Fallback when the server has no items(query:): every item of the board, a page at a time. */
export const ProjectItemsPageQuery = /* GraphQL */ `
query ProjectItemsPage($projectId: ID!, $after: String, ${ITEM_FIELD_VARIABLES}) {
  node(id: $projectId) {
    ... on ProjectV2 {
      items(first: 100, after: $after) {
        pageInfo { hasNextPage endCursor }
        nodes { ...SprintItem }
      }
    }
  }
  ...RateLimitCost
}
${SprintItemFragment}
${RateLimitFragment}`;

/**
 * My items in the current iteration, filtered by GitHub. Uses the items(query:) argument that github.com accepts
 * but the published schema does not declare yet, so it is sent only after ProjectItemsArguments found it.
 */
export const MySprintItemsQuery = /* GraphQL */ `
query MySprintItems($projectId: ID!, $filter: String!, $after: String, ${ITEM_FIELD_VARIABLES}) {
  node(id: $projectId) {
    ... on ProjectV2 {
      items(first: 100, after: $after, query: $filter) {
        pageInfo { hasNextPage endCursor }
        nodes { ...SprintItem }
      }
    }
  }
  ...RateLimitCost
}
${SprintItemFragment}
${RateLimitFragment}`;
