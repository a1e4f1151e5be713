/**
 * Every GraphQL document Sprint Flow sends, by operation name. The contract test validates each one against
 * GitHub's published schema; those in LIVE_ONLY_DOCUMENTS also need something only the live API has (the
 * items(query:) argument, native issue dependencies), and are sent only after capability detection found it.
 */
import * as blockers from './blockers';
import { ProjectItemsArgumentsQuery } from './capabilities';
import * as interruptions from './interruptions';
import { GoalCandidatesPageQuery, GoalCandidatesQuery, GoalDetailsQuery, GoalIssueQuery, GoalLinkCommentMutation, GoalLinkCommentsQuery } from './goals';
import {
  BoardAndMySprintItemsQuery,
  BoardChangeCheckQuery,
  MySprintItemsQuery,
  ProjectBoardQuery,
  ProjectItemsPageQuery,
} from './project';
import { StartWorkAssigneeMutation, StartWorkStatusMutation, StartWorkViewerQuery } from './startWork';
import * as report from './report';
import * as standup from '../standup/graphql';
import * as standupDiscussions from '../standup/discussionGraphql';
import * as review from './review';
import { ViewerProjectsQuery, ViewerQuery } from './viewer';

export const GRAPHQL_DOCUMENTS: Readonly<Record<string, string>> = {
  ProjectItemsArguments: ProjectItemsArgumentsQuery,
  ProjectBoard: ProjectBoardQuery,
  ProjectItemsPage: ProjectItemsPageQuery,
  MySprintItems: MySprintItemsQuery,
  BoardAndMySprintItems: BoardAndMySprintItemsQuery,
  BoardChangeCheck: BoardChangeCheckQuery,
  ViewerProjects: ViewerProjectsQuery,
  Viewer: ViewerQuery,
  SetItemStatus: blockers.SetItemStatusMutation,
  ClearItemStatus: blockers.ClearItemStatusMutation,
  ItemStatus: blockers.ItemStatusQuery,
  RepositoryLabel: blockers.RepositoryLabelQuery,
  AddLabels: blockers.AddLabelsMutation,
  RemoveLabels: blockers.RemoveLabelsMutation,
  AddComment: blockers.AddCommentMutation,
  DraftIssueBody: blockers.DraftIssueBodyQuery,
  UpdateDraftIssueBody: blockers.UpdateDraftIssueBodyMutation,
  IssueId: blockers.IssueIdQuery,
  ItemComments: blockers.ItemCommentsQuery,
  ItemEarlierComments: blockers.ItemEarlierCommentsQuery,
  MutationNames: blockers.MutationNamesQuery,
  AddBlockedBy: blockers.AddBlockedByMutation,
  RemoveBlockedBy: blockers.RemoveBlockedByMutation,
  InterruptionLogIssues: interruptions.InterruptionLogIssuesQuery,
  RecentIssueTitles: interruptions.RecentIssueTitlesQuery,
  InterruptionLogComments: interruptions.InterruptionLogCommentsQuery,
  CreateInterruptionLog: interruptions.CreateInterruptionLogMutation,
  CreateInterruptionLogLabel: interruptions.CreateInterruptionLogLabelMutation,
  AddInterruptionComments: interruptions.AddInterruptionCommentsMutation,
  GoalCandidates: GoalCandidatesQuery,
  GoalCandidatesPage: GoalCandidatesPageQuery,
  GoalDetails: GoalDetailsQuery,
  GoalIssue: GoalIssueQuery,
  GoalLinkComment: GoalLinkCommentMutation,
  GoalLinkComments: GoalLinkCommentsQuery,
  StartWorkViewer: StartWorkViewerQuery,
  StartWorkAssignee: StartWorkAssigneeMutation,
  StartWorkStatus: StartWorkStatusMutation,
  ReportItems: report.ReportItemsQuery,
  ReportItemsPage: report.ReportItemsPageQuery,
  ReportItemComments: report.ReportItemCommentsQuery,
  ReportItemCommentsPage: report.ReportItemCommentsPageQuery,
  TeamLogEntries: report.TeamLogEntriesQuery,
  StandupThreads: standup.StandupThreadsQuery,
  RecentStandupThreads: standup.RecentStandupThreadsQuery,
  StandupComments: standup.StandupCommentsQuery,
  CreateStandupThread: standup.CreateStandupThreadMutation,
  CreateStandupLabel: standup.CreateStandupLabelMutation,
  CloseDuplicateStandupThread: standup.CloseDuplicateStandupThreadMutation,
  PostStandupUpdate: standup.PostStandupUpdateMutation,
  StandupDiscussionCategories: standupDiscussions.StandupDiscussionCategoriesQuery,
  StandupDiscussions: standupDiscussions.StandupDiscussionsQuery,
  StandupDiscussionComments: standupDiscussions.StandupDiscussionCommentsQuery,
  CreateStandupDiscussion: standupDiscussions.CreateStandupDiscussionMutation,
  CloseDuplicateStandupDiscussion: standupDiscussions.CloseDuplicateStandupDiscussionMutation,
  PostStandupDiscussionComment: standupDiscussions.PostStandupDiscussionCommentMutation,
  ProjectStatusUpdates: review.ProjectStatusUpdatesQuery,
  CreateStatusUpdate: review.CreateStatusUpdateMutation,
  DeleteStatusUpdate: review.DeleteStatusUpdateMutation,
  ReviewItems: review.ReviewItemsQuery,
  ReviewItemsWithHistory: review.ReviewItemsWithHistoryQuery,
  ProjectItemHistoryType: review.ProjectItemHistoryTypeQuery,
};

/** Documents that need an addition only the live API has, by the addition they need. */
export const LIVE_ONLY_DOCUMENTS: ReadonlyMap<string, 'itemsQuery' | 'issueDependencies' | 'projectItemHistory'> = new Map([
  ['MySprintItems', 'itemsQuery'],
  ['BoardAndMySprintItems', 'itemsQuery'],
  ['GoalCandidates', 'itemsQuery'],
  ['ReportItems', 'itemsQuery'],
  ['AddBlockedBy', 'issueDependencies'],
  ['RemoveBlockedBy', 'issueDependencies'],
  ['ReviewItemsWithHistory', 'projectItemHistory'],
]);
