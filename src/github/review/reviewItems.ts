import { ReviewItem, StateEvent, StatusEvent } from '../../core/review/model';
import { BoardFields } from '../../core/model';
import { GitHubApi } from '../api';
import { ReviewItemsQuery, ReviewItemsWithHistoryQuery } from '../graphql/review';
import { JsonObject, nodesOf, num, obj, str, text } from '../json';
import * as l10n from '@vscode/l10n';

/** GitHub answers at most 100 ids per nodes(ids:). */
const IDS_PER_REQUEST = 100;

const logins = (connection: unknown) => nodesOf(connection).map((n) => text(n.login)).filter((l): l is string => !!l);

/** One ProjectV2Item node of the ReviewItems documents; undefined for anything else (a deleted item is null). */
export function parseReviewItem(raw: JsonObject | undefined, projectId: string): ReviewItem | undefined {
  const itemId = str(raw?.id);
  if (!raw || !itemId) return undefined;
  const content = obj(raw.content);
  const typename = str(content?.__typename);
  const type = typename === 'Issue' ? 'ISSUE' : typename === 'PullRequest' ? 'PULL_REQUEST' : typename === 'DraftIssue' ? 'DRAFT_ISSUE' : 'REDACTED';
  const repository = str(obj(content?.repository)?.nameWithOwner);
  const number = num(content?.number);
  const title = text(content?.title) ?? l10n.t('An item you cannot see');
  const item: ReviewItem = {
    itemId,
    type,
    reference: repository && number !== undefined ? `${repository}#${number}` : title,
    title,
    assignees: logins(content?.assignees),
    labels: nodesOf(content?.labels).map((n) => text(n.name)).filter((l): l is string => !!l),
  };
  const set = <K extends keyof ReviewItem>(key: K, value: ReviewItem[K] | undefined) => {
    if (value !== undefined) item[key] = value;
  };
  set('contentId', str(content?.id));
  set('url', str(content?.url));
  set('parentId', str(obj(content?.parent)?.id));
  set('addedAt', str(raw.createdAt));
  const status = obj(raw.status);
  set('statusOptionId', str(status?.optionId));
  set('statusSetAt', str(status?.updatedAt));
  const iteration = obj(raw.iteration);
  set('iterationId', str(iteration?.iterationId));
  set('iterationSetAt', str(iteration?.updatedAt));
  set('estimate', num(obj(raw.estimate)?.number));
  const state = str(content?.issueState) ?? str(content?.pullRequestState);
  if (state === 'OPEN' || state === 'CLOSED' || state === 'MERGED') item.state = state;
  set('closedAt', str(content?.mergedAt) ?? str(content?.closedAt));
  if (content && (typename === 'Issue' || typename === 'PullRequest')) readTimeline(item, content.timelineItems, projectId);
  return item;
}

function readTimeline(item: ReviewItem, connection: unknown, projectId: string): void {
  const nodes = nodesOf(connection);
  // A timeline longer than one page is not read half: the review then falls back to the close time and Status now.
  if (obj(obj(connection)?.pageInfo)?.hasNextPage === true || !obj(connection)) return;
  const stateEvents: StateEvent[] = [];
  const statusEvents: StatusEvent[] = [];
  for (const node of nodes) {
    const at = str(node.createdAt);
    switch (node.__typename) {
      case 'ClosedEvent':
        if (at) stateEvents.push({ kind: 'closed', at });
        break;
      case 'ReopenedEvent':
        if (at) stateEvents.push({ kind: 'reopened', at });
        break;
      case 'MergedEvent':
        if (at) stateEvents.push({ kind: 'merged', at });
        break;
      case 'ProjectV2ItemStatusChangedEvent': {
        const status = text(node.status);
        if (at && status !== undefined && str(obj(node.project)?.id) === projectId) statusEvents.push({ at, status });
        break;
      }
    }
  }
  item.stateEvents = stateEvents.sort((a, b) => a.at.localeCompare(b.at));
  if (statusEvents.length) item.statusEvents = statusEvents.sort((a, b) => a.at.localeCompare(b.at));
}

/**
 * The review's items by project item id, 100 a request, with their history. With project-item history the Status
 * changes come from the timeline; an item whose timeline shows none keeps the Status value's own date.
 */
export async function readReviewItems(api: GitHubApi, projectId: string, ids: readonly string[], fields: BoardFields, itemHistory: boolean): Promise<ReviewItem[]> {
  const items: ReviewItem[] = [];
  const variables = {
    statusField: fields.status?.name ?? '',
    iterationField: fields.iteration?.name ?? '',
    estimateField: fields.estimate?.name ?? '',
  };
  for (let start = 0; start < ids.length; start += IDS_PER_REQUEST) {
    const data = await api.graphql<{ nodes?: unknown[] }>(itemHistory ? ReviewItemsWithHistoryQuery : ReviewItemsQuery, { ...variables, ids: ids.slice(start, start + IDS_PER_REQUEST) });
    for (const node of data.nodes ?? []) {
      const item = parseReviewItem(obj(node), projectId);
      if (item) items.push(item);
    }
  }
  return items;
}
