import { unsentUpdates, StandupJournalEntry } from '../../core/standup/journal';
import { lastMarker } from '../../core/standup/thread';
import { parseRepository } from '../../core/teamLog';
import { GitHubApi } from '../../github/api';
import { GitHubError, toGitHubError } from '../../github/errors';
import { standupPlace } from '../../github/standup/place';
import { SyncLock } from '../syncLock';
import { StandupJournal } from './standupJournal';
import * as l10n from '@vscode/l10n';

export type StandupSyncOutcome = 'synced' | 'nothingToSend' | 'busy' | 'signedOut' | 'noRepository' | 'failed';

export interface StandupSyncReport {
  outcome: StandupSyncOutcome;
  sent: number;
  /** Updates found on the thread already (an earlier answer was lost) and marked sent without posting. */
  alreadyPosted: number;
  waiting: number;
  reason?: string;
  notices: string[];
}

export interface StandupSyncOptions {
  journal: StandupJournal;
  lock: SyncLock;
  api: () => Promise<GitHubApi | undefined>;
  /** OWNER/REPO of the standup threads. */
  repository: () => string;
  /** The discussion category holding them; empty or absent: an issue per iteration. */
  discussionCategory?: () => string;
  now?: () => Date;
}

/** Comments are created after their update was composed; a minute covers clocks that disagree a little. */
const CLOCK_SLACK_MS = 60_000;
/** How far back a sync reads to recognise updates already posted: 20 pages of 50 comments. */
const MAX_PAGES = 20;

/**
 * Sends the journal's waiting updates to their iteration's thread, once each: under the cross-window lock, it reads
 * the thread back from the newest comment to the oldest waiting update, recognises my updates already there by id
 * (an answer lost on the way), and posts only the others, one comment each. Every outcome goes to the journal.
 */
export class StandupSync {
  constructor(private readonly options: StandupSyncOptions) {}

  async run(): Promise<StandupSyncReport> {
    const held = await this.options.lock.tryAcquire();
    if (!held) {
      return { outcome: 'busy', sent: 0, alreadyPosted: 0, waiting: 0, notices: [] };
    }
    try {
      return await this.send();
    } finally {
      await held.release();
    }
  }

  private async send(): Promise<StandupSyncReport> {
    const { journal } = this.options;
    const unsent = unsentUpdates(await journal.read());
    const report: StandupSyncReport = { outcome: 'synced', sent: 0, alreadyPosted: 0, waiting: unsent.length, notices: [] };
    if (unsent.length === 0) {
      return { ...report, outcome: 'nothingToSend' };
    }
    const repository = parseRepository(this.options.repository());
    if (!repository) {
      return { ...report, outcome: 'noRepository' };
    }
    const api = await this.options.api();
    if (!api) {
      return { ...report, outcome: 'signedOut' };
    }
    const place = standupPlace(api, { repository, discussionCategory: this.options.discussionCategory?.() });
    const pending = new Map(unsent.map((e) => [e.update.id, e]));
    const synced = async (id: string, commentUrl: string | undefined) => {
      await journal.append({ type: 'synced', id, ...(commentUrl ? { commentUrl } : {}), at: this.now() });
      pending.delete(id);
      report.waiting--;
    };
    try {
      for (const [iteration, entries] of byIteration(unsent)) {
        const lookup = await place.thread(iteration, { create: true });
        report.notices.push(...lookup.notices);
        const thread = lookup.thread!;
        const oldest = Math.min(...entries.map((e) => Date.parse(e.update.postedAt)));
        // Mine by id, whatever GitHub says of my association: an update I posted must never go twice.
        const onThread = new Map<string, string | undefined>();
        if (!lookup.created) {
          const { comments } = await place.recentComments(thread.id, { until: new Date(oldest - CLOCK_SLACK_MS), maxPages: MAX_PAGES });
          for (const comment of comments) {
            const id = lastMarker(comment.body)?.record?.id;
            if (comment.author && typeof id === 'string') onThread.set(`${comment.author.toLowerCase()} ${id}`, comment.url);
          }
        }
        for (const entry of entries) {
          const key = `${entry.update.person.toLowerCase()} ${entry.update.id}`;
          if (onThread.has(key)) {
            await synced(entry.update.id, onThread.get(key));
            report.alreadyPosted++;
            continue;
          }
          await synced(entry.update.id, await place.post(thread.id, entry.body));
          report.sent++;
        }
      }
      return report;
    } catch (error) {
      const reason = failureReason(toGitHubError(error));
      await journal.append(...[...pending.values()].filter((e) => e.failure !== reason).map((e) => ({ type: 'failed' as const, id: e.update.id, reason, at: this.now() })));
      return { ...report, outcome: 'failed', reason };
    }
  }

  private now(): string {
    return (this.options.now?.() ?? new Date()).toISOString();
  }
}

function byIteration(entries: readonly StandupJournalEntry[]): Map<string, StandupJournalEntry[]> {
  const groups = new Map<string, StandupJournalEntry[]>();
  for (const entry of [...entries].sort((a, b) => Date.parse(a.update.postedAt) - Date.parse(b.update.postedAt))) {
    groups.set(entry.update.iteration, [...(groups.get(entry.update.iteration) ?? []), entry]);
  }
  return groups;
}

function failureReason(error: GitHubError): string {
  switch (error.problem) {
    case 'offline':
      return l10n.t('GitHub could not be reached. Sprint Flow posts the update when the connection is back.');
    case 'serverError':
      return l10n.t('GitHub answered with an error. Sprint Flow tries again in a minute.');
    default:
      return error.message;
  }
}
