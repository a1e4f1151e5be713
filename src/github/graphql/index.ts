/**
 * Every GraphQL document Sprint Flow sends, by operation name. The contract test validates each one against
 * GitHub's published schema; those in LIVE_ONLY_DOCUMENTS also need the items(query:) argument that only the live
 * API has, and are sent only after capability detection found it.
 */
import { ProjectItemsArgumentsQuery } from './capabilities';
import * as interruptions from './interruptions';
import { ItemFieldValuesQuery, MySprintItemsQuery, ProjectBoardQuery, ProjectItemsPageQuery } from './project';
import { ViewerProjectsQuery, ViewerQuery } from './viewer';

export const GRAPHQL_DOCUMENTS: Readonly<Record<string, string>> = {
  ProjectItemsArguments: ProjectItemsArgumentsQuery,
  ProjectBoard: ProjectBoardQuery,
  ProjectItemsPage: ProjectItemsPageQuery,
  MySprintItems: MySprintItemsQuery,
  ItemFieldValues: ItemFieldValuesQuery,
  ViewerProjects: ViewerProjectsQuery,
  Viewer: ViewerQuery,
  InterruptionLogIssues: interruptions.InterruptionLogIssuesQuery,
  RecentIssueTitles: interruptions.RecentIssueTitlesQuery,
  InterruptionLogComments: interruptions.InterruptionLogCommentsQuery,
  CreateInterruptionLog: interruptions.CreateInterruptionLogMutation,
  CreateInterruptionLogLabel: interruptions.CreateInterruptionLogLabelMutation,
  AddInterruptionComment: interruptions.AddInterruptionCommentMutation,
};

export const LIVE_ONLY_DOCUMENTS: ReadonlySet<string> = new Set(['MySprintItems']);
