/** Documents for the sprint review: project status updates, and the review's items with their history. */
import { RateLimitFragment } from './fragments';

const StatusUpdateFragment = /* GraphQL */ `
fragment StatusUpdate on ProjectV2StatusUpdate {
  id
  createdAt
  body
  status
  startDate
  targetDate
  creator { login }
}`;

/** The project's status updates, newest first: sprint-start snapshots and published reviews among them. */
export const ProjectStatusUpdatesQuery = /* GraphQL */ `
query ProjectStatusUpdates($projectId: ID!, $after: String) {
  node(id: $projectId) {
    ... on ProjectV2 {
      statusUpdates(first: 100, after: $after, orderBy: { field: CREATED_AT, direction: DESC }) {
        pageInfo { hasNextPage endCursor }
        nodes { ...StatusUpdate }
      }
    }
  }
  ...RateLimitCost
}
${StatusUpdateFragment}
${RateLimitFragment}`;

export const CreateStatusUpdateMutation = /* GraphQL */ `
mutation CreateStatusUpdate($projectId: ID!, $body: String!, $startDate: Date, $targetDate: Date, $status: ProjectV2StatusUpdateStatus) {
  createProjectV2StatusUpdate(input: { projectId: $projectId, body: $body, startDate: $startDate, targetDate: $targetDate, status: $status }) {
    statusUpdate { ...StatusUpdate }
  }
}
${StatusUpdateFragment}`;

/** Takes back a sprint-start snapshot that lost a race to an earlier one. */
export const DeleteStatusUpdateMutation = /* GraphQL */ `
mutation DeleteStatusUpdate($id: ID!) {
  deleteProjectV2StatusUpdate(input: { statusUpdateId: $id }) { deletedStatusUpdateId }
}`;

const reviewContent = (timeline: string, events: string) => /* GraphQL */ `
  content {
    __typename
    ... on Issue {
      id number title url issueState: state closedAt
      repository { nameWithOwner }
      assignees(first: 10) { nodes { login } }
      labels(first: 20) { nodes { name } }
      parent { id }
      timelineItems(first: 100, itemTypes: [CLOSED_EVENT, REOPENED_EVENT${timeline}]) {
        nodes { __typename ... on ClosedEvent { createdAt } ... on ReopenedEvent { createdAt }${events} }
      }
    }
    ... on PullRequest {
      id number title url pullRequestState: state closedAt mergedAt
      repository { nameWithOwner }
      assignees(first: 10) { nodes { login } }
      labels(first: 20) { nodes { name } }
      timelineItems(first: 100, itemTypes: [CLOSED_EVENT, REOPENED_EVENT, MERGED_EVENT${timeline}]) {
        nodes { __typename ... on ClosedEvent { createdAt } ... on ReopenedEvent { createdAt } ... on MergedEvent { createdAt }${events} }
      }
    }
    ... on DraftIssue { id title assignees(first: 10) { nodes { login } } }
  }`;

const reviewItems = (name: string, timeline: string, events: string) => /* GraphQL */ `
query ${name}($ids: [ID!]!, $statusField: String!, $iterationField: String!, $estimateField: String!) {
  nodes(ids: $ids) {
    ... on ProjectV2Item {
      id
      createdAt
      status: fieldValueByName(name: $statusField) { ... on ProjectV2ItemFieldSingleSelectValue { optionId updatedAt } }
      iteration: fieldValueByName(name: $iterationField) { ... on ProjectV2ItemFieldIterationValue { iterationId updatedAt } }
      estimate: fieldValueByName(name: $estimateField) { ... on ProjectV2ItemFieldNumberValue { number } }
      ${reviewContent(timeline, events)}
    }
  }
  ...RateLimitCost
}
${RateLimitFragment}`;

/** Up to 100 project items by id, with when their Status and iteration were last set and their close/reopen history. */
export const ReviewItemsQuery = reviewItems('ReviewItems', '', '');

/** The same with the project-item history github.com records (Status changes on the timeline): live-only. */
export const ReviewItemsWithHistoryQuery = reviewItems(
  'ReviewItemsWithHistory',
  ', PROJECT_V2_ITEM_STATUS_CHANGED_EVENT',
  ' ... on ProjectV2ItemStatusChangedEvent { createdAt status project { id } }',
);

/** Whether the server records Status changes of project items on their issue's timeline. */
export const ProjectItemHistoryTypeQuery = /* GraphQL */ `
query ProjectItemHistoryType {
  __type(name: "ProjectV2ItemStatusChangedEvent") { name }
}`;
