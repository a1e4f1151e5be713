/**
 * Every GraphQL document Sprint Flow sends, by operation name. The contract test validates each one against
 * GitHub's published schema; those in LIVE_ONLY_DOCUMENTS also need the items(query:) argument that only the live
 * API has, and are sent only after capability detection found it.
 */
import { ProjectItemsArgumentsQuery } from './capabilities';
import { GoalCandidatesPageQuery, GoalCandidatesQuery, GoalDetailsQuery, GoalIssueQuery, GoalLinkCommentMutation } from './goals';
import { ItemFieldValuesQuery, MySprintItemsQuery, ProjectBoardQuery, ProjectItemsPageQuery } from './project';
import { StartWorkAssigneeMutation, StartWorkStatusMutation, StartWorkViewerQuery } from './startWork';
import { ViewerProjectsQuery, ViewerQuery } from './viewer';

export const GRAPHQL_DOCUMENTS: Readonly<Record<string, string>> = {
  ProjectItemsArguments: ProjectItemsArgumentsQuery,
  ProjectBoard: ProjectBoardQuery,
  ProjectItemsPage: ProjectItemsPageQuery,
  MySprintItems: MySprintItemsQuery,
  ItemFieldValues: ItemFieldValuesQuery,
  ViewerProjects: ViewerProjectsQuery,
  Viewer: ViewerQuery,
  GoalCandidates: GoalCandidatesQuery,
  GoalCandidatesPage: GoalCandidatesPageQuery,
  GoalDetails: GoalDetailsQuery,
  GoalIssue: GoalIssueQuery,
  GoalLinkComment: GoalLinkCommentMutation,
  StartWorkViewer: StartWorkViewerQuery,
  StartWorkAssignee: StartWorkAssigneeMutation,
  StartWorkStatus: StartWorkStatusMutation,
};

export const LIVE_ONLY_DOCUMENTS: ReadonlySet<string> = new Set(['MySprintItems', 'GoalCandidates']);
