import { activeRepository, gitApi, GitRepository } from './gitApi';

/**
 * Which sprint item a branch works on, kept in the repository's git config (`branch.<name>.sprint-flow-item`), so
 * it survives reinstalls and the person can see and change it with `git config`.
 */
const configKey = (branch: string) => `branch.${branch}.sprint-flow-item`;

/** The OWNER/REPO#N linked to the current branch of the active repository, if any. */
export async function linkedItemReference(): Promise<string | undefined> {
  const api = await gitApi();
  const repository = api && activeRepository(api);
  const branch = repository?.state.HEAD?.name;
  return repository && branch ? linkedItemReferenceIn(repository, branch) : undefined;
}

/** The OWNER/REPO#N linked to a branch of a repository, if any. */
export async function linkedItemReferenceIn(repository: GitRepository, branch: string): Promise<string | undefined> {
  try {
    return (await repository.getConfig(configKey(branch))).trim() || undefined;
  } catch {
    return undefined;
  }
}

export async function linkBranch(repository: GitRepository, branch: string, reference: string): Promise<void> {
  await repository.setConfig(configKey(branch), reference);
}
