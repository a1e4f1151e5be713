import { discoverFields, FieldOverrides } from '../core/fieldDiscovery';
import { currentIterationOf, nextIteration } from '../core/iteration';
import { BoardFields, BoardVersion, Iteration, ProjectRef, SprintItem, SprintSnapshot } from '../core/model';
import { LeftOutRecord } from '../core/records/authorship';
import { boardUnchangedSince, isBlocked } from '../core/sprint';
import { GitHubApi } from './api';
import { supportsItemsQuery } from './capabilities';
import { readOpenBlockers } from './blockerReader';
import { itemFieldNames, sameFieldNames } from './itemFields';
import { ProjectBoard, readProjectBoard } from './projectBoard';
import { mySprintItemsFilter, readMySprintItems } from './sprintItems';
import { recheckSprint } from './sprintRecheck';

export interface SprintLoadOptions {
  fieldOverrides: FieldOverrides;
  timeZone: string;
  now: Date;
  /** Without items(query:): page through every item even when the board looks unchanged (the person asked). */
  fullRead?: boolean;
}

interface BoardSummary {
  projectTitle: string;
  projectUrl: string;
  warnings: string[];
}

export type SprintLoad =
  | ({ kind: 'ready'; snapshot: SprintSnapshot; leftOut: LeftOutRecord[] } & BoardSummary)
  | ({ kind: 'noIterationField' } & BoardSummary)
  | ({ kind: 'noCurrentIteration'; iterationFieldName: string; next?: Iteration } & BoardSummary);

/**
 * Reads the board, finds its fields and current iteration, then my items in it and their open blockers.
 * `previous` (the snapshot on screen) makes a repeated refresh cheap: one request where GitHub filters items
 * (the board's fields and my items together), or, where it cannot, one request that tells whether the board
 * changed and re-reads my known items, paging through the whole board only when it did. It also spares re-reading
 * the comments of items that have not changed.
 */
export async function loadSprint(api: GitHubApi, ref: ProjectRef, options: SprintLoadOptions, previous?: SprintSnapshot): Promise<SprintLoad> {
  const serverFilter = await supportsItemsQuery(api);
  // The filter GitHub is asked for my items, when it can filter them: it names the iteration current in my time zone.
  const filterFor = (fields: BoardFields): string | undefined => {
    const iteration = serverFilter && fields.iteration && currentIterationOf(fields.iteration, options.now, options.timeZone);
    return iteration ? mySprintItemsFilter(fields.iteration!, iteration, options.now) : undefined;
  };
  const shown = previous?.projectUrl === ref.url ? previous : undefined;
  const rechecked = shown && (await recheckSprint(api, shown, filterFor(shown.fields)));
  const board: ProjectBoard = rechecked || (await readProjectBoard(api, ref));
  const { viewer, project } = board;
  const { fields, warnings } = discoverFields(project, options.fieldOverrides, previous?.projectId === project.id ? previous.fields : undefined);
  const summary: BoardSummary = { projectTitle: project.title, projectUrl: project.url || ref.url, warnings };

  const iterationField = fields.iteration;
  if (!iterationField) {
    return { kind: 'noIterationField', ...summary };
  }
  const iteration = currentIterationOf(iterationField, options.now, options.timeZone);
  if (!iteration) {
    const next = nextIteration(iterationField.iterations, options.now, options.timeZone);
    return { kind: 'noCurrentIteration', iterationFieldName: iterationField.name, ...(next ? { next } : {}), ...summary };
  }

  // Items read by the names of fields since renamed on the board (a rename keeps the id, so discovery follows it)
  // lack those values: my items are read again; without items(query:), by id in one more check, not by paging.
  const fieldNames = itemFieldNames(fields)!;
  const filter = filterFor(fields);
  const renamed = !!rechecked && !sameFieldNames(rechecked.fieldNames, fieldNames);
  const itemsRead = renamed && !filter && shown ? await recheckSprint(api, { ...shown, fields }, undefined) : renamed ? undefined : rechecked;
  // A filter named after another iteration field, or another iteration, chose the wrong items: read again.
  const firstPage = filter && itemsRead?.firstPage?.filter === filter ? itemsRead.firstPage : undefined;
  const unchanged =
    !filter &&
    !options.fullRead &&
    !!shown &&
    !!itemsRead?.knownItems &&
    boardUnchangedSince(shown, {
      viewer,
      updatedAt: project.updatedAt,
      itemCount: board.itemCount,
      iterationFieldId: iterationField.id,
      iterationId: iteration.id,
      now: options.now,
    });
  const items = await readMySprintItems(api, {
    projectId: project.id,
    viewer,
    iterationField,
    iteration,
    fieldNames,
    ...(filter ? { filter } : {}),
    ...(firstPage ? { firstPage } : {}),
    ...(unchanged ? { unchangedBoardItems: itemsRead.knownItems } : {}),
  });
  const leftOut = await addOpenBlockers(api, items, shown?.projectId === project.id ? shown.items : [], (item) => isBlocked(item, fields));
  const boardVersion = filter ? undefined : unchanged ? shown.boardVersion : versionOf(board, options.now);
  return {
    kind: 'ready',
    ...summary,
    leftOut,
    snapshot: {
      projectUrl: ref.url,
      projectId: project.id,
      projectTitle: project.title,
      viewer,
      fields,
      iteration,
      items,
      fetchedAt: options.now.toISOString(),
      ...(boardVersion ? { boardVersion } : {}),
    },
  };
}

/** The board's version as read before its items were paged, so that a change during the paging shows next time. */
function versionOf(board: ProjectBoard, now: Date): BoardVersion | undefined {
  if (board.itemCount === undefined) {
    return undefined;
  }
  return { ...(board.project.updatedAt ? { updatedAt: board.project.updatedAt } : {}), itemCount: board.itemCount, readAt: now.toISOString() };
}

/** Each item's open flag and the records left out on it; returns the comments left out in this read, for the log. */
async function addOpenBlockers(
  api: GitHubApi,
  items: SprintItem[],
  previousItems: readonly SprintItem[],
  isBlockedItem: (item: SprintItem) => boolean,
): Promise<LeftOutRecord[]> {
  const before = new Map(previousItems.map((item) => [item.id, item]));
  const changed = items.filter((item) => {
    const known = before.get(item.id);
    if (known?.updatedAt && known.updatedAt === item.updatedAt) {
      item.openBlocker = known.openBlocker;
      if (known.leftOutRecords) item.leftOutRecords = known.leftOutRecords;
      return false;
    }
    return !!item.contentId;
  });
  if (changed.length === 0) {
    return [];
  }
  const read = await readOpenBlockers(api, changed, isBlockedItem);
  for (const item of changed) {
    item.openBlocker = read.open.get(item.contentId!);
    const leftOut = read.leftOut.get(item.contentId!);
    if (leftOut) item.leftOutRecords = leftOut;
  }
  return read.tally.records;
}
