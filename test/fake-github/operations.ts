/**
 * Every write the fake GitHub accepts, shared by GraphQL mutations and REST routes so both check permissions, bump
 * `updatedAt` and record timeline events the same way.
 */
import {
  GitHubError,
  requireAuthorOrWriter,
  requireProjectWrite,
  requireRepoParticipation,
  requireRepoWrite,
  canWriteRepo,
  Viewer,
} from './access';
import { addItem, fieldValue } from './boardBuilders';
import { comment as newComment, issue as newIssue, label as newLabel, LabelSpec } from './builders';
import { CommentRec, DiscussionCommentRec, DraftIssueRec, FieldRec, FieldValueRec, IssueRec, IssueStateReason, ItemContentRec, ItemRec, LabelRec, ProjectRec, RepoRec, UserRec } from './model';
import { recordStatusChange } from './projectItemHistory';
import { addTimelineEvent, recordCrossReferences } from './references';
import { GitHubState } from './state';

/** GitHub refuses a comment body longer than this. */
const MAX_COMMENT_LENGTH = 65_536;

export function addComment(state: GitHubState, viewer: Viewer, target: IssueRec, body: string, action = 'AddComment'): CommentRec {
  requireRepoParticipation(target.repo, viewer, action);
  if (body.length > MAX_COMMENT_LENGTH) {
    throw new GitHubError('UNPROCESSABLE', `Body is too long (maximum is ${MAX_COMMENT_LENGTH} characters)`);
  }
  const now = state.now();
  const record = newComment(state, target, { body, author: viewer.user, createdAt: now });
  target.updatedAt = now;
  recordCrossReferences(state, target, body, viewer.user, now);
  return record;
}

export function updateComment(state: GitHubState, viewer: Viewer, target: CommentRec, body: string, action = 'UpdateIssueComment'): CommentRec {
  requireAuthorOrWriter(target.author, target.issue.repo, viewer, action);
  target.body = body;
  target.editor = viewer.user;
  target.updatedAt = state.now();
  target.issue.updatedAt = target.updatedAt;
  return target;
}

/**
 * Hides a comment, as people with write access can on GitHub; GitHub answers `minimizedReason` in lower case with
 * hyphens (`off-topic`) where the mutation takes `OFF_TOPIC`.
 */
export function minimizeComment(viewer: Viewer, target: CommentRec | DiscussionCommentRec, classifier: string): void {
  requireRepoWrite(target.kind === 'IssueComment' ? target.issue.repo : target.discussion.repo, viewer, 'MinimizeComment');
  target.minimizedReason = classifier.toLowerCase().replace(/_/g, '-');
}

export function deleteComment(state: GitHubState, viewer: Viewer, target: CommentRec, action = 'DeleteIssueComment'): void {
  requireAuthorOrWriter(target.author, target.issue.repo, viewer, action);
  const comments = target.issue.comments;
  comments.splice(comments.indexOf(target), 1);
  state.unregister(target);
  target.issue.updatedAt = state.now();
}

export function addLabels(state: GitHubState, viewer: Viewer, target: IssueRec, labels: LabelRec[], action = 'AddLabelsToLabelable'): void {
  requireRepoWrite(target.repo, viewer, action);
  const now = state.now();
  for (const added of labels) {
    if (added.repo !== target.repo) {
      throw new GitHubError('UNPROCESSABLE', `Label ${added.name} does not belong to ${target.repo.name}.`);
    }
    if (!target.labels.includes(added)) {
      target.labels.push(added);
      addTimelineEvent(state, target, { event: 'labeled', actor: viewer.user, createdAt: now, label: added });
    }
  }
  target.updatedAt = now;
}

export function removeLabels(state: GitHubState, viewer: Viewer, target: IssueRec, labels: LabelRec[], action = 'RemoveLabelsFromLabelable'): void {
  requireRepoWrite(target.repo, viewer, action);
  const now = state.now();
  for (const removed of labels) {
    const index = target.labels.indexOf(removed);
    if (index >= 0) {
      target.labels.splice(index, 1);
      addTimelineEvent(state, target, { event: 'unlabeled', actor: viewer.user, createdAt: now, label: removed });
    }
  }
  target.updatedAt = now;
}

export function setAssignees(state: GitHubState, viewer: Viewer, target: IssueRec | DraftIssueRec, assignees: UserRec[], action: string): void {
  const now = state.now();
  if (target.kind === 'DraftIssue') {
    target.assignees = [...assignees];
  } else {
    requireRepoWrite(target.repo, viewer, action);
    for (const user of assignees.filter((u) => !target.assignees.includes(u))) {
      addTimelineEvent(state, target, { event: 'assigned', actor: viewer.user, createdAt: now, assignee: user });
    }
    for (const user of target.assignees.filter((u) => !assignees.includes(u))) {
      addTimelineEvent(state, target, { event: 'unassigned', actor: viewer.user, createdAt: now, assignee: user });
    }
    target.assignees = [...assignees];
  }
  target.updatedAt = now;
}

export interface IssueChanges {
  title?: string;
  body?: string;
  state?: 'OPEN' | 'CLOSED';
  stateReason?: IssueStateReason | null;
  labels?: LabelRec[];
  assignees?: UserRec[];
}

export function createIssue(
  state: GitHubState,
  viewer: Viewer,
  repository: RepoRec,
  fields: { title: string; body?: string; labels?: LabelRec[]; assignees?: UserRec[]; parent?: IssueRec },
  action = 'CreateIssue',
): IssueRec {
  requireRepoParticipation(repository, viewer, action);
  if (!fields.title.trim()) {
    throw new GitHubError('UNPROCESSABLE', "Title can't be blank");
  }
  // As on GitHub, labels and assignees from someone without push access are dropped, not refused.
  const writer = canWriteRepo(repository, viewer);
  const record = newIssue(state, repository, {
    title: fields.title,
    body: fields.body ?? '',
    author: viewer.user,
    assignees: writer ? fields.assignees : [],
    labels: writer ? fields.labels?.map((l) => l.name) : [],
    createdAt: state.now(),
    parent: fields.parent,
  });
  recordCrossReferences(state, record, record.body, viewer.user, record.createdAt);
  return record;
}

export function updateIssue(state: GitHubState, viewer: Viewer, target: IssueRec, changes: IssueChanges, action = 'UpdateIssue'): IssueRec {
  requireAuthorOrWriter(target.author, target.repo, viewer, action);
  const now = state.now();
  if (changes.title !== undefined) target.title = changes.title;
  if (changes.body !== undefined) {
    target.body = changes.body;
    recordCrossReferences(state, target, changes.body, viewer.user, now);
  }
  if (changes.labels) {
    requireRepoWrite(target.repo, viewer, action);
    removeLabels(state, viewer, target, target.labels.filter((l) => !changes.labels?.includes(l)), action);
    addLabels(state, viewer, target, changes.labels, action);
  }
  if (changes.assignees) {
    setAssignees(state, viewer, target, changes.assignees, action);
  }
  if (changes.state === 'CLOSED' && target.state === 'OPEN') {
    closeIssue(state, viewer, target, changes.stateReason ?? 'COMPLETED', action);
  } else if (changes.state === 'OPEN' && target.state === 'CLOSED') {
    target.state = 'OPEN';
    target.stateReason = 'REOPENED';
    target.closedAt = null;
    addTimelineEvent(state, target, { event: 'reopened', actor: viewer.user, createdAt: now });
  }
  target.updatedAt = now;
  return target;
}

export function closeIssue(state: GitHubState, viewer: Viewer, target: IssueRec, stateReason: IssueStateReason, action = 'CloseIssue'): IssueRec {
  requireAuthorOrWriter(target.author, target.repo, viewer, action);
  const now = state.now();
  if (target.state === 'OPEN') {
    target.state = 'CLOSED';
    target.stateReason = stateReason;
    target.closedAt = now;
    addTimelineEvent(state, target, { event: 'closed', actor: viewer.user, createdAt: now, stateReason });
  }
  target.updatedAt = now;
  return target;
}

export function createLabel(state: GitHubState, viewer: Viewer, repository: RepoRec, spec: LabelSpec): LabelRec {
  requireRepoWrite(repository, viewer, 'CreateLabel');
  if (repository.labels.some((l) => l.name.toLowerCase() === spec.name.toLowerCase())) {
    throw new GitHubError('UNPROCESSABLE', `Label ${spec.name} already exists.`);
  }
  return newLabel(state, repository, spec);
}

function itemOnProject(project: ProjectRec, item: ItemRec): void {
  if (item.project !== project) {
    throw new GitHubError('NOT_FOUND', 'The item does not exist in the project.');
  }
}

function customField(project: ProjectRec, target: FieldRec): void {
  if (target.project !== project) {
    throw new GitHubError('NOT_FOUND', 'The field does not exist in the project.');
  }
  if (!['SINGLE_SELECT', 'ITERATION', 'NUMBER', 'TEXT', 'DATE'].includes(target.dataType)) {
    throw new GitHubError('UNPROCESSABLE', `The field ${target.name} cannot be updated with this mutation.`);
  }
}

export function setFieldValue(
  state: GitHubState,
  viewer: Viewer,
  project: ProjectRec,
  item: ItemRec,
  target: FieldRec,
  input: Partial<Record<'singleSelectOptionId' | 'iterationId' | 'number' | 'text' | 'date', unknown>>,
): ItemRec {
  requireProjectWrite(project, viewer, 'UpdateProjectV2ItemFieldValue');
  itemOnProject(project, item);
  customField(project, target);
  const given = Object.entries(input).filter(([, v]) => v !== null && v !== undefined);
  if (given.length !== 1) {
    throw new GitHubError('UNPROCESSABLE', 'Exactly one value (text, number, date, singleSelectOptionId or iterationId) must be given.');
  }
  const [kind, raw] = given[0];
  const expected: Record<string, string> = {
    singleSelectOptionId: 'SINGLE_SELECT',
    iterationId: 'ITERATION',
    number: 'NUMBER',
    text: 'TEXT',
    date: 'DATE',
  };
  if (expected[kind] !== target.dataType) {
    throw new GitHubError('UNPROCESSABLE', `The field ${target.name} is a ${target.dataType} field; \`${kind}\` does not apply to it.`);
  }
  if (kind === 'singleSelectOptionId' && !target.options.some((o) => o.id === raw)) {
    throw new GitHubError('UNPROCESSABLE', 'The single select option Id does not belong to the field');
  }
  if (kind === 'iterationId' && !target.iterationConfig?.iterations.some((it) => it.id === raw)) {
    throw new GitHubError('UNPROCESSABLE', 'The iteration Id does not belong to the field');
  }
  const now = state.now();
  const previous = item.values.get(target.id);
  const value = fieldValue(target, raw as string | number, { updatedAt: now, creator: viewer.user });
  if (value) {
    item.values.set(target.id, value);
    noteStatusChange(item, target, previous, value, viewer.user, now);
  }
  touch(item, now);
  return item;
}

export function clearFieldValue(state: GitHubState, viewer: Viewer, project: ProjectRec, item: ItemRec, target: FieldRec): ItemRec {
  requireProjectWrite(project, viewer, 'ClearProjectV2ItemFieldValue');
  itemOnProject(project, item);
  customField(project, target);
  item.values.delete(target.id);
  touch(item, state.now());
  return item;
}

/** GitHub records Status changes on the item's issue or pull request timeline (project-item history). */
function noteStatusChange(item: ItemRec, field: FieldRec, previous: FieldValueRec | undefined, value: FieldValueRec, actor: UserRec, at: Date): void {
  if (field.name !== 'Status' || value.type !== 'singleSelect' || !item.content || item.content.kind === 'DraftIssue') return;
  const name = (v: FieldValueRec | undefined) => (v?.type === 'singleSelect' ? field.options.find((o) => o.id === v.optionId)?.name ?? '' : '');
  if (name(previous) === name(value)) return;
  recordStatusChange(item.content, { project: item.project, previousStatus: name(previous), status: name(value), actor, at });
}

function touch(item: ItemRec, now: Date): void {
  item.updatedAt = now;
  item.project.updatedAt = now;
}

export function updateDraftIssue(
  state: GitHubState,
  viewer: Viewer,
  draft: DraftIssueRec,
  changes: { title?: string; body?: string; assignees?: UserRec[] },
): DraftIssueRec {
  for (const item of draft.items) {
    requireProjectWrite(item.project, viewer, 'UpdateProjectV2DraftIssue');
  }
  const now = state.now();
  if (changes.title !== undefined) draft.title = changes.title;
  if (changes.body !== undefined) draft.body = changes.body;
  if (changes.assignees) draft.assignees = [...changes.assignees];
  draft.updatedAt = now;
  draft.items.forEach((item) => touch(item, now));
  return draft;
}

/** Adding content that is already on the board returns the existing item, as GitHub does. */
export function addProjectItem(state: GitHubState, viewer: Viewer, project: ProjectRec, content: ItemContentRec): ItemRec {
  requireProjectWrite(project, viewer, 'AddProjectV2ItemById');
  const existing = project.items.find((item) => item.content === content);
  if (existing) {
    return existing;
  }
  const item = addItem(state, project, content, {}, { createdAt: state.now(), creator: viewer.user });
  project.updatedAt = item.createdAt;
  return item;
}
