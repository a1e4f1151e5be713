/** What the issue thread and the discussion share: how a listed thread is read, the repository's not-found sentence, no retries. */
import { RepositoryName } from '../../core/teamLog';
import { ThreadCandidate } from '../../core/standup/thread';
import { GitHubError } from '../errors';
import type { StandupThread } from './place';
import * as l10n from '@vscode/l10n';

/** A thread as GitHub listed it, with who opened it and when. */
export type ListedThread = StandupThread & ThreadCandidate;
/** An issue or a discussion node as the thread fragments ask for it. */
export type ThreadNode = Partial<Omit<ListedThread, 'author'>> & { author?: { login?: string } | null };
export type ThreadNodes = { nodes: (ThreadNode | null)[] | null } | null | undefined;

/** Threads as GitHub listed them (issues and discussions look the same here), with who opened each. */
export const threads = (connection: ThreadNodes): ListedThread[] =>
  (connection?.nodes ?? []).flatMap((n) =>
    n && typeof n.id === 'string' && typeof n.title === 'string' && typeof n.number === 'number'
      ? [{
          id: n.id,
          number: n.number,
          title: n.title,
          url: n.url ?? '',
          ...(typeof n.createdAt === 'string' ? { createdAt: n.createdAt } : {}),
          ...(typeof n.author?.login === 'string' ? { author: n.author.login } : {}),
          ...(typeof n.authorAssociation === 'string' ? { authorAssociation: n.authorAssociation } : {}),
        }]
      : [],
  );

/** Only what the rest of Sprint Flow needs of a thread. */
export const threadOf = (t: StandupThread): StandupThread => ({ id: t.id, number: t.number, title: t.title, url: t.url });

/** Writes are not idempotent: a retry after a lost answer would post twice. The journal's sync reads back instead. */
export const NO_RETRY = { retries: 0 };

export function standupRepositoryNotFound(repository: RepositoryName): GitHubError {
  return new GitHubError(
    'notFound',
    l10n.t('The standup repository {0}/{1} was not found, or you cannot see it. Check the sprintFlow.standup.repository setting (or sprintFlow.interruptions.repository when that is empty).', repository.owner, repository.name),
  );
}
