import { GitHubApi } from './api';
import { ProjectItemsArgumentsQuery } from './graphql/capabilities';

interface ProjectTypeFields {
  __type: { fields: { name: string; args: { name: string }[] }[] | null } | null;
}

/**
 * Whether ProjectV2.items takes the `query` argument. github.com has it but the published schema does not, and
 * GitHub Enterprise Server may not, so ask the server once (introspection) and remember the answer per API URL.
 */
const itemsQuerySupport = new Map<string, Promise<boolean>>();

export function supportsItemsQuery(api: GitHubApi): Promise<boolean> {
  let answer = itemsQuerySupport.get(api.baseUrl);
  if (!answer) {
    answer = api.graphql<ProjectTypeFields>(ProjectItemsArgumentsQuery).then((data) =>
      !!data.__type?.fields?.some((f) => f.name === 'items' && f.args.some((a) => a.name === 'query')),
    );
    // A failed detection (offline, say) is not an answer: ask again next time.
    answer.catch(() => itemsQuerySupport.delete(api.baseUrl));
    itemsQuerySupport.set(api.baseUrl, answer);
  }
  return answer;
}
