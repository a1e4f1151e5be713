/** Fragments shared by the documents in this folder. Each document appends the ones it spreads. */

export const ProjectFieldsFragment = /* GraphQL */ `
fragment ProjectFields on ProjectV2 {
  id
  title
  url
  updatedAt
  fields(first: 50) {
    nodes {
      __typename
      ... on ProjectV2FieldCommon { id name dataType }
      ... on ProjectV2IterationField {
        configuration {
          iterations { id title startDate duration }
          completedIterations { id title startDate duration }
        }
      }
      ... on ProjectV2SingleSelectField { options { id name color description } }
    }
  }
}`;

/** Enough to tell whether a board changed since its items were read: items moved, added, removed or edited. */
export const BoardVersionFragment = /* GraphQL */ `
fragment BoardVersion on ProjectV2 {
  updatedAt
  items(first: 1) { totalCount }
}`;

export const FieldValueFragment = /* GraphQL */ `
fragment FieldValue on ProjectV2ItemFieldValue {
  __typename
  ... on ProjectV2ItemFieldIterationValue { iterationId field { ... on ProjectV2FieldCommon { id } } }
  ... on ProjectV2ItemFieldSingleSelectValue { optionId field { ... on ProjectV2FieldCommon { id } } }
  ... on ProjectV2ItemFieldNumberValue { number field { ... on ProjectV2FieldCommon { id } } }
}`;

/** The variables every document spreading SprintItem declares: the names of the fields it reads (itemFields.ts). */
export const ITEM_FIELD_VARIABLES = `$iterationField: String!, $statusField: String!, $hasStatus: Boolean!, $estimateField: String!, \
$hasEstimate: Boolean!, $workTypeField: String!, $hasWorkType: Boolean!, $goalField: String!, $hasGoalField: Boolean!`;

/**
 * An item with the values of only the fields Sprint Flow uses, each read by name: no connection to page however
 * many fields the board has, and no nested connection to pay for.
 */
export const SprintItemFragment = /* GraphQL */ `
fragment SprintItem on ProjectV2Item {
  id
  type
  isArchived
  content {
    __typename
    ... on Issue {
      id number title url updatedAt issueState: state
      repository { nameWithOwner }
      assignees(first: 10) { nodes { login } }
      labels(first: 20) { nodes { name } }
    }
    ... on PullRequest {
      id number title url updatedAt pullRequestState: state isDraft
      repository { nameWithOwner }
      assignees(first: 10) { nodes { login } }
      labels(first: 20) { nodes { name } }
    }
    ... on DraftIssue {
      id title updatedAt
      assignees(first: 10) { nodes { login } }
    }
  }
  iterationValue: fieldValueByName(name: $iterationField) { ...FieldValue }
  statusValue: fieldValueByName(name: $statusField) @include(if: $hasStatus) { ...FieldValue }
  estimateValue: fieldValueByName(name: $estimateField) @include(if: $hasEstimate) { ...FieldValue }
  workTypeValue: fieldValueByName(name: $workTypeField) @include(if: $hasWorkType) { ...FieldValue }
  goalValue: fieldValueByName(name: $goalField) @include(if: $hasGoalField) { ...FieldValue }
}
${FieldValueFragment}`;

export const RateLimitFragment = /* GraphQL */ `
fragment RateLimitCost on Query {
  rateLimit { cost remaining resetAt }
}`;

/**
 * A comment that may hold Sprint Flow records, with who wrote it and how GitHub associates them with the repository
 * (OWNER, MEMBER, COLLABORATOR: the team), who edited it last and when, and whether the team hid it and why: a record
 * counts only when its author is the person it names, on the team, nobody else edited it and nobody hid it as spam or
 * abuse.
 */
export const RecordCommentFragment = /* GraphQL */ `
fragment RecordComment on IssueComment {
  url
  body
  author { login }
  authorAssociation
  editor { login }
  lastEditedAt
  isMinimized
  minimizedReason
}`;
