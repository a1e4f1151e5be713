/** GraphQL mutations: look up the input's nodes as the viewer sees them, then do the shared operation. */
import { requireProjectScope } from '../access';
import { encodeCursor } from '../connection';
import { Args, nodeOfKind, RequestContext, TypeResolvers } from './context';
import { IssueRec, LabelRec, UserRec } from '../model';
import * as dependencies from '../dependencies';
import * as operations from '../operations';
import * as statusUpdates from '../statusUpdates';

function labelsOf(context: RequestContext, ids: string[] | undefined): LabelRec[] | undefined {
  return ids?.map((id) => nodeOfKind(context, id, 'Label'));
}

function usersOf(context: RequestContext, ids: string[] | undefined): UserRec[] | undefined {
  return ids?.map((id) => nodeOfKind(context, id, 'User'));
}

function issueOf(context: RequestContext, id: string): IssueRec {
  return nodeOfKind(context, id, 'Issue', 'PullRequest');
}

/** The project, item and field of an item field mutation (writing also needs the `project` scope, not just read). */
function projectInput(context: RequestContext, input: Args) {
  requireProjectScope(context, 'projectV2');
  const project = nodeOfKind(context, input.projectId, 'ProjectV2');
  const item = nodeOfKind(context, input.itemId, 'ProjectV2Item');
  const field = nodeOfKind(context, input.fieldId, 'ProjectV2Field', 'ProjectV2IterationField', 'ProjectV2SingleSelectField');
  return { project, item, field };
}

const payload = (input: Args, rest: object) => ({ clientMutationId: input.clientMutationId ?? null, ...rest });

export const mutation: TypeResolvers<unknown> = {
  updateProjectV2ItemFieldValue: (_root, { input }, context) => {
    const { project, item, field } = projectInput(context, input);
    return payload(input, { projectV2Item: operations.setFieldValue(context.state, context, project, item, field, input.value) });
  },
  clearProjectV2ItemFieldValue: (_root, { input }, context) => {
    const { project, item, field } = projectInput(context, input);
    return payload(input, { projectV2Item: operations.clearFieldValue(context.state, context, project, item, field) });
  },
  addComment: (_root, { input }, context) => {
    const subject = issueOf(context, input.subjectId);
    const added = operations.addComment(context.state, context, subject, input.body);
    return payload(input, { commentEdge: { cursor: encodeCursor(subject.comments.length - 1), node: added }, subject, timelineEdge: null });
  },
  updateIssueComment: (_root, { input }, context) =>
    payload(input, { issueComment: operations.updateComment(context.state, context, nodeOfKind(context, input.id, 'IssueComment'), input.body) }),
  minimizeComment: (_root, { input }, context) => {
    const target = nodeOfKind(context, input.subjectId, 'IssueComment', 'DiscussionComment');
    operations.minimizeComment(context, target, input.classifier);
    return payload(input, { minimizedComment: target });
  },
  deleteIssueComment: (_root, { input }, context) => {
    operations.deleteComment(context.state, context, nodeOfKind(context, input.id, 'IssueComment'));
    return payload(input, {});
  },
  addBlockedBy: (_root, { input }, context) => {
    const [issue, blocking] = [nodeOfKind(context, input.issueId, 'Issue'), nodeOfKind(context, input.blockingIssueId, 'Issue')];
    dependencies.addBlockedBy(context.state, context, issue, blocking);
    return payload(input, { issue, blockingIssue: blocking });
  },
  removeBlockedBy: (_root, { input }, context) => {
    const [issue, blocking] = [nodeOfKind(context, input.issueId, 'Issue'), nodeOfKind(context, input.blockingIssueId, 'Issue')];
    dependencies.removeBlockedBy(context.state, context, issue, blocking);
    return payload(input, { issue, blockingIssue: blocking });
  },
  addLabelsToLabelable: (_root, { input }, context) => {
    const labelable = issueOf(context, input.labelableId);
    operations.addLabels(context.state, context, labelable, labelsOf(context, input.labelIds) ?? []);
    return payload(input, { labelable });
  },
  removeLabelsFromLabelable: (_root, { input }, context) => {
    const labelable = issueOf(context, input.labelableId);
    operations.removeLabels(context.state, context, labelable, labelsOf(context, input.labelIds) ?? []);
    return payload(input, { labelable });
  },
  createIssue: (_root, { input }, context) => {
    const repository = nodeOfKind(context, input.repositoryId, 'Repository');
    const created = operations.createIssue(context.state, context, repository, {
      title: input.title,
      body: input.body ?? undefined,
      labels: labelsOf(context, input.labelIds),
      assignees: usersOf(context, input.assigneeIds),
      parent: input.parentIssueId ? nodeOfKind(context, input.parentIssueId, 'Issue') : undefined,
    });
    for (const projectId of (input.projectIds ?? []) as string[]) {
      operations.addProjectItem(context.state, context, nodeOfKind(context, projectId, 'ProjectV2'), created);
    }
    return payload(input, { issue: created });
  },
  createLabel: (_root, { input }, context) => {
    const repository = nodeOfKind(context, input.repositoryId, 'Repository');
    const spec = { name: input.name, color: input.color, description: input.description ?? undefined };
    return payload(input, { label: operations.createLabel(context.state, context, repository, spec) });
  },
  updateIssue: (_root, { input }, context) => {
    const target = nodeOfKind(context, input.id, 'Issue');
    operations.updateIssue(context.state, context, target, {
      title: input.title ?? undefined,
      body: input.body ?? undefined,
      state: input.state ?? undefined,
      labels: labelsOf(context, input.labelIds ?? undefined),
      assignees: usersOf(context, input.assigneeIds ?? undefined),
    });
    return payload(input, { issue: target, actor: context.user });
  },
  closeIssue: (_root, { input }, context) => {
    const target = nodeOfKind(context, input.issueId, 'Issue');
    return payload(input, { issue: operations.closeIssue(context.state, context, target, input.stateReason ?? 'COMPLETED') });
  },
  addAssigneesToAssignable: (_root, { input }, context) => {
    const assignable = issueOf(context, input.assignableId);
    const added = usersOf(context, input.assigneeIds) ?? [];
    operations.setAssignees(context.state, context, assignable, [...new Set([...assignable.assignees, ...added])], 'AddAssigneesToAssignable');
    return payload(input, { assignable });
  },
  removeAssigneesFromAssignable: (_root, { input }, context) => {
    const assignable = issueOf(context, input.assignableId);
    const removed = usersOf(context, input.assigneeIds) ?? [];
    operations.setAssignees(context.state, context, assignable, assignable.assignees.filter((u) => !removed.includes(u)), 'RemoveAssigneesFromAssignable');
    return payload(input, { assignable });
  },
  updateProjectV2DraftIssue: (_root, { input }, context) => {
    requireProjectScope(context, 'projectV2');
    const draft = nodeOfKind(context, input.draftIssueId, 'DraftIssue');
    return payload(input, {
      draftIssue: operations.updateDraftIssue(context.state, context, draft, {
        title: input.title ?? undefined,
        body: input.body ?? undefined,
        assignees: usersOf(context, input.assigneeIds ?? undefined),
      }),
    });
  },
  createProjectV2StatusUpdate: (_root, { input }, context) => {
    requireProjectScope(context, 'projectV2');
    const project = nodeOfKind(context, input.projectId, 'ProjectV2');
    return payload(input, { statusUpdate: statusUpdates.createStatusUpdate(context.state, context, project, input) });
  },
  deleteProjectV2StatusUpdate: (_root, { input }, context) => {
    requireProjectScope(context, 'projectV2');
    const deleted = statusUpdates.deleteStatusUpdate(context, input.statusUpdateId);
    return payload(input, { deletedStatusUpdateId: deleted.id, projectV2: deleted.project });
  },
  addProjectV2ItemById: (_root, { input }, context) => {
    requireProjectScope(context, 'projectV2');
    const project = nodeOfKind(context, input.projectId, 'ProjectV2');
    const content = nodeOfKind(context, input.contentId, 'Issue', 'PullRequest', 'DraftIssue');
    return payload(input, { item: operations.addProjectItem(context.state, context, project, content) });
  },
};
