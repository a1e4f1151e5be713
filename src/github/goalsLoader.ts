import { GoalRules, Goal, goalIssueIds, IterationItem, myItemsUnder, unassignedItems } from '../core/goals';
import { linkedCommits } from '../core/goalTimeline';
import { LeftOutRecord, LeftOutTally } from '../core/records/authorship';
import { addAssignees, teamOf } from '../core/report/focus';
import { SingleSelectField, SprintItem, SprintSnapshot } from '../core/model';
import { parseProjectUrl } from '../core/projectUrl';
import { isInIteration, itemReference } from '../core/sprint';
import { GitHubApi } from './api';
import { supportsItemsQuery } from './capabilities';
import { GoalCandidatesPageQuery, GoalCandidatesQuery, GoalDetailsQuery } from './graphql/goals';
import { GoalIssueDetails, parseCandidatePage, parseGoalIssue } from './goalParse';
import { itemFieldNames, itemFieldVariables } from './itemFields';
import { readProjectItemPages } from './projectItemPages';
import { readProjectBoard } from './projectBoard';
import { iterationTerm } from './sprintItems';

export interface GoalSettings {
  label: string;
  /** A single-select field and the option of it that names goals; both empty when goals are marked by label only. */
  fieldName?: string;
  fieldValue?: string;
  includeParents: boolean;
}

export interface GoalsLoad {
  goals: Goal[];
  /** Goal links that did not count, with their comments, for the log. */
  leftOut: LeftOutRecord[];
  unassignedItems: SprintItem[];
  /** Everyone assigned to an item of the iteration: the team, as the team report counts it. */
  assignees: string[];
  warnings: string[];
}

/** GitHub answers at most 100 ids per nodes(ids:). */
const NODES_PER_REQUEST = 100;

/**
 * The whole team's goals in the snapshot's iteration with their progress: the iteration's issues (one filtered
 * query, or pages of the board without items(query:)), then every goal's sub-issue summary and commit-bearing
 * timeline in one nodes(ids:) query.
 */
export async function loadGoals(api: GitHubApi, snapshot: SprintSnapshot, settings: GoalSettings, now = new Date()): Promise<GoalsLoad> {
  const iterationField = snapshot.fields.iteration;
  if (!iterationField) {
    return { goals: [], leftOut: [], unassignedItems: [], assignees: [], warnings: [] };
  }
  const warnings: string[] = [];
  // The goals field is read from items by its name on the board, so the board comes first when settings name one.
  const field = await goalField(api, snapshot, settings, warnings);
  const items = await iterationItems(api, snapshot, now, field?.field);
  const inIteration = items.filter((item) => isInIteration(item, iterationField.id, snapshot.iteration));
  const rules: GoalRules = { label: settings.label, includeParents: settings.includeParents, ...(field ? { field } : {}) };
  const details = await readGoalDetails(api, goalIssueIds(inIteration, rules));
  const leftOut = new LeftOutTally();
  const goals = details.map(
    (issue): Goal => {
      const reference = `${issue.repository}#${issue.number}`;
      const commits = linkedCommits(issue.timeline, reference);
      leftOut.merge({ counts: commits.leftOut, records: commits.leftOutRecords });
      return {
        id: issue.id,
        reference,
        number: issue.number,
        title: issue.title,
        url: issue.url,
        repository: issue.repository,
        state: issue.state,
        assignees: issue.assignees,
        subIssues: issue.subIssues,
        commits: { count: commits.count, latest: commits.latest, skipped: commits.skipped, ...(Object.keys(commits.leftOut).length ? { leftOut: commits.leftOut } : {}) },
        myItems: myItemsUnder(issue.id, inIteration, snapshot.viewer),
        itemReferences: inIteration.filter((i) => i.parentId === issue.id).map(itemReference),
      };
    },
  );
  const assigneesIn = new Map<string, Map<string, string>>();
  inIteration.forEach((item) => addAssignees(assigneesIn, snapshot.iteration.id, item));
  const assignees = teamOf(assigneesIn.get(snapshot.iteration.id), []);
  return { goals, leftOut: leftOut.records, unassignedItems: unassignedItems(inIteration), assignees, warnings };
}

async function iterationItems(api: GitHubApi, snapshot: SprintSnapshot, now: Date, goalsField?: SingleSelectField): Promise<IterationItem[]> {
  // Every kind of item, as the board's pages give: pull requests count for the team's assignees and unassigned work.
  const filter = (await supportsItemsQuery(api)) ? iterationTerm(snapshot.fields.iteration!, snapshot.iteration, now) : undefined;
  const variables: Record<string, unknown> = { projectId: snapshot.projectId, ...itemFieldVariables(itemFieldNames(snapshot.fields, goalsField)!) };
  if (filter) {
    variables.filter = filter;
  }
  return readProjectItemPages(api, filter ? GoalCandidatesQuery : GoalCandidatesPageQuery, variables, parseCandidatePage);
}

/** The single-select field and option that name goals, read from the board only when the settings name one. */
async function goalField(api: GitHubApi, snapshot: SprintSnapshot, settings: GoalSettings, warnings: string[]): Promise<GoalRules['field']> {
  const fieldName = settings.fieldName?.trim();
  const value = settings.fieldValue?.trim();
  if (!fieldName || !value) {
    return undefined;
  }
  const { project } = await readProjectBoard(api, parseProjectUrl(snapshot.projectUrl));
  const field = project.fields.find((f) => f.kind === 'singleSelect' && f.name.toLowerCase() === fieldName.toLowerCase());
  const option = field?.kind === 'singleSelect' ? field.options.find((o) => o.name.toLowerCase() === value.toLowerCase()) : undefined;
  if (field?.kind !== 'singleSelect' || !option) {
    warnings.push(`The settings sprintFlow.goals.field and sprintFlow.goals.fieldValue name "${fieldName}" = "${value}", but the board has no such single-select field and option. Goals are found by label only.`);
    return undefined;
  }
  return { field, optionId: option.id };
}

interface NodesData {
  nodes: unknown[];
}

/** Goal issues by node id with their sub-issue summary and whole commit-bearing timeline, 100 a request. */
export async function readGoalDetails(api: GitHubApi, ids: readonly string[]): Promise<GoalIssueDetails[]> {
  const details: GoalIssueDetails[] = [];
  for (let start = 0; start < ids.length; start += NODES_PER_REQUEST) {
    const data = await api.graphql<NodesData>(GoalDetailsQuery, { ids: ids.slice(start, start + NODES_PER_REQUEST), timelineAfter: null });
    details.push(...(data.nodes ?? []).map(parseGoalIssue).filter((d): d is GoalIssueDetails => !!d));
  }
  // Goals with a long timeline (rare): read the rest of each one's, one goal at a time.
  for (const goal of details) {
    let after = goal.timelineAfter;
    while (after) {
      const data = await api.graphql<NodesData>(GoalDetailsQuery, { ids: [goal.id], timelineAfter: after });
      const more = parseGoalIssue(data.nodes?.[0]);
      goal.timeline.push(...(more?.timeline ?? []));
      after = more?.timelineAfter;
    }
  }
  return details;
}
