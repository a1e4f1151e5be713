import { BlockerFlag } from './blockers';
import { LeftOutCounts } from './records/authorship';

/** Plain data shapes shared by every layer. Nothing here knows about VS Code or HTTP. */

export interface ProjectRef {
  ownerKind: 'organization' | 'user';
  owner: string;
  number: number;
  url: string;
}

export interface Iteration {
  id: string;
  title: string;
  /** Calendar date, YYYY-MM-DD, as GitHub stores it (no time zone). */
  startDate: string;
  /** Length in days. */
  duration: number;
}

export interface SelectOption {
  id: string;
  name: string;
  color?: string;
  description?: string;
}

export type ProjectField =
  | { kind: 'iteration'; id: string; name: string; iterations: Iteration[]; completedIterations: Iteration[] }
  | { kind: 'singleSelect'; id: string; name: string; options: SelectOption[] }
  | { kind: 'number'; id: string; name: string }
  | { kind: 'other'; id: string; name: string; dataType: string };

export type IterationField = Extract<ProjectField, { kind: 'iteration' }>;
export type SingleSelectField = Extract<ProjectField, { kind: 'singleSelect' }>;
export type NumberField = Extract<ProjectField, { kind: 'number' }>;

export interface Project {
  id: string;
  title: string;
  url: string;
  /** ISO timestamp of the last change GitHub recorded on the project. */
  updatedAt?: string;
  fields: ProjectField[];
}

/** The fields a board uses for each purpose, found by name or type (see fieldDiscovery.ts). */
export interface BoardFields {
  iteration?: IterationField;
  status?: SingleSelectField;
  blockedOption?: SelectOption;
  estimate?: NumberField;
  workType?: SingleSelectField;
}

export type ItemType = 'ISSUE' | 'PULL_REQUEST' | 'DRAFT_ISSUE' | 'REDACTED';
export type ItemState = 'OPEN' | 'CLOSED' | 'MERGED';

/** One project item with its content and the field values Sprint Flow reads. */
export interface SprintItem {
  /** The project item's node id (ProjectV2Item). */
  id: string;
  type: ItemType;
  /** Node id of the issue, pull request or draft issue; absent when redacted. */
  contentId?: string;
  number?: number;
  title: string;
  url?: string;
  /** OWNER/REPO; absent for draft issues. */
  repository?: string;
  state?: ItemState;
  isDraft?: boolean;
  assignees: string[];
  labels: string[];
  /** When the issue, pull request or draft last changed (a new comment counts); absent when redacted. */
  updatedAt?: string;
  /** The open blocker flag found in the item's comments (or a draft's body), if any. */
  openBlocker?: BlockerFlag;
  /** Blocker records in the item's comments that did not count (a stranger's, one in another person's name...). */
  leftOutRecords?: LeftOutCounts;
  /** Single-select option ids by field id, iteration ids by field id, numbers by field id. */
  selectValues: Record<string, string>;
  iterationValues: Record<string, string>;
  numberValues: Record<string, number>;
}

export interface SprintStatusGroup {
  /** undefined for the "No status" group. */
  option?: SelectOption;
  items: SprintItem[];
}

/** What the sidebar shows: the last good read of my items in the current iteration. Cached as JSON. */
export interface SprintSnapshot {
  projectUrl: string;
  projectId: string;
  projectTitle: string;
  viewer: string;
  fields: BoardFields;
  iteration: Iteration;
  items: SprintItem[];
  /** ISO timestamp of the read. */
  fetchedAt: string;
  /** The board as the last read of every item saw it; absent when GitHub filtered my items itself. */
  boardVersion?: BoardVersion;
}

/**
 * What a read of every item of the board saw: without items(query:), a refresh compares this with the board's
 * current state in one cheap request and pages through the items again only when they differ.
 */
export interface BoardVersion {
  /** ProjectV2.updatedAt when the items were read. */
  updatedAt?: string;
  itemCount: number;
  /** ISO timestamp of that read. */
  readAt: string;
}
