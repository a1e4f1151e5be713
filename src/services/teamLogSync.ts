import { Interruption } from '../core/interruptions';
import { JournalEvent, reconcile, unsentEntries } from '../core/journal';
import { parseRepository, RepositoryName, TEAM_LOG_LABEL, teamLogTitle } from '../core/teamLog';
import { GitHubApi } from '../github/api';
import { GitHubError, toGitHubError } from '../github/errors';
import { MAX_ENTRIES_PER_REQUEST } from '../github/graphql/interruptions';
import { createLogIssue, createLogLabel, findUnlabelledLogIssue, LogIssue, postEntries, readLogEntries, readTeamLogRepository, TeamLogRepository } from '../github/teamLog';
import { InterruptionJournal } from './interruptionJournal';
import { SyncLock } from './syncLock';

export type SyncOutcome = 'synced' | 'nothingToSend' | 'busy' | 'signedOut' | 'noRepository' | 'failed';

export interface SyncReport {
  outcome: SyncOutcome;
  /** Entries posted as new comments. */
  sent: number;
  /** Entries found already in the log (an earlier answer was lost) and marked synced without sending. */
  alreadyInLog: number;
  /** Entries still not in the log afterwards. */
  waiting: number;
  /** Why the sync stopped, for outcome 'failed'. */
  reason?: string;
  /** What the person should be told, such as a log issue created without its label. */
  notices: string[];
}

export interface TeamLogSyncOptions {
  journal: InterruptionJournal;
  lock: SyncLock;
  api: () => Promise<GitHubApi | undefined>;
  /** The `sprintFlow.interruptions.repository` setting, OWNER/REPO. */
  repository: () => string;
  now?: () => Date;
}

/**
 * Sends the journal's unsent entries to the team log: under the cross-window lock, one read of the repository and
 * its log issues, one read of each log issue's comments (so an entry whose answer was lost is recognised by its id
 * and never posted twice), then one comment per entry, several entries a request. Every outcome is recorded in the
 * journal. A request that fails ends the run: what it stored is unknown until the next run reads the log back.
 */
export class TeamLogSync {
  constructor(private readonly options: TeamLogSyncOptions) {}

  async run(): Promise<SyncReport> {
    const held = await this.options.lock.tryAcquire();
    if (!held) {
      return { outcome: 'busy', sent: 0, alreadyInLog: 0, waiting: 0, notices: [] };
    }
    try {
      return await this.send();
    } finally {
      await held.release();
    }
  }

  private async send(): Promise<SyncReport> {
    const { journal } = this.options;
    const contents = await journal.read();
    const unsent = unsentEntries(contents);
    const report: SyncReport = { outcome: 'synced', sent: 0, alreadyInLog: 0, waiting: unsent.length, notices: [] };
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
    const pending = new Set(unsent.map((e) => e.id));
    const previousFailure = new Map(contents.entries.map((e) => [e.entry.id, e.failure]));
    // One journal write per answer from GitHub, whatever the number of entries in it.
    const recordSynced = async (synced: readonly { id: string; commentUrl?: string }[]) => {
      const at = this.now();
      await journal.append(...synced.map(({ id, commentUrl }): JournalEvent => ({ type: 'synced', id, ...(commentUrl ? { commentUrl } : {}), at })));
      synced.forEach(({ id }) => pending.delete(id));
      report.waiting -= synced.length;
    };
    // The same reason is not written again, so a day offline adds one line per entry, not one per attempt.
    const recordFailed = async (failed: readonly { id: string; reason: string }[]) => {
      const at = this.now();
      await journal.append(...failed.filter(({ id, reason }) => previousFailure.get(id) !== reason).map(({ id, reason }): JournalEvent => ({ type: 'failed', id, reason, at })));
      failed.forEach(({ id }) => pending.delete(id));
    };
    try {
      const target = await readTeamLogRepository(api, repository);
      for (const [iteration, entries] of byIteration(unsent)) {
        const { issue, created } = await this.logIssue(api, repository, target, iteration, report);
        const inLog = created ? new Map<string, string | undefined>() : await readLogEntries(api, issue.id);
        const { alreadyInLog, toSend } = reconcile(entries, new Set(inLog.keys()));
        await recordSynced(alreadyInLog.map((e) => ({ id: e.id, commentUrl: inLog.get(e.id) })));
        report.alreadyInLog += alreadyInLog.length;
        for (const batch of batches(toSend, MAX_ENTRIES_PER_REQUEST)) {
          const { posted, refused } = await postEntries(api, issue.id, batch, target.nameWithOwner);
          await recordSynced(posted);
          report.sent += posted.length;
          // A refusal that is about the request (rate limit, permission, the issue gone) ends the run like a failed request.
          const aboutTheRequest = refused.find((r) => r.error.problem !== 'unexpected');
          if (aboutTheRequest) {
            throw aboutTheRequest.error;
          }
          if (refused.length > 0) {
            // Refused for what they hold (GitHub's validation): the other entries go on.
            await recordFailed(refused.map(({ id, reason }) => ({ id, reason: `GitHub did not accept this entry: ${reason}` })));
            report.reason ??= `GitHub did not accept ${refused.length === 1 ? 'an entry' : 'some entries'}: ${refused[0].reason}`;
          }
        }
      }
      return report.reason ? { ...report, outcome: 'failed' } : report;
    } catch (error) {
      const reason = failureReason(toGitHubError(error));
      await recordFailed([...pending].map((id) => ({ id, reason })));
      return { ...report, outcome: 'failed', reason };
    }
  }

  /** The iteration's log issue: by label and title, else by title among recent issues, else created. */
  private async logIssue(api: GitHubApi, repository: RepositoryName, target: TeamLogRepository, iteration: string, report: SyncReport): Promise<{ issue: LogIssue; created: boolean }> {
    const title = teamLogTitle(iteration);
    const found = target.labelledIssues.find((i) => i.title === title) ?? (await findUnlabelledLogIssue(api, repository, iteration));
    if (found) {
      return { issue: found, created: false };
    }
    if (!target.labelId && target.canCreateLabel) {
      target.labelId = await createLogLabel(api, target.id);
    }
    const issue = await createLogIssue(api, target.id, iteration, target.canCreateLabel ? target.labelId : undefined);
    target.labelledIssues.push(issue);
    if (!target.canCreateLabel) {
      report.notices.push(
        `Sprint Flow created the team log "${title}" in ${target.nameWithOwner} without the ${TEAM_LOG_LABEL.name} label: ` +
          'you cannot label issues in that repository. Ask a maintainer to add the label so reports find the log.',
      );
    }
    return { issue, created: true };
  }

  private now(): string {
    return (this.options.now?.() ?? new Date()).toISOString();
  }
}

function batches<T>(items: readonly T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
}

function byIteration(entries: readonly Interruption[]): Map<string, Interruption[]> {
  const groups = new Map<string, Interruption[]>();
  for (const entry of entries) {
    const group = groups.get(entry.iteration);
    if (group) {
      group.push(entry);
    } else {
      groups.set(entry.iteration, [entry]);
    }
  }
  return groups;
}

function failureReason(error: GitHubError): string {
  switch (error.problem) {
    case 'offline':
      return 'GitHub could not be reached. Sprint Flow sends it when the connection is back.';
    case 'serverError':
      return 'GitHub answered with an error. Sprint Flow tries again in a minute.';
    default:
      return error.message;
  }
}
