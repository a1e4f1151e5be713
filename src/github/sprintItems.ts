import { currentIterationOf } from '../core/iteration';
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
  /** The items(query:) filter for my items (mySprintItemsFilter); without one, every item is paged and filtered here. */
  filter?: string;
  /** With a filter: the first page of my items, already read with the board; paging goes on from there. */
  firstPage?: ItemPage<SprintItem>;
  /** Without: the items on screen, read again by id, when the board has not changed since every item was read. */
  unchangedBoardItems?: SprintItem[];
}

/** My items in the given iteration, in as few requests as the server allows. */
export async function readMySprintItems(api: GitHubApi, request: SprintItemsRequest): Promise<SprintItem[]> {
  const fieldVariables = itemFieldVariables(request.fieldNames);
  const items = request.filter
    ? await readProjectItemPages(api, MySprintItemsQuery, {
        projectId: request.projectId,
        filter: request.filter,
        ...fieldVariables,
      }, parseItemPage, request.firstPage)
    : (request.unchangedBoardItems ?? (await readProjectItemPages(api, ProjectItemsPageQuery, { projectId: request.projectId, ...fieldVariables }, parseItemPage)));
  // Keep exactly the iteration asked for: a title filter also matches iterations of the same title.
  const login = request.filter ? undefined : request.viewer;
  return mySprintItems(items, login, request.iterationField.id, request.iteration);
}

/** The items(query:) filter for my items in the iteration; undefined when no filter can name it (see iterationTerm). */
export function mySprintItemsFilter(iterationField: IterationField, iteration: Iteration, now: Date): string | undefined {
  const term = iterationTerm(iterationField, iteration, now);
  return term && `assignee:@me ${term}`;
}

/**
 * The items(query:) term for one iteration's items. GitHub's @current counts days in UTC, so where the user's day
 * differs (the last evening of a sprint west of UTC, its first morning east of it) @current names another
 * iteration: then the iteration is named by its title. Undefined when the title cannot name it either (see titleFilterValues): the caller pages.
 */
export function iterationTerm(iterationField: IterationField, iteration: Iteration, now: Date): string | undefined {
  const name = filterFieldName(iterationField.name);
  if (currentIterationOf(iterationField, now, 'UTC')?.id === iteration.id) {
    return `${name}:@current`;
  }
  const title = titleFilterValues(iterationField, [iteration]);
  return title && `${name}:${title}`;
}

/**
 * The iterations' titles as filter values (`"Iteration 4","Iteration 5"`), or undefined when a title cannot name its
 * iteration: it holds a double quote (filters cannot quote it), or another iteration of the field has the same title
 * (GitHub takes a title for one iteration).
 */
export function titleFilterValues(iterationField: IterationField, iterations: readonly Iteration[]): string | undefined {
  const all = [...iterationField.iterations, ...iterationField.completedIterations];
  const named = (title: string) => all.filter((it) => it.title.trim().toLowerCase() === title.trim().toLowerCase()).length === 1;
  return iterations.every((it) => !it.title.includes('"') && named(it.title)) ? iterations.map((it) => `"${it.title}"`).join(',') : undefined;
}

/** Project filter syntax names a field in lower case with hyphens for spaces, or quoted when that is not enough. */
export function filterFieldName(name: string): string {
  const simple = name.trim().toLowerCase().replace(/\s+/g, '-');
  return /^[\p{L}\p{N}_-]+$/u.test(simple) ? simple : `"${name.replace(/"/g, '')}"`;
}
