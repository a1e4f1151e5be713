import { localDate } from '../core/calendar';
import { IterationItem } from '../core/goals';
import { Interruption } from '../core/interruptions';
import { MarkerRecord } from '../core/markers';
import { LeftOutTally } from '../core/records/authorship';
import { countedRecords, RecordComment } from '../core/records/recordComments';
import { BLOCKER_RECORDS } from '../core/records/recordRules';
import { discoverFields, FieldOverrides } from '../core/fieldDiscovery';
import { BoardFields, Iteration, ProjectRef } from '../core/model';
import { allIterations, chooseIterations, IterationChoice } from '../core/report/range';
import { ReportSource } from '../core/report/model';
import { parseProjectUrl } from '../core/projectUrl';
import { isInIteration } from '../core/sprint';
import { loggedEntries, RepositoryName, TEAM_LOG_LABEL } from '../core/teamLog';
import { GitHubApi } from './api';
import { supportsItemsQuery } from './capabilities';
import { parseCandidatePage } from './goalParse';
import { InterruptionLogCommentsQuery } from './graphql/interruptions';
import { ReportItemCommentsPageQuery, ReportItemCommentsQuery, ReportItemsPageQuery, ReportItemsQuery, TeamLogEntriesQuery } from './graphql/report';
import { itemFieldNames, itemFieldVariables } from './itemFields';
import { readProjectBoard } from './projectBoard';
import { filterFieldName, titleFilterValues } from './sprintItems';
import { readTeamLogRepository } from './teamLog';
import { JsonObject, nodesOf, obj, str } from './json';
import { draftBodyComment, parseRecordComment } from './parse';
import * as l10n from '@vscode/l10n';

/** GitHub answers at most 100 ids per nodes(ids:). */
const ITEMS_PER_REQUEST = 100;
/** Each repository brings up to 100 log issues × 100 comments: ten keep a request well inside GitHub's node limit. */
const REPOSITORIES_PER_REQUEST = 10;

export interface ReportRequest {
  projectTitle: string;
  projectUrl: string;
  projectId: string;
  fields: BoardFields;
  iterations: Iteration[];
  /** The configured team log repository, read even when no item of the board lives there. */
  teamLogRepository?: RepositoryName;
  now: Date;
}

const nextCursor = (connection: unknown): string | undefined => {
  const info = obj(obj(connection)?.pageInfo);
  return info?.hasNextPage === true ? str(info.endCursor) : undefined;
};

/**
 * Everything the team report counts, in few requests: the items of the chosen iterations (one filtered query, or
 * pages of the board), every comment of those items (nodes(ids:) by 100), and every team log issue with its
 * comments in the configured log repository and the board owner's repositories those items live in (nodes(ids:) by
 * 10 repositories).
 */
export async function loadReportSource(api: GitHubApi, request: ReportRequest): Promise<ReportSource> {
  const iterationField = request.fields.iteration;
  const { items, repositoryIds } = iterationField ? await readIterationItems(api, request) : { items: [], repositoryIds: new Set<string>() };
  if (request.teamLogRepository) {
    const repo = await readTeamLogRepository(api, request.teamLogRepository).catch(() => undefined);
    if (repo) repositoryIds.add(repo.id);
  }
  const leftOut = new LeftOutTally();
  const [comments, logs] = await Promise.all([readBlockerRecords(api, items, leftOut), readTeamLogs(api, [...repositoryIds], leftOut)]);
  return {
    projectTitle: request.projectTitle,
    projectUrl: request.projectUrl,
    fields: request.fields,
    iterations: request.iterations,
    items,
    interruptions: logs.entries,
    blockerRecords: comments.records,
    skippedMarkers: comments.skipped + logs.skipped,
    leftOut: leftOut.counts,
    leftOutRecords: leftOut.records,
    readAt: request.now.toISOString(),
  };
}

/** The login of the account that owns the board, from its URL; undefined when the URL is not a project's. */
function boardOwner(projectUrl: string): string | undefined {
  try {
    return parseProjectUrl(projectUrl).owner.toLowerCase();
  } catch {
    return undefined;
  }
}

/**
 * The board's items in the request's iterations, and the ids of the repositories they live in that the board's owner
 * owns: where the team keeps its logs. A board also tracks issues of other projects (upstream work), whose members
 * are "the team" of their own repositories only; their logs are not this team's. No comments are read.
 */
export async function readIterationItems(api: GitHubApi, request: ReportRequest): Promise<{ items: IterationItem[]; repositoryIds: Set<string> }> {
  const field = request.fields.iteration!;
  const owner = boardOwner(request.projectUrl);
  // Iterations are named by title; where a title cannot name its iteration, every item is paged instead.
  const titles = (await supportsItemsQuery(api)) ? titleFilterValues(field, request.iterations) : undefined;
  const serverFilter = titles !== undefined;
  const variables: JsonObject = { projectId: request.projectId, ...itemFieldVariables(itemFieldNames(request.fields)!) };
  if (serverFilter) {
    variables.filter = `${filterFieldName(field.name)}:${titles}`;
  }
  const items: IterationItem[] = [];
  const repositoryIds = new Set<string>();
  let after: string | undefined;
  do {
    const data = await api.graphql<{ node: { items?: unknown } | null }>(serverFilter ? ReportItemsQuery : ReportItemsPageQuery, { ...variables, after });
    const connection = data.node?.items;
    items.push(...parseCandidatePage(connection).items);
    for (const node of nodesOf(connection)) {
      const repository = obj(obj(node.content)?.repository);
      const id = str(repository?.id);
      const repositoryOwner = str(repository?.nameWithOwner)?.split('/')[0].toLowerCase();
      if (id && owner && repositoryOwner === owner) repositoryIds.add(id);
    }
    after = nextCursor(connection);
  } while (after);
  const inRange = items.filter((item) => request.iterations.some((it) => isInIteration(item, field.id, it)));
  return { items: inRange, repositoryIds };
}

/** The blocker records that count on each item (see records/recordComments.ts); other kinds are read by their own features. */
async function readBlockerRecords(api: GitHubApi, items: readonly IterationItem[], leftOut: LeftOutTally): Promise<{ records: Record<string, MarkerRecord[]>; skipped: number }> {
  const ids = [...new Set(items.map((i) => i.contentId).filter((id): id is string => !!id))];
  const records: Record<string, MarkerRecord[]> = {};
  const seen = new Map<string, Set<string>>();
  let skipped = 0;
  const add = (id: string, comments: RecordComment[]) => {
    const read = countedRecords(comments, BLOCKER_RECORDS, leftOut, seen.get(id) ?? seen.set(id, new Set()).get(id));
    skipped += read.skipped;
    if (read.counted.length) (records[id] ??= []).push(...read.counted.map((c) => c.record));
  };
  const more: { id: string; after: string }[] = [];
  for (let start = 0; start < ids.length; start += ITEMS_PER_REQUEST) {
    const data = await api.graphql<{ nodes?: unknown[] }>(ReportItemCommentsQuery, { ids: ids.slice(start, start + ITEMS_PER_REQUEST) });
    for (const node of (data.nodes ?? []).map(obj)) {
      const id = str(node?.id);
      if (!node || !id) continue;
      if (node.__typename === 'DraftIssue') {
        add(id, [draftBodyComment(node.body)]);
        continue;
      }
      add(id, nodesOf(node.comments).map(parseRecordComment));
      const after = nextCursor(node.comments);
      if (after) more.push({ id, after });
    }
  }
  for (const page of more) {
    let after: string | undefined = page.after;
    while (after) {
      const data: { node?: { comments?: unknown } | null } = await api.graphql(ReportItemCommentsPageQuery, { id: page.id, after });
      add(page.id, nodesOf(data.node?.comments).map(parseRecordComment));
      after = nextCursor(data.node?.comments);
    }
  }
  return { records, skipped };
}

async function readTeamLogs(api: GitHubApi, repositoryIds: string[], leftOut: LeftOutTally): Promise<{ entries: Interruption[]; skipped: number }> {
  const comments: RecordComment[] = [];
  const more: { issueId: string; after: string }[] = [];
  for (let start = 0; start < repositoryIds.length; start += REPOSITORIES_PER_REQUEST) {
    const data = await api.graphql<{ nodes?: unknown[] }>(TeamLogEntriesQuery, {
      repositoryIds: repositoryIds.slice(start, start + REPOSITORIES_PER_REQUEST),
      label: TEAM_LOG_LABEL.name,
    });
    for (const repository of (data.nodes ?? []).map(obj)) {
      for (const issue of nodesOf(repository?.issues)) {
        comments.push(...nodesOf(issue.comments).map(parseRecordComment));
        const after = nextCursor(issue.comments);
        const issueId = str(issue.id);
        if (after && issueId) more.push({ issueId, after });
      }
    }
  }
  for (const page of more) {
    let after: string | undefined = page.after;
    while (after) {
      const data: { node?: { comments?: unknown } | null } = await api.graphql(InterruptionLogCommentsQuery, { issueId: page.issueId, after });
      comments.push(...nodesOf(data.node?.comments).map(parseRecordComment));
      after = nextCursor(data.node?.comments);
    }
  }
  const { entries, unreadable } = loggedEntries(comments, leftOut);
  return { entries: [...entries.values()].map((e) => e.entry), skipped: unreadable };
}


export interface ReportLoadOptions {
  choice?: IterationChoice;
  fieldOverrides: FieldOverrides;
  teamLogRepository?: RepositoryName;
  now: Date;
  timeZone: string;
}

export type ReportLoad = { kind: 'ready'; source: ReportSource; allIterations: string[] } | { kind: 'problem'; message: string };

/** The board (fields, iterations), the chosen range, then everything in it. */
export async function loadReport(api: GitHubApi, ref: ProjectRef, options: ReportLoadOptions): Promise<ReportLoad> {
  const { project } = await readProjectBoard(api, ref);
  const { fields } = discoverFields(project, options.fieldOverrides);
  if (!fields.iteration) {
    return { kind: 'problem', message: l10n.t('The board "{0}" has no iteration field, so there are no iterations to report on. Add one on GitHub, or name it in the sprintFlow.fields.iteration setting.', project.title) };
  }
  const range = chooseIterations(fields.iteration, options.choice, options.now, options.timeZone);
  if (!range.ok) {
    return { kind: 'problem', message: range.reason };
  }
  const source = await loadReportSource(api, {
    projectTitle: project.title,
    projectUrl: project.url || ref.url,
    projectId: project.id,
    fields,
    iterations: range.iterations,
    ...(options.teamLogRepository ? { teamLogRepository: options.teamLogRepository } : {}),
    now: options.now,
  });
  const today = localDate(options.now, options.timeZone);
  const started = allIterations(fields.iteration).filter((it) => it.startDate <= today || range.iterations.includes(it));
  return { kind: 'ready', source, allIterations: started.map((it) => it.title) };
}
