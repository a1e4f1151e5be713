import { GitHubApi } from './api';

interface ProjectItemsData {
  node: { items?: unknown } | null;
}

/** Every page of a project's `items` connection, read one after another and parsed page by page. */
export async function readProjectItemPages<T>(
  api: GitHubApi,
  document: string,
  variables: Record<string, unknown>,
  parsePage: (connection: unknown) => { items: T[]; nextCursor?: string },
): Promise<T[]> {
  const items: T[] = [];
  let after: string | undefined;
  do {
    const data = await api.graphql<ProjectItemsData>(document, { ...variables, after });
    const page = parsePage(data.node?.items);
    items.push(...page.items);
    after = page.nextCursor;
  } while (after);
  return items;
}
