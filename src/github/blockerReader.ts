import { blockerHistory, BlockerFlag } from '../core/blockers';
import { readMarkers } from '../core/markers';
import { SprintItem } from '../core/model';
import { GitHubApi } from './api';
import { ItemCommentsQuery } from './graphql/blockers';

const BATCH = 50;

interface ItemCommentsData {
  nodes: ({ id?: string; body?: string; comments?: { nodes?: ({ body?: string } | null)[] } } | null)[];
}

/**
 * The open blocker flag of each item, from the markers in its latest comments (a draft's body), keyed by the
 * content id. Items are read in batches of 50 with nodes(ids:).
 */
export async function readOpenBlockers(api: GitHubApi, items: readonly SprintItem[]): Promise<Map<string, BlockerFlag | undefined>> {
  const ids = [...new Set(items.map((i) => i.contentId).filter((id): id is string => !!id))];
  const open = new Map<string, BlockerFlag | undefined>();
  for (let start = 0; start < ids.length; start += BATCH) {
    const data = await api.graphql<ItemCommentsData>(ItemCommentsQuery, { ids: ids.slice(start, start + BATCH) });
    for (const node of data.nodes ?? []) {
      if (!node?.id) {
        continue;
      }
      const bodies = node.comments ? (node.comments.nodes ?? []).map((c) => c?.body ?? '') : [node.body ?? ''];
      const records = bodies.flatMap((body) => readMarkers(body).records);
      open.set(node.id, blockerHistory(records).open?.flag);
    }
  }
  return open;
}
