/** Who is starting work: the node id that assigning needs. */
export const StartWorkViewerQuery = /* GraphQL */ `
query StartWorkViewer {
  viewer { id login }
}`;

export const StartWorkAssigneeMutation = /* GraphQL */ `
mutation StartWorkAssignee($assignableId: ID!, $assigneeIds: [ID!]!) {
  addAssigneesToAssignable(input: { assignableId: $assignableId, assigneeIds: $assigneeIds }) {
    assignable {
      ... on Issue { assignees(first: 10) { nodes { login } } }
      ... on PullRequest { assignees(first: 10) { nodes { login } } }
    }
  }
}`;

export const StartWorkStatusMutation = /* GraphQL */ `
mutation StartWorkStatus($projectId: ID!, $itemId: ID!, $fieldId: ID!, $optionId: String!) {
  updateProjectV2ItemFieldValue(
    input: { projectId: $projectId, itemId: $itemId, fieldId: $fieldId, value: { singleSelectOptionId: $optionId } }
  ) {
    projectV2Item { id }
  }
}`;
