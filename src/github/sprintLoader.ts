import { discoverFields, FieldOverrides } from '../core/fieldDiscovery';
import { currentIteration, nextIteration } from '../core/iteration';
import { Iteration, ProjectRef, SprintItem, SprintSnapshot } from '../core/model';
import { GitHubApi } from './api';
import { supportsItemsQuery } from './capabilities';
import { readOpenBlockers } from './blockerReader';
import { readProjectBoard } from './projectBoard';
import { readMySprintItems } from './sprintItems';

export interface SprintLoadOptions {
  fieldOverrides: FieldOverrides;
  timeZone: string;
  now: Date;
}

interface BoardSummary {
  projectTitle: string;
  projectUrl: string;
  warnings: string[];
}

export type SprintLoad =
  | ({ kind: 'ready'; snapshot: SprintSnapshot } & BoardSummary)
  | ({ kind: 'noIterationField' } & BoardSummary)
  | ({ kind: 'noCurrentIteration'; iterationFieldName: string; next?: Iteration } & BoardSummary);

/**
 * Reads the board, finds its fields and current iteration, then my items in it and their open blockers. `previous`
 * (the snapshot on screen) spares re-reading the comments of items that have not changed since.
 */
export async function loadSprint(api: GitHubApi, ref: ProjectRef, options: SprintLoadOptions, previous?: SprintSnapshot): Promise<SprintLoad> {
  const [{ viewer, project }, serverFilter] = await Promise.all([readProjectBoard(api, ref), supportsItemsQuery(api)]);
  const { fields, warnings } = discoverFields(project, options.fieldOverrides, previous?.projectId === project.id ? previous.fields : undefined);
  const summary: BoardSummary = { projectTitle: project.title, projectUrl: project.url || ref.url, warnings };

  const iterationField = fields.iteration;
  if (!iterationField) {
    return { kind: 'noIterationField', ...summary };
  }
  const iteration = currentIteration(iterationField.iterations, options.now, options.timeZone);
  if (!iteration) {
    const next = nextIteration(iterationField.iterations, options.now, options.timeZone);
    return { kind: 'noCurrentIteration', iterationFieldName: iterationField.name, ...(next ? { next } : {}), ...summary };
  }

  const items = await readMySprintItems(api, { projectId: project.id, viewer, iterationField, iteration, serverFilter });
  await addOpenBlockers(api, items, previous?.projectId === project.id ? previous.items : []);
  return {
    kind: 'ready',
    ...summary,
    snapshot: {
      projectUrl: ref.url,
      projectId: project.id,
      projectTitle: project.title,
      viewer,
      fields,
      iteration,
      items,
      fetchedAt: options.now.toISOString(),
    },
  };
}

async function addOpenBlockers(api: GitHubApi, items: SprintItem[], previousItems: readonly SprintItem[]): Promise<void> {
  const before = new Map(previousItems.map((item) => [item.id, item]));
  const changed = items.filter((item) => {
    const known = before.get(item.id);
    if (known?.updatedAt && known.updatedAt === item.updatedAt) {
      item.openBlocker = known.openBlocker;
      return false;
    }
    return !!item.contentId;
  });
  if (changed.length === 0) {
    return;
  }
  const open = await readOpenBlockers(api, changed);
  for (const item of changed) {
    item.openBlocker = open.get(item.contentId!);
  }
}
