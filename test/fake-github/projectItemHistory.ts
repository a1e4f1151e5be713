/**
 * Project-item history as github.com records it since 2025 (after the published schema was cut): a Status change of
 * a board item shows on its issue's or pull request's timeline as ProjectV2ItemStatusChangedEvent. Present only while
 * the `projectItemHistory` switch is on; the events are recorded whatever the switch, as GitHub records them.
 */
import { IssueRec, ProjectRec, UserRec } from './model';

export const PROJECT_ITEM_HISTORY_SDL = `
interface ProjectV2Event {
  project: ProjectV2
  wasAutomated: Boolean!
}
type ProjectV2ItemStatusChangedEvent implements Node & ProjectV2Event {
  actor: Actor
  createdAt: DateTime!
  id: ID!
  previousStatus: String!
  project: ProjectV2
  status: String!
  wasAutomated: Boolean!
}
extend union IssueTimelineItems = ProjectV2ItemStatusChangedEvent
extend union PullRequestTimelineItems = ProjectV2ItemStatusChangedEvent
extend enum IssueTimelineItemsItemType { PROJECT_V2_ITEM_STATUS_CHANGED_EVENT }
extend enum PullRequestTimelineItemsItemType { PROJECT_V2_ITEM_STATUS_CHANGED_EVENT }
`;

export const STATUS_CHANGED_ITEM_TYPE = 'PROJECT_V2_ITEM_STATUS_CHANGED_EVENT';

export interface StatusChangeRec {
  kind: 'ProjectV2ItemStatusChangedEvent';
  id: string;
  databaseId: number;
  actor: UserRec | null;
  createdAt: Date;
  previousStatus: string;
  status: string;
  project: ProjectRec;
  wasAutomated: boolean;
}

const history = new WeakMap<IssueRec, StatusChangeRec[]>();
let sequence = 0;

export function statusChangesOf(issue: IssueRec): StatusChangeRec[] {
  return history.get(issue) ?? [];
}

/** Records a Status change of the issue's item on a board (from a write, or from a seed telling a story). */
export function recordStatusChange(issue: IssueRec, change: { project: ProjectRec; previousStatus: string; status: string; actor: UserRec | null; at: Date }): void {
  sequence += 1;
  const event: StatusChangeRec = {
    kind: 'ProjectV2ItemStatusChangedEvent',
    id: `PVTISCE_${Buffer.from(`${issue.id}:${sequence}`).toString('base64url')}`,
    databaseId: 1_000_000 + sequence,
    actor: change.actor,
    createdAt: change.at,
    previousStatus: change.previousStatus,
    status: change.status,
    project: change.project,
    wasAutomated: false,
  };
  history.set(issue, [...statusChangesOf(issue), event]);
}
