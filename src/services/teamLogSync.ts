import { Interruption } from '../core/interruptions';
import { entriesFor, JournalEvent, reconcile, unsentEntries } from '../core/journal';
import { LeftOutCounts, LeftOutRecord, LeftOutTally, recordKey } from '../core/records/authorship';
import { parseRepository, RepositoryName, TEAM_LOG_LABEL, teamLogTitle } from '../core/teamLog';
import { GitHubApi } from '../github/api';
import { GitHubError, toGitHubError } from '../github/errors';
import { MAX_ENTRIES_PER_REQUEST } from '../github/graphql/interruptions';
import { createLogIssue, createLogLabel, findUnlabelledLogIssue, LogIssue, postEntries, readLogEntries, readTeamLogRepository, TeamLogRepository } from '../github/teamLog';
import { InterruptionJournal } from './interruptionJournal';
import { SyncLock } from './syncLock';
import * as l10n from '@vscode/l10n';

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
  /** Entries waiting because they were logged for another team log (another window's setting). */
  forOtherLogs?: number;
  /** Entries waiting because they were journaled without their team log (by an earlier Sprint Flow). */
  unaddressed?: number;
  /** Entries waiting because they were logged as someone other than the signed-in person. */
  otherPerson?: number;
  /** Records in the log issues read that did not count, by reason, and the comments, for the log. */
  leftOut?: LeftOutCounts;
  leftOutRecords?: LeftOutRecord[];
}

export interface TeamLogSyncOptions {
  journal: InterruptionJournal;
  lock: SyncLock;
  api: () => Promise<GitHubApi | undefined>;
  /** The `sprintFlow.interruptions.repository` setting, OWNER/REPO. */
  repository: () => string;
  /** This window's session: entries it journaled before it had a team log are its own to send. */
  window: string;
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
    const allUnsent = unsentEntries(contents);
    const report: SyncReport = { outcome: 'synced', sent: 0, alreadyInLog: 0, waiting: allUnsent.length, notices: [] };
    if (allUnsent.length === 0) {
      return { ...report, outcome: 'nothingToSend' };
    }
    const repository = parseRepository(this.options.repository());
    if (!repository) {
      return { ...report, outcome: 'noRepository' };
    }
    // Only what was logged for this window's team log goes there; the rest waits for its own window, or the person.
    const logName = `${repository.owner}/${repository.name}`;
    const { mine, toAddress, otherLogs, unaddressed } = entriesFor(contents, logName, this.options.window);
    if (otherLogs.length) report.forOtherLogs = otherLogs.length;
    if (unaddressed.length) report.unaddressed = unaddressed.length;
    if (mine.length === 0) {
      return { ...report, outcome: 'nothingToSend' };
    }
    if (toAddress.length) {
      const at = this.now();
      await journal.append(...toAddress.map((id): JournalEvent => ({ type: 'addressed', id, repository: logName, at })));
    }
    const api = await this.options.api();
    if (!api) {
      return { ...report, outcome: 'signedOut' };
    }
    let unsent = mine;
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
      // Sent by another account, an entry would be left out of every report as claiming another person: it waits.
      const asViewer = (e: Interruption) => e.person.toLowerCase() === target.viewer.toLowerCase();
      const otherPerson = unsent.filter((e) => !asViewer(e));
      if (otherPerson.length) {
        report.otherPerson = otherPerson.length;
        otherPerson.forEach((e) => pending.delete(e.id));
        report.notices.push(
          otherPerson.length === 1
            ? l10n.t('An interruption was logged as @{0}, but you are signed in as @{1}. Sign in as @{0} to send it.', otherPerson[0].person, target.viewer)
            : l10n.t('{0} interruptions were logged as @{1}, but you are signed in as @{2}. Sign in as @{1} to send them.', otherPerson.length, otherPerson[0].person, target.viewer),
        );
        unsent = unsent.filter(asViewer);
      }
      const leftOut = new LeftOutTally();
      for (const [iteration, entries] of byIteration(unsent)) {
        const { issue, created } = await this.logIssue(api, repository, target, iteration, report);
        const inLog = created ? new Map() : await readLogEntries(api, issue.id, leftOut);
        // Only our own comment proves an entry was sent: the same id posted by someone else is not ours.
        const sent = (e: Interruption) => inLog.get(recordKey(target.viewer, e.id));
        const { alreadyInLog, toSend } = reconcile(entries, new Set(entries.filter(sent).map((e) => e.id)));
        if (leftOut.total) {
          report.leftOut = leftOut.counts;
          report.leftOutRecords = leftOut.records;
        }
        await recordSynced(alreadyInLog.map((e) => ({ id: e.id, commentUrl: sent(e)?.url })));
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
            await recordFailed(refused.map(({ id, reason }) => ({ id, reason: l10n.t('GitHub did not accept this entry: {0}', reason) })));
            report.reason ??= l10n.t('GitHub did not accept {0}: {1}', refused.length === 1 ? l10n.t('an entry') : l10n.t('some entries'), refused[0].reason);
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
    const found = target.labelledIssues.find((i) => i.title === title) ?? (await findUnlabelledLogIssue(api, repository, iteration, target.viewer));
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
        l10n.t('Sprint Flow created the team log "{0}" in {1} without the {2} label: ', title, target.nameWithOwner, TEAM_LOG_LABEL.name) +
          l10n.t('you cannot label issues in that repository. Ask a maintainer to add the label so reports find the log.'),
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
      return l10n.t('GitHub could not be reached. Sprint Flow sends it when the connection is back.');
    case 'serverError':
      return l10n.t('GitHub answered with an error. Sprint Flow tries again in a minute.');
    default:
      return error.message;
  }
}
