/** Relay connections the way GitHub pages them: opaque cursors, first/after and last/before, totalCount. */
import { GitHubError } from './access';

export interface PageArgs {
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
}

export interface Connection<T> {
  totalCount: number;
  nodes: T[];
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

export function encodeCursor(index: number): string {
  return Buffer.from(`cursor:v2:${JSON.stringify([index + 1])}`).toString('base64');
}

function decodeCursor(cursor: string): number {
  const match = /^cursor:v2:\[(\d+)\]$/.exec(Buffer.from(cursor, 'base64').toString('utf8'));
  if (!match) {
    throw new GitHubError('INVALID_CURSOR_ARGUMENTS', `\`${cursor}\` does not appear to be a valid cursor.`);
  }
  return Number(match[1]) - 1;
}

/** Slices `all` by the paging arguments (first/last limits were checked before execution, with the cost). */
export function connection<T>(all: readonly T[], args: PageArgs): Connection<T> {
  let start = 0;
  let end = all.length;
  if (args.after) {
    start = Math.max(start, decodeCursor(args.after) + 1);
  }
  if (args.before) {
    end = Math.min(end, decodeCursor(args.before));
  }
  end = Math.max(start, end);
  if (args.first !== null && args.first !== undefined) {
    end = Math.min(end, start + args.first);
  }
  if (args.last !== null && args.last !== undefined) {
    start = Math.max(start, end - args.last);
  }
  const nodes = all.slice(start, end);
  const edges = nodes.map((node, i) => ({ cursor: encodeCursor(start + i), node }));
  return {
    totalCount: all.length,
    nodes,
    edges,
    pageInfo: {
      hasNextPage: end < all.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
