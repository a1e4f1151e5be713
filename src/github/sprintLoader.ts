import { discoverFields, FieldOverrides } from '../core/fieldDiscovery';
import { currentIteration, nextIteration } from '../core/iteration';
import { Iteration, ProjectRef, SprintSnapshot } from '../core/model';
import { GitHubApi } from './api';
import { supportsItemsQuery } from './capabilities';
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

/** Reads the board, finds its fields and current iteration, then my items in it. */
export async function loadSprint(api: GitHubApi, ref: ProjectRef, options: SprintLoadOptions): Promise<SprintLoad> {
  const [{ viewer, project }, serverFilter] = await Promise.all([readProjectBoard(api, ref), supportsItemsQuery(api)]);
  const { fields, warnings } = discoverFields(project, options.fieldOverrides);
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
