import { Iteration, IterationField, SprintItem } from '../core/model';
import { mySprintItems } from '../core/sprint';
import { GitHubApi } from './api';
import { ItemFieldValuesQuery, MySprintItemsQuery, ProjectItemsPageQuery } from './graphql/project';
import { addFieldValues, ParsedItem, parseItemPage } from './parse';
import { ItemPage, readProjectItemPages } from './projectItemPages';

export interface SprintItemsRequest {
  projectId: string;
  viewer: string;
  iterationField: IterationField;
  iteration: Iteration;
  /** Whether the server filters items itself (items(query:)); otherwise every item is paged and filtered here. */
  serverFilter: boolean;
  /** With serverFilter: the first page of my items, already read with the board; paging goes on from there. */
  firstPage?: ItemPage<ParsedItem>;
  /** Without: the items on screen, read again by id, when the board has not changed since every item was read. */
  unchangedBoardItems?: ParsedItem[];
}

/** My items in the given iteration, in as few requests as the server allows. */
export async function readMySprintItems(api: GitHubApi, request: SprintItemsRequest): Promise<SprintItem[]> {
  const parsed = request.serverFilter
    ? await readProjectItemPages(api, MySprintItemsQuery, {
        projectId: request.projectId,
        filter: myCurrentItemsFilter(request.iterationField.name),
      }, parseItemPage, request.firstPage)
    : (request.unchangedBoardItems ?? (await readProjectItemPages(api, ProjectItemsPageQuery, { projectId: request.projectId }, parseItemPage)));
  await completeFieldValues(api, parsed);
  // The server's @current is computed in UTC; keep exactly the iteration that is current in the user's time zone.
  const login = request.serverFilter ? undefined : request.viewer;
  return mySprintItems(parsed.map((p) => p.item), login, request.iterationField.id, request.iteration);
}

/** The items(query:) filter for my items in the iteration field's current iteration. */
export function myCurrentItemsFilter(iterationFieldName: string): string {
  return `assignee:@me ${filterFieldName(iterationFieldName)}:@current`;
}

interface FieldValuesData {
  node: { fieldValues?: { nodes?: Record<string, unknown>[]; pageInfo?: { hasNextPage?: boolean; endCursor?: string } } } | null;
}

/** Boards with more than 20 fields: read the rest of each such item's values (rare, so one item at a time). */
async function completeFieldValues(api: GitHubApi, parsed: ParsedItem[]): Promise<void> {
  for (const entry of parsed) {
    let after = entry.moreFieldValuesAfter;
    while (after) {
      const data = await api.graphql<FieldValuesData>(ItemFieldValuesQuery, { itemId: entry.item.id, after });
      const values = data.node?.fieldValues;
      addFieldValues(entry.item, values?.nodes ?? []);
      after = values?.pageInfo?.hasNextPage ? values.pageInfo.endCursor : undefined;
    }
  }
}

/** Project filter syntax names a field in lower case with hyphens for spaces, or quoted when that is not enough. */
export function filterFieldName(name: string): string {
  const simple = name.trim().toLowerCase().replace(/\s+/g, '-');
  return /^[\p{L}\p{N}_-]+$/u.test(simple) ? simple : `"${name.replace(/"/g, '')}"`;
}
