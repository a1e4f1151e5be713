import { RateLimitFragment, RecordCommentFragment } from './fragments';

/** Documents for flagging and resolving blockers. */

export const SetItemStatusMutation = /* GraphQL */ `
mutation SetItemStatus($projectId: ID!, $itemId: ID!, $fieldId: ID!, $optionId: String!) {
  updateProjectV2ItemFieldValue(input: { projectId: $projectId, itemId: $itemId, fieldId: $fieldId, value: { singleSelectOptionId: $optionId } }) {
    projectV2Item { id }
  }
}`;

export const ClearItemStatusMutation = /* GraphQL */ `
mutation ClearItemStatus($projectId: ID!, $itemId: ID!, $fieldId: ID!) {
  clearProjectV2ItemFieldValue(input: { projectId: $projectId, itemId: $itemId, fieldId: $fieldId }) {
    projectV2Item { id }
  }
}`;

/** The item's current status (someone may have moved it since it was flagged) and its content's id. */
export const ItemStatusQuery = /* GraphQL */ `
query ItemStatus($itemId: ID!, $statusField: String!) {
  node(id: $itemId) {
    ... on ProjectV2Item {
      id
      project { id }
      fieldValueByName(name: $statusField) {
        ... on ProjectV2ItemFieldSingleSelectValue { optionId name }
      }
    }
  }
}`;

export const RepositoryLabelQuery = /* GraphQL */ `
query RepositoryLabel($owner: String!, $name: String!, $label: String!) {
  repository(owner: $owner, name: $name) {
    label(name: $label) { id name }
  }
}`;

export const AddLabelsMutation = /* GraphQL */ `
mutation AddLabels($labelableId: ID!, $labelIds: [ID!]!) {
  addLabelsToLabelable(input: { labelableId: $labelableId, labelIds: $labelIds }) { clientMutationId }
}`;

export const RemoveLabelsMutation = /* GraphQL */ `
mutation RemoveLabels($labelableId: ID!, $labelIds: [ID!]!) {
  removeLabelsFromLabelable(input: { labelableId: $labelableId, labelIds: $labelIds }) { clientMutationId }
}`;

export const AddCommentMutation = /* GraphQL */ `
mutation AddComment($subjectId: ID!, $body: String!) {
  addComment(input: { subjectId: $subjectId, body: $body }) {
    commentEdge { node { id url } }
  }
}`;

export const DraftIssueBodyQuery = /* GraphQL */ `
query DraftIssueBody($draftId: ID!) {
  node(id: $draftId) {
    ... on DraftIssue { id body }
  }
}`;

export const UpdateDraftIssueBodyMutation = /* GraphQL */ `
mutation UpdateDraftIssueBody($draftId: ID!, $body: String!) {
  updateProjectV2DraftIssue(input: { draftIssueId: $draftId, body: $body }) {
    draftIssue { id }
  }
}`;

export const IssueIdQuery = /* GraphQL */ `
query IssueId($owner: String!, $name: String!, $number: Int!) {
  repository(owner: $owner, name: $name) {
    issue(number: $number) { id }
  }
}`;

/** The latest comments (and a draft's body) of items, where blocker markers live, with who wrote them. */
export const ItemCommentsQuery = /* GraphQL */ `
query ItemComments($ids: [ID!]!) {
  nodes(ids: $ids) {
    __typename
    ... on Issue { id comments(last: 30) { pageInfo { hasPreviousPage startCursor } nodes { ...RecordComment } } }
    ... on PullRequest { id comments(last: 30) { pageInfo { hasPreviousPage startCursor } nodes { ...RecordComment } } }
    ... on DraftIssue { id body }
  }
  ...RateLimitCost
}
${RecordCommentFragment}
${RateLimitFragment}`;

/** Older comments of one blocked item, when its open flag is further back than the latest 30. */
export const ItemEarlierCommentsQuery = /* GraphQL */ `
query ItemEarlierComments($id: ID!, $before: String!) {
  node(id: $id) {
    ... on Issue { comments(last: 100, before: $before) { pageInfo { hasPreviousPage startCursor } nodes { ...RecordComment } } }
    ... on PullRequest { comments(last: 100, before: $before) { pageInfo { hasPreviousPage startCursor } nodes { ...RecordComment } } }
  }
  ...RateLimitCost
}
${RecordCommentFragment}
${RateLimitFragment}`;

/** Whether the server has GitHub's native issue dependencies (not in the published schema yet). */
export const MutationNamesQuery = /* GraphQL */ `
query MutationNames {
  __type(name: "Mutation") { fields { name } }
}`;

export const AddBlockedByMutation = /* GraphQL */ `
mutation AddBlockedBy($issueId: ID!, $blockingIssueId: ID!) {
  addBlockedBy(input: { issueId: $issueId, blockingIssueId: $blockingIssueId }) { clientMutationId }
}`;

export const RemoveBlockedByMutation = /* GraphQL */ `
mutation RemoveBlockedBy($issueId: ID!, $blockingIssueId: ID!) {
  removeBlockedBy(input: { issueId: $issueId, blockingIssueId: $blockingIssueId }) { clientMutationId }
}`;
