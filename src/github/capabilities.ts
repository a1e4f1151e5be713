import { GitHubApi } from './api';
import { MutationNamesQuery } from './graphql/blockers';
import { ProjectItemsArgumentsQuery } from './graphql/capabilities';
import { ProjectItemHistoryTypeQuery } from './graphql/review';

/**
 * What the server can do beyond GitHub's published schema: github.com has some features that GitHub Enterprise
 * Server (and the schema) may not. Each is asked once per API URL by introspection and remembered for the window.
 */
const answers = new Map<string, Promise<boolean>>();

function remembered(api: GitHubApi, capability: string, detect: () => Promise<boolean>): Promise<boolean> {
  const key = `${api.baseUrl}\n${capability}`;
  let answer = answers.get(key);
  if (!answer) {
    answer = detect();
    // A failed detection (offline, say) is not an answer: ask again next time.
    answer.catch(() => answers.delete(key));
    answers.set(key, answer);
  }
  return answer;
}

interface TypeFields {
  __type: { fields: { name: string; args?: { name: string }[] }[] | null } | null;
}

/** Whether ProjectV2.items takes the `query` argument (GitHub then filters my items itself). */
export function supportsItemsQuery(api: GitHubApi): Promise<boolean> {
  return remembered(api, 'itemsQuery', async () => {
    const data = await api.graphql<TypeFields>(ProjectItemsArgumentsQuery);
    return !!data.__type?.fields?.some((f) => f.name === 'items' && f.args?.some((a) => a.name === 'query'));
  });
}

/** Whether the server has GitHub's native "blocked by" issue dependencies. */
export function supportsIssueDependencies(api: GitHubApi): Promise<boolean> {
  return remembered(api, 'issueDependencies', async () => {
    const data = await api.graphql<TypeFields>(MutationNamesQuery);
    const names = new Set(data.__type?.fields?.map((f) => f.name));
    return names.has('addBlockedBy') && names.has('removeBlockedBy');
  });
}

/** Whether the server records project-item history: Status changes on the item's timeline (github.com since 2025). */
export function supportsProjectItemHistory(api: GitHubApi): Promise<boolean> {
  return remembered(api, 'projectItemHistory', async () => {
    const data = await api.graphql<{ __type: { name?: string } | null }>(ProjectItemHistoryTypeQuery);
    return data.__type?.name === 'ProjectV2ItemStatusChangedEvent';
  });
}
