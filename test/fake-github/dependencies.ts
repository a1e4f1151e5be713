/**
 * GitHub's native issue dependencies ("blocked by"), which github.com has but the published schema does not yet.
 * Present only while the `issueDependencies` switch is on: the schema gains the fields below and the state keeps
 * who blocks whom beside the issues.
 */
import { requireRepoWrite, Viewer } from './access';
import { IssueRec } from './model';
import { GitHubState } from './state';

export const ISSUE_DEPENDENCIES_SDL = `
extend type Issue {
  blockedBy(after: String, before: String, first: Int, last: Int): IssueConnection!
}
input AddBlockedByInput {
  clientMutationId: String
  issueId: ID!
  blockingIssueId: ID!
}
type AddBlockedByPayload {
  clientMutationId: String
  issue: Issue
  blockingIssue: Issue
}
input RemoveBlockedByInput {
  clientMutationId: String
  issueId: ID!
  blockingIssueId: ID!
}
type RemoveBlockedByPayload {
  clientMutationId: String
  issue: Issue
  blockingIssue: Issue
}
extend type Mutation {
  addBlockedBy(input: AddBlockedByInput!): AddBlockedByPayload
  removeBlockedBy(input: RemoveBlockedByInput!): RemoveBlockedByPayload
}
`;

const blockers = new WeakMap<IssueRec, IssueRec[]>();

export function blockedBy(issue: IssueRec): IssueRec[] {
  return blockers.get(issue) ?? [];
}

export function addBlockedBy(state: GitHubState, viewer: Viewer, issue: IssueRec, blocking: IssueRec): void {
  requireRepoWrite(issue.repo, viewer, 'AddBlockedBy');
  const list = blockedBy(issue);
  if (!list.includes(blocking)) {
    blockers.set(issue, [...list, blocking]);
  }
  issue.updatedAt = state.now();
}

export function removeBlockedBy(state: GitHubState, viewer: Viewer, issue: IssueRec, blocking: IssueRec): void {
  requireRepoWrite(issue.repo, viewer, 'RemoveBlockedBy');
  blockers.set(issue, blockedBy(issue).filter((i) => i !== blocking));
  issue.updatedAt = state.now();
}
