import { blockerHistory, BlockerFlag } from '../core/blockers';
import { SprintItem } from '../core/model';
import { LeftOutCounts, LeftOutTally } from '../core/records/authorship';
import { countedRecords, RecordComment } from '../core/records/recordComments';
import { BLOCKER_RECORDS, BlockerRecord } from '../core/records/recordRules';
import { GitHubApi } from './api';
import { ItemCommentsQuery, ItemEarlierCommentsQuery } from './graphql/blockers';
import { nodesOf, obj, str } from './json';
import { draftBodyComment, parseRecordComment } from './parse';

const BATCH = 50;
/** How far back a blocked item's comments are read for its flag: 5 pages of 100 before the latest 30. */
const MAX_EARLIER_PAGES = 5;

export interface OpenBlockers {
  /** The open flag of each item read, by content id (undefined: none open). */
  open: Map<string, BlockerFlag | undefined>;
  /** Records left out on each item, by content id (only items with some). */
  leftOut: Map<string, LeftOutCounts>;
  /** Everything left out in this read, with the comments, for the log. */
  tally: LeftOutTally;
}

interface CommentPage {
  comments: RecordComment[];
  before?: string;
}

const earlierCursor = (connection: unknown): string | undefined => {
  const info = obj(obj(connection)?.pageInfo);
  return info?.hasPreviousPage === true ? str(info.startCursor) : undefined;
};

/**
 * The open blocker flag of each item, from the records in its latest comments (a draft's body) that count, keyed by
 * the content id. Items are read in batches of 50 with nodes(ids:). When an item is blocked (`isBlockedItem`) but no
 * flag or resolution is among its latest 30 comments, earlier comments are read, up to 500 more, so an old flag
 * does not drop out of view.
 */
export async function readOpenBlockers(api: GitHubApi, items: readonly SprintItem[], isBlockedItem: (item: SprintItem) => boolean = () => false): Promise<OpenBlockers> {
  const blocked = new Set(items.filter(isBlockedItem).map((i) => i.contentId));
  const ids = [...new Set(items.map((i) => i.contentId).filter((id): id is string => !!id))];
  const result: OpenBlockers = { open: new Map(), leftOut: new Map(), tally: new LeftOutTally() };
  for (let start = 0; start < ids.length; start += BATCH) {
    const data = await api.graphql<{ nodes?: unknown[] }>(ItemCommentsQuery, { ids: ids.slice(start, start + BATCH) });
    for (const node of (data.nodes ?? []).map(obj)) {
      const id = str(node?.id);
      if (!node || !id) {
        continue;
      }
      const page: CommentPage = node.comments
        ? { comments: nodesOf(node.comments).map(parseRecordComment), before: earlierCursor(node.comments) }
        : { comments: [draftBodyComment(node.body)] };
      await readItem(api, id, page, blocked.has(id), result);
    }
  }
  return result;
}

/** The blocker records that count; markers that were ours but unreadable are tallied too, so the dashboard says so. */
function countedBlockerRecords(comments: readonly RecordComment[], tally: LeftOutTally): BlockerRecord[] {
  const read = countedRecords(comments, BLOCKER_RECORDS, tally);
  if (read.skipped) tally.add('unreadable', read.skipped);
  return read.counted.map((c) => c.record);
}

async function readItem(api: GitHubApi, id: string, latest: CommentPage, blocked: boolean, result: OpenBlockers): Promise<void> {
  let comments = latest.comments;
  let before = latest.before;
  let tally = new LeftOutTally();
  let records = countedBlockerRecords(comments, tally);
  for (let page = 0; blocked && records.length === 0 && before && page < MAX_EARLIER_PAGES; page++) {
    const data = await api.graphql<{ node?: { comments?: unknown } | null }>(ItemEarlierCommentsQuery, { id, before });
    const earlier = nodesOf(data.node?.comments).map(parseRecordComment);
    before = earlierCursor(data.node?.comments);
    comments = [...earlier, ...comments];
    tally = new LeftOutTally();
    records = countedBlockerRecords(comments, tally);
  }
  result.open.set(id, blockerHistory(records).open?.flag);
  if (tally.total > 0) {
    result.leftOut.set(id, tally.counts);
    result.tally.merge(tally);
  }
}
