/**
 * Sprint goals: the current iteration's items the team marks as goals (a label, or a single-select field value),
 * and the parent issues of the iteration's sub-issues. Pure functions over items read from the board.
 */
import { GoalCommit } from './goalTimeline';
import { sameReference } from './itemReference';
import { Iteration, SingleSelectField, SprintItem } from './model';
import { LeftOutCounts } from './records/authorship';
import { isAssignedTo } from './sprint';

/** An iteration item with the node id of its parent issue, when it is a sub-issue. */
export interface IterationItem extends SprintItem {
  parentId?: string;
}

export interface GoalRules {
  /** Items with this label are goals (compared without case). */
  label: string;
  /** Items whose value in this single-select field is this option are goals. */
  field?: { field: SingleSelectField; optionId: string };
  /** Parents of the iteration's sub-issues are goals too. */
  includeParents: boolean;
}

/** Node ids of the issues that are goals: marked items in board order, then parents in order of first mention. */
export function goalIssueIds(items: readonly IterationItem[], rules: GoalRules): string[] {
  const ids: string[] = [];
  const add = (id: string | undefined) => id && !ids.includes(id) && ids.push(id);
  const label = rules.label.trim().toLowerCase();
  for (const item of items) {
    if (item.type !== 'ISSUE') {
      continue;
    }
    const labelled = !!label && item.labels.some((l) => l.toLowerCase() === label);
    const valued = !!rules.field && item.selectValues[rules.field.field.id] === rules.field.optionId;
    if (labelled || valued) {
      add(item.contentId);
    }
  }
  if (rules.includeParents) {
    items.forEach((item) => add(item.parentId));
  }
  return ids;
}

/** A goal issue as GitHub describes it. */
export interface GoalIssue {
  /** Node id of the goal issue. */
  id: string;
  number: number;
  title: string;
  url?: string;
  repository: string;
  state: 'OPEN' | 'CLOSED';
  assignees: string[];
  subIssues: { total: number; completed: number };
}

export interface Goal extends GoalIssue {
  /** OWNER/REPO#N */
  reference: string;
  /** `leftOut`: goal links that did not count, by reason (a stranger's, one in another person's name...). */
  commits: { count: number; latest?: GoalCommit; skipped: number; leftOut?: LeftOutCounts };
  /** My items in the iteration that are sub-issues of this goal. */
  myItems: SprintItem[];
  /** OWNER/REPO#N of every iteration item that is a sub-issue of this goal. */
  itemReferences: string[];
}

export interface GoalsSnapshot {
  projectUrl: string;
  viewer: string;
  iteration: Iteration;
  goals: Goal[];
  /** Open issues and pull requests in the iteration that nobody is assigned to: work anyone may start. */
  unassignedItems: SprintItem[];
  /** Everyone assigned to one of the iteration's items, as the team report finds the team; absent in goals cached by older versions. */
  assignees?: string[];
  fetchedAt: string;
}

export function myItemsUnder(goalId: string, items: readonly IterationItem[], login: string): SprintItem[] {
  return items.filter((item) => item.parentId === goalId && isAssignedTo(item, login));
}

export function unassignedItems(items: readonly SprintItem[]): SprintItem[] {
  return items.filter((item) => item.assignees.length === 0 && item.state === 'OPEN' && (item.type === 'ISSUE' || item.type === 'PULL_REQUEST'));
}

/** The goal an item (OWNER/REPO#N) works towards: itself when it is a goal, else the goal it is a sub-issue of. */
export function goalOfItem(goals: readonly Goal[], reference: string): Goal | undefined {
  return (
    goals.find((g) => sameReference(g.reference, reference)) ??
    goals.find((g) => g.itemReferences.some((r) => sameReference(r, reference)))
  );
}

/** Share of sub-issues closed, 0 to 1; a goal without sub-issues is done when closed. */
export function goalProgress(goal: Pick<Goal, 'subIssues' | 'state'>): number {
  const { total, completed } = goal.subIssues;
  if (total === 0) {
    return goal.state === 'CLOSED' ? 1 : 0;
  }
  return Math.min(1, Math.max(0, completed / total));
}

/** A text progress bar, `■■■■■□□□□□ 50%`, for tooltips and screen readers alike. */
export function progressBar(fraction: number, width = 10): string {
  const clamped = Math.min(1, Math.max(0, Number.isFinite(fraction) ? fraction : 0));
  const filled = Math.round(clamped * width);
  return `${'■'.repeat(filled)}${'□'.repeat(width - filled)} ${Math.round(clamped * 100)}%`;
}
