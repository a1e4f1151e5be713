import { GitHubApi } from '../api';
import { ThreadComment } from '../../core/standup/thread';
import { hiddenAsAbuse } from '../parse';
import type { RecentComments } from './place';

type CommentsPage = {
  node: {
    comments?: {
      pageInfo: { hasPreviousPage: boolean; startCursor: string | null };
      nodes: ({ url?: string; createdAt?: string; body?: string; authorAssociation?: string; author?: { login?: string } | null; editor?: { login?: string } | null; lastEditedAt?: string | null; isMinimized?: boolean; minimizedReason?: string | null } | null)[] | null;
    };
  } | null;
};

export const COMMENTS_PER_PAGE = 50;

/**
 * A thread's comments from the newest back, a page at a time (`document` asks for one page of an issue's or a
 * discussion's, by `$threadId`), until one older than `until` or `maxPages` pages: the cost is bounded however long
 * the thread grows.
 */
export async function readRecentComments(api: GitHubApi, document: string, threadId: string, options: { until?: Date; maxPages: number }): Promise<RecentComments> {
  const comments: ThreadComment[] = [];
  let before: string | null = null;
  for (let page = 0; page < options.maxPages; page++) {
    const data: CommentsPage = await api.graphql(document, { threadId, before, count: COMMENTS_PER_PAGE });
    const connection = data.node?.comments;
    let reachedOlder = false;
    for (const node of connection?.nodes ?? []) {
      if (!node || typeof node.body !== 'string') continue;
      comments.push({
        body: node.body,
        url: node.url,
        createdAt: node.createdAt,
        author: node.author?.login,
        authorAssociation: node.authorAssociation,
        editor: node.editor?.login,
        ...(node.lastEditedAt ? { lastEditedAt: node.lastEditedAt } : {}),
        ...(hiddenAsAbuse(node.isMinimized, node.minimizedReason) ? { hiddenAsAbuse: true } : {}),
      });
      if (options.until && node.createdAt && Date.parse(node.createdAt) < options.until.getTime()) {
        reachedOlder = true;
      }
    }
    before = connection?.pageInfo.hasPreviousPage ? connection.pageInfo.startCursor : null;
    if (!before || reachedOlder) {
      return { comments, olderNotRead: false };
    }
  }
  return { comments, olderNotRead: before !== null };
}
