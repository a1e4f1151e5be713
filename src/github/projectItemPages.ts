import { GitHubApi } from './api';

interface ProjectItemsData {
  node: { items?: unknown } | null;
}

export interface ItemPage<T> {
  items: T[];
  nextCursor?: string;
}

/**
 * Every page of a project's `items` connection, read one after another and parsed page by page. `firstPage`, when
 * another request already brought it, is where reading continues from.
 */
export async function readProjectItemPages<T>(
  api: GitHubApi,
  document: string,
  variables: Record<string, unknown>,
  parsePage: (connection: unknown) => ItemPage<T>,
  firstPage?: ItemPage<T>,
): Promise<T[]> {
  const items: T[] = [...(firstPage?.items ?? [])];
  let after = firstPage?.nextCursor;
  let more = !firstPage || after !== undefined;
  while (more) {
    const data = await api.graphql<ProjectItemsData>(document, { ...variables, after });
    const page = parsePage(data.node?.items);
    items.push(...page.items);
    after = page.nextCursor;
    more = after !== undefined;
  }
  return items;
}
