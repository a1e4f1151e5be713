import { randomUUID } from 'node:crypto';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { InterruptionFields } from '../core/interruptionInput';
import { Interruption } from '../core/interruptions';
import { JournalContents, JournalEntry } from '../core/journal';
import { parseRepository } from '../core/teamLog';
import { GitHubAccount } from './githubAccount';
import { InterruptionJournal, JOURNAL_FILE_NAME } from './interruptionJournal';
import { SETTINGS, teamLogRepositorySetting } from './settings';
import { SyncLock } from './syncLock';
import { logLeftOut } from './leftOutLog';
import { SyncReport, TeamLogSync } from './teamLogSync';

const RETRY_INTERVAL_MS = 60_000;

export type RemoveResult = 'deleted' | 'alreadySynced' | 'busy' | 'unknown';

/**
 * My interruptions as this window knows them: the shared journal, re-read when the window gains focus and every
 * minute (other windows append to it too), and the sync that sends what is waiting. Syncs in this window never
 * overlap; a sync asked for while one runs follows it once.
 */
export class InterruptionStore implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly synced = new vscode.EventEmitter<SyncReport>();
  readonly onDidSync = this.synced.event;
  readonly journal: InterruptionJournal;
  private readonly lock: SyncLock;
  private readonly teamLog: TeamLogSync;
  private contents: JournalContents = { entries: [], skippedLines: 0 };
  private report?: SyncReport;
  private running?: Promise<SyncReport>;
  private queued?: Promise<SyncReport>;
  private readonly disposables: vscode.Disposable[] = [this.changed, this.synced];

  constructor(
    storageFolder: string,
    account: GitHubAccount,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.journal = new InterruptionJournal(path.join(storageFolder, JOURNAL_FILE_NAME));
    this.lock = new SyncLock(path.join(storageFolder, 'sync.lock'));
    this.teamLog = new TeamLogSync({ journal: this.journal, lock: this.lock, api: () => account.api(), repository: teamLogRepositorySetting, window: vscode.env.sessionId });
    const timer = setInterval(() => void this.catchUp(), RETRY_INTERVAL_MS);
    this.disposables.push(
      { dispose: () => clearInterval(timer) },
      vscode.window.onDidChangeWindowState((state) => state.focused && void this.catchUp()),
      account.onDidChange(() => void this.catchUp()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(`${SETTINGS.section}.${SETTINGS.interruptions.repository}`)) {
          void this.catchUp();
        }
      }),
    );
    void this.catchUp();
  }

  get entries(): readonly JournalEntry[] {
    return this.contents.entries;
  }

  /** The last sync's outcome in this window, to say why entries wait. */
  get lastSync(): SyncReport | undefined {
    return this.report;
  }

  /**
   * Journals a new entry (on disk before anything else happens), then starts sending it unless told not to yet. An
   * entry logged again under the same `id` (a timer stopped in two windows) stays the one logged first.
   */
  async add(fields: InterruptionFields, person: string, iteration: string, options: { send?: boolean; id?: string } = {}): Promise<Interruption> {
    const entry: Interruption = { kind: 'interruption', id: options.id ?? randomUUID(), person, iteration, ...fields };
    // The journal is shared by every window: the entry says which team log it is for, so no other window sends it elsewhere.
    const repository = parseRepository(teamLogRepositorySetting());
    const destination = repository ? { repository: `${repository.owner}/${repository.name}` } : { window: vscode.env.sessionId };
    await this.journal.append({ type: 'logged', entry, ...destination, at: new Date().toISOString() });
    this.log.info(`Journaled interruption ${entry.id} (${entry.minutes} min, ${entry.interruptionKind}, ${iteration}).`);
    await this.reload();
    if (options.send !== false) {
      void this.sync();
    }
    return entry;
  }

  /** Sends entries journaled without a team log (by an earlier Sprint Flow) to `repository`'s, as the person chose. */
  async address(ids: readonly string[], repository: string): Promise<void> {
    const at = new Date().toISOString();
    await this.journal.append(...ids.map((id) => ({ type: 'addressed' as const, id, repository, at })));
    await this.reload();
    void this.sync();
  }

  /** Deletes an entry not yet sent. Holding the sync lock means no window is sending it at this moment. */
  async remove(id: string): Promise<RemoveResult> {
    const held = await this.lock.tryAcquire();
    if (!held) {
      return 'busy';
    }
    let result: RemoveResult;
    try {
      const current = (await this.journal.read()).entries.find((e) => e.entry.id === id);
      result = !current ? 'unknown' : current.state === 'synced' ? 'alreadySynced' : 'deleted';
      if (result === 'deleted') {
        await this.journal.append({ type: 'deleted', id, at: new Date().toISOString() });
      }
    } finally {
      await held.release();
    }
    await this.reload();
    return result;
  }

  sync(): Promise<SyncReport> {
    if (!this.running) {
      this.running = this.syncOnce().finally(() => (this.running = undefined));
      return this.running;
    }
    this.queued ??= this.running.then(() => {
      this.queued = undefined;
      return this.sync();
    });
    return this.queued;
  }

  async reload(): Promise<void> {
    try {
      this.contents = await this.journal.read();
    } catch (error) {
      this.log.error(`The interruption journal ${this.journal.file} could not be read: ${(error as Error).message}`);
    }
    this.changed.fire();
  }

  private async syncOnce(): Promise<SyncReport> {
    let report: SyncReport;
    try {
      report = await this.teamLog.run();
    } catch (error) {
      report = { outcome: 'failed', sent: 0, alreadyInLog: 0, waiting: 0, reason: (error as Error).message, notices: [] };
    }
    const summary = `Team log sync: ${report.outcome}, ${report.sent} sent, ${report.alreadyInLog} already in the log, ${report.waiting} waiting`;
    if (report.outcome === 'failed') {
      this.log.warn(`${summary}: ${report.reason}`);
    } else {
      this.log.info(`${summary}.`);
    }
    logLeftOut(this.log, 'the team log', report.leftOutRecords ?? []);
    if (report.outcome !== 'busy') {
      // A sync that read no log says nothing new about what the log holds: what the last read left out still stands.
      const readNoLog = report.outcome === 'nothingToSend' || report.outcome === 'signedOut' || report.outcome === 'noRepository';
      this.report = readNoLog && this.report?.leftOut ? { ...report, leftOut: this.report.leftOut } : report;
    }
    await this.reload();
    this.synced.fire(report);
    return report;
  }

  private async catchUp(): Promise<void> {
    await this.reload();
    if (this.entries.some((e) => e.state !== 'synced')) {
      await this.sync();
    }
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}
