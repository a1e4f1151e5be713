/**
 * Where a team keeps its standups: an issue per iteration (label `standup`), or a discussion per iteration in a
 * category the team chose. Both are found the same way, hold one comment per update and are read from the newest
 * comment back, so the sync, the composer and Team Standup talk to this interface and never ask which one it is.
 */
import { RepositoryName } from '../../core/teamLog';
import { ThreadComment } from '../../core/standup/thread';
import { GitHubApi } from '../api';
import { standupDiscussions } from './discussion';
import { standupIssues } from './thread';

export interface StandupThread {
  id: string;
  number: number;
  title: string;
  url: string;
}

export interface ThreadLookup {
  thread?: StandupThread;
  created: boolean;
  /** What the person should be told, such as a thread created without its label. */
  notices: string[];
}

export interface RecentComments {
  comments: ThreadComment[];
  /** Older comments exist that this read did not reach. */
  olderNotRead: boolean;
}

export interface StandupPlace {
  /** The iteration's thread; created (once, whoever else creates it at the same moment) when `create` is set. */
  thread(iteration: string, options: { create: boolean }): Promise<ThreadLookup>;
  /** The thread's comments from the newest back, until one older than `until` or `maxPages` pages. */
  recentComments(threadId: string, options: { until?: Date; maxPages: number }): Promise<RecentComments>;
  /** One update as one comment: its URL. Throws when GitHub did not store it (or its answer was lost). */
  post(threadId: string, body: string): Promise<string | undefined>;
}

export interface StandupDestination {
  repository: RepositoryName;
  /** A discussion category's name; empty or absent: the issue thread. */
  discussionCategory?: string;
}

export function standupPlace(api: GitHubApi, destination: StandupDestination): StandupPlace {
  const category = destination.discussionCategory?.trim();
  return category ? standupDiscussions(api, destination.repository, category) : standupIssues(api, destination.repository);
}
