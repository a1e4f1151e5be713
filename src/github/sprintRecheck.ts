import { SprintItem, SprintSnapshot } from '../core/model';
import { GitHubApi } from './api';
import { GitHubError } from './errors';
import { BoardAndMySprintItemsQuery, BoardChangeCheckQuery } from './graphql/project';
import { ItemFieldNames, itemFieldNames, itemFieldVariables } from './itemFields';
import { obj } from './json';
import { parseItem, parseItemPage } from './parse';
import { parseBoard, ProjectBoard } from './projectBoard';
import { ItemPage } from './projectItemPages';

/** GitHub answers nodes(ids:) for at most 100 ids. */
const MAX_IDS = 100;

/** The board as a refresh that knows it reads it again, with what that same request learnt about my items. */
export interface RecheckedBoard extends ProjectBoard {
  /** The fields read from the items below, by the names they had in the sprint on screen. */
  fieldNames: ItemFieldNames;
  /** With items(query:): the first page of my items, and the filter that chose them. */
  firstPage?: ItemPage<SprintItem> & { filter: string };
  /** Without it: the items on screen, read again by id. */
  knownItems?: SprintItem[];
}

interface RecheckData {
  viewer?: { login?: string } | null;
  node: unknown;
  nodes?: unknown[];
}

/**
 * One request for a refresh that has the sprint on screen: the board's fields, and my items filtered by GitHub or
 * (without items(query:)) the board's version and my known items. Undefined when that cannot be asked or answered
 * (the project or an item on screen is gone): the caller then reads the board by its URL, which says what is missing.
 */
export async function recheckSprint(api: GitHubApi, shown: SprintSnapshot, filter: string | undefined): Promise<RecheckedBoard | undefined> {
  try {
    return filter ? await readBoardAndMyItems(api, shown, filter) : await checkBoardAndKnownItems(api, shown);
  } catch (error) {
    if (error instanceof GitHubError && error.problem === 'notFound') {
      return undefined;
    }
    throw error;
  }
}

async function readBoardAndMyItems(api: GitHubApi, shown: SprintSnapshot, filter: string): Promise<RecheckedBoard | undefined> {
  const fieldNames = itemFieldNames(shown.fields);
  if (!fieldNames) {
    return undefined;
  }
  const data = await api.graphql<RecheckData>(BoardAndMySprintItemsQuery, { projectId: shown.projectId, filter, ...itemFieldVariables(fieldNames) });
  const board = data.viewer?.login ? parseBoard(data.viewer.login, data.node) : undefined;
  return board && { ...board, fieldNames, firstPage: { ...parseItemPage(obj(data.node)?.items), filter } };
}

async function checkBoardAndKnownItems(api: GitHubApi, shown: SprintSnapshot): Promise<RecheckedBoard | undefined> {
  const fieldNames = itemFieldNames(shown.fields);
  if (shown.items.length > MAX_IDS || !fieldNames) {
    return undefined;
  }
  const itemIds = shown.items.map((item) => item.id);
  const data = await api.graphql<RecheckData>(BoardChangeCheckQuery, { projectId: shown.projectId, itemIds, ...itemFieldVariables(fieldNames) });
  const board = data.viewer?.login ? parseBoard(data.viewer.login, data.node) : undefined;
  const knownItems = (data.nodes ?? []).flatMap((node) => {
    const raw = obj(node);
    const item = raw && parseItem(raw);
    return item ? [item] : [];
  });
  return board && { ...board, fieldNames, knownItems };
}
