import { Iteration, IterationField, SprintItem } from '../core/model';
import { mySprintItems } from '../core/sprint';
import { GitHubApi } from './api';
import { MySprintItemsQuery, ProjectItemsPageQuery } from './graphql/project';
import { ItemFieldNames, itemFieldVariables } from './itemFields';
import { parseItemPage } from './parse';
import { ItemPage, readProjectItemPages } from './projectItemPages';

export interface SprintItemsRequest {
  projectId: string;
  viewer: string;
  iterationField: IterationField;
  iteration: Iteration;
  /** The fields to read from each item, by name (the board's discovered fields). */
  fieldNames: ItemFieldNames;
  /** Whether the server filters items itself (items(query:)); otherwise every item is paged and filtered here. */
  serverFilter: boolean;
  /** With serverFilter: the first page of my items, already read with the board; paging goes on from there. */
  firstPage?: ItemPage<SprintItem>;
  /** Without: the items on screen, read again by id, when the board has not changed since every item was read. */
  unchangedBoardItems?: SprintItem[];
}

/** My items in the given iteration, in as few requests as the server allows. */
export async function readMySprintItems(api: GitHubApi, request: SprintItemsRequest): Promise<SprintItem[]> {
  const fieldVariables = itemFieldVariables(request.fieldNames);
  const items = request.serverFilter
    ? await readProjectItemPages(api, MySprintItemsQuery, {
        projectId: request.projectId,
        filter: myCurrentItemsFilter(request.iterationField.name),
        ...fieldVariables,
      }, parseItemPage, request.firstPage)
    : (request.unchangedBoardItems ?? (await readProjectItemPages(api, ProjectItemsPageQuery, { projectId: request.projectId, ...fieldVariables }, parseItemPage)));
  // The server's @current is computed in UTC; keep exactly the iteration that is current in the user's time zone.
  const login = request.serverFilter ? undefined : request.viewer;
  return mySprintItems(items, login, request.iterationField.id, request.iteration);
}

/** The items(query:) filter for my items in the iteration field's current iteration. */
export function myCurrentItemsFilter(iterationFieldName: string): string {
  return `assignee:@me ${filterFieldName(iterationFieldName)}:@current`;
}

/** Project filter syntax names a field in lower case with hyphens for spaces, or quoted when that is not enough. */
export function filterFieldName(name: string): string {
  const simple = name.trim().toLowerCase().replace(/\s+/g, '-');
  return /^[\p{L}\p{N}_-]+$/u.test(simple) ? simple : `"${name.replace(/"/g, '')}"`;
}
