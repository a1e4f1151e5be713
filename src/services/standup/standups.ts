import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { dayNumber, defaultTimeZone, startOfDay } from '../../core/calendar';
import { composeUpdate } from '../../core/standup/compose';
import { draftText, keptInDraft, updateComment } from '../../core/standup/draft';
import { latestJournaled, StandupJournalContents } from '../../core/standup/journal';
import { buildTeamStandup, TeamStandupModel } from '../../core/standup/teamStandup';
import { latestUpdateOf, readThread } from '../../core/standup/thread';
import { CommitLine, isStandupUpdate, StandupUpdate } from '../../core/standup/update';
import { parseRepository } from '../../core/teamLog';
import { goalReferences } from '../../core/trailers';
import { repositoryFromRemote } from '../../core/remoteUrl';
import { toGitHubError } from '../../github/errors';
import { StandupPlace, standupPlace } from '../../github/standup/place';
import { activeRepository, gitApi } from '../gitApi';
import { GitHubAccount } from '../githubAccount';
import { InterruptionStore } from '../interruptionStore';
import { SprintStore } from '../sprintStore';
import { SyncLock } from '../syncLock';
import { StandupJournal, STANDUP_JOURNAL_FILE_NAME } from './standupJournal';
import { standupDiscussionCategorySetting, standupRepositorySetting, STANDUP_SETTINGS } from './standupSettings';
import { StandupSync, StandupSyncReport } from './standupSync';

const RETRY_INTERVAL_MS = 60_000;
/** Team Standup reads at most this many pages of 50 comments, newest first. */
const TEAM_PAGES = 4;
/** Finding my previous update reads at most this many pages. */
const PREVIOUS_PAGES = 2;

export interface Draft {
  update: StandupUpdate;
  text: string;
}

/** What the composer and Team Standup need of the goals, the board and the active item, without depending on their owners. */
export interface StandupWorkSources {
  goals: () => Promise<readonly { reference: string; itemReferences: readonly string[] }[]>;
  activeItem: () => string | undefined;
  /** Everyone assigned to an item of the current iteration on the board. */
  boardAssignees: () => Promise<readonly string[]>;
}

export type TeamRead = { kind: 'ready'; model: TeamStandupModel } | { kind: 'problem'; message: string };

/**
 * Standup updates as this window knows them: composing a draft from the sprint, the draft kept on disk until posted
 * or discarded, the journal and its sync (retried every minute and when the window gains focus, like interruptions),
 * and reading the team's thread for Team Standup.
 */
export class Standups implements vscode.Disposable {
  readonly journal: StandupJournal;
  private readonly sync: StandupSync;
  private readonly draftFile: string;
  private running?: Promise<StandupSyncReport>;
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires after an update was journaled or a sync ran. */
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];

  constructor(
    storageFolder: string,
    private readonly account: GitHubAccount,
    private readonly store: SprintStore,
    private readonly interruptions: InterruptionStore,
    private readonly work: StandupWorkSources,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.journal = new StandupJournal(path.join(storageFolder, STANDUP_JOURNAL_FILE_NAME));
    this.draftFile = path.join(storageFolder, 'standup-draft.md');
    this.sync = new StandupSync({
      journal: this.journal,
      lock: new SyncLock(path.join(storageFolder, 'standup-sync.lock')),
      api: () => account.api(),
      repository: standupRepositorySetting,
      discussionCategory: standupDiscussionCategorySetting,
    });
    const timer = setInterval(() => void this.catchUp(), RETRY_INTERVAL_MS);
    this.disposables.push(
      { dispose: () => clearInterval(timer) },
      vscode.window.onDidChangeWindowState((state) => state.focused && void this.catchUp()),
      account.onDidChange(() => void this.catchUp()),
      vscode.workspace.onDidChangeConfiguration((e) => (e.affectsConfiguration(STANDUP_SETTINGS.repository) || e.affectsConfiguration(STANDUP_SETTINGS.discussionCategory)) && void this.catchUp()),
    );
    void this.catchUp();
  }

  get draftUri(): vscode.Uri {
    return vscode.Uri.file(this.draftFile);
  }

  /** A draft left from before (not posted, not discarded), with the update it was composed from. */
  async savedDraft(): Promise<Draft | undefined> {
    try {
      const [text, json] = await Promise.all([fs.readFile(this.draftFile, 'utf8'), fs.readFile(`${this.draftFile}.json`, 'utf8')]);
      const update: unknown = JSON.parse(json);
      return update && typeof update === 'object' && isStandupUpdate(update as StandupUpdate) ? { update: update as StandupUpdate, text } : undefined;
    } catch {
      return undefined;
    }
  }

  async saveDraft(draft: Draft): Promise<void> {
    await fs.mkdir(path.dirname(this.draftFile), { recursive: true });
    await fs.writeFile(`${this.draftFile}.json`, JSON.stringify(draft.update));
    // A draft still open from before is replaced in its editor, so VS Code's copy never goes stale against the disk.
    const open = vscode.workspace.textDocuments.find((d) => d.uri.fsPath === this.draftFile && !d.isClosed);
    if (!open) {
      await fs.writeFile(this.draftFile, draft.text);
      return;
    }
    const edit = new vscode.WorkspaceEdit();
    edit.replace(open.uri, new vscode.Range(0, 0, open.lineCount, 0), draft.text);
    await vscode.workspace.applyEdit(edit);
    await open.save();
  }

  async discardDraft(): Promise<void> {
    await Promise.all([fs.rm(this.draftFile, { force: true }), fs.rm(`${this.draftFile}.json`, { force: true })]);
  }

  /** A fresh draft from the sprint, or why there cannot be one. */
  async compose(): Promise<Draft | { problem: string }> {
    const snapshot = this.store.snapshot;
    if (!snapshot) {
      return { problem: vscode.l10n.t('Sprint Flow has not read your sprint yet. Sign in and choose a project, then try again.') };
    }
    const now = new Date();
    const timeZone = defaultTimeZone();
    const previous = await this.previousUpdate(snapshot.viewer, snapshot.iteration.title, await this.journal.read());
    const goals = await this.work.goals().catch(() => []);
    const update = composeUpdate({
      id: randomUUID(),
      person: snapshot.viewer,
      now,
      timeZone,
      snapshot,
      previous,
      activeItem: this.work.activeItem(),
      goals,
      interruptions: this.interruptions.entries.map((e) => e.entry),
      commits: await this.goalCommits(snapshot.projectUrl),
    });
    return { update, text: draftText(update) };
  }

  /**
   * Journals the update as the person left it in the text, then sends it. Resolves with the comment's URL once GitHub
   * has it, or undefined when it waits (offline, no repository), with the sync's report.
   */
  async post(draft: Draft): Promise<{ url?: string; report: StandupSyncReport }> {
    const kept = keptInDraft({ ...draft.update, postedAt: new Date().toISOString() }, draft.text);
    await this.journal.append({ type: 'queued', update: kept, body: updateComment(draft.text, kept), at: kept.postedAt });
    this.log.info(`Journaled standup update ${kept.id} (${kept.iteration}).`);
    this.changed.fire();
    const report = await this.sendNow();
    const entry = (await this.journal.read()).entries.find((e) => e.update.id === kept.id);
    return { url: entry?.state === 'synced' ? entry.commentUrl : undefined, report };
  }

  /** My latest update, sent or waiting: for the reminder. */
  async latestPostedAt(): Promise<string | undefined> {
    const viewer = this.store.snapshot?.viewer;
    return viewer ? latestJournaled(await this.journal.read(), viewer)?.postedAt : undefined;
  }

  sendNow(): Promise<StandupSyncReport> {
    this.running ??= this.sync
      .run()
      .catch((error: Error): StandupSyncReport => ({ outcome: 'failed', sent: 0, alreadyPosted: 0, waiting: 0, reason: error.message, notices: [] }))
      .then((report) => {
        const summary = `Standup sync: ${report.outcome}, ${report.sent} sent, ${report.alreadyPosted} already posted, ${report.waiting} waiting`;
        report.outcome === 'failed' ? this.log.warn(`${summary}: ${report.reason}`) : this.log.info(`${summary}.`);
        this.changed.fire();
        return report;
      })
      .finally(() => (this.running = undefined));
    return this.running;
  }

  /**
   * The team's updates in the current iteration's thread, for Team Standup: at most two requests to find the thread
   * and TEAM_PAGES of its comments, newest first; the board's assignees come from the goals already read.
   */
  async readTeam(person?: string): Promise<TeamRead> {
    const snapshot = this.store.snapshot;
    if (!snapshot) {
      return { kind: 'problem', message: vscode.l10n.t('Sprint Flow has not read your sprint yet. Sign in and choose a project, then try again.') };
    }
    const repository = parseRepository(standupRepositorySetting());
    if (!repository) {
      return { kind: 'problem', message: vscode.l10n.t('No standup repository is set. Name one (OWNER/REPO) in the sprintFlow.standup.repository setting, or set sprintFlow.interruptions.repository.') };
    }
    const api = await this.account.api();
    if (!api) {
      return { kind: 'problem', message: vscode.l10n.t('Sign in to GitHub to read the team\'s standup.') };
    }
    const timeZone = defaultTimeZone();
    try {
      const place = standupPlace(api, { repository, discussionCategory: standupDiscussionCategorySetting() });
      const [{ thread }, boardAssignees] = await Promise.all([
        place.thread(snapshot.iteration.title, { create: false }),
        this.work.boardAssignees().catch((error: Error) => (this.log.warn(`Could not read who is on the board for Team Standup: ${error.message}`), [])),
      ]);
      const until = new Date(startOfDay(dayNumber(snapshot.iteration.startDate), timeZone));
      const recent = thread ? await place.recentComments(thread.id, { until, maxPages: TEAM_PAGES }) : { comments: [], olderNotRead: false };
      const read = readThread(recent.comments);
      const model = buildTeamStandup({
        iteration: snapshot.iteration.title,
        threadUrl: thread?.url,
        updates: read.updates,
        boardAssignees,
        leftOut: read.leftOut.counts,
        olderNotRead: recent.olderNotRead,
        viewer: snapshot.viewer,
        timeZone,
        now: new Date(),
        person,
      });
      return { kind: 'ready', model };
    } catch (error) {
      return { kind: 'problem', message: toGitHubError(error).message };
    }
  }

  /** My latest update: on the thread (its newest pages), or in the journal when that is newer or the thread unreachable. */
  private async previousUpdate(viewer: string, iteration: string, journal: StandupJournalContents): Promise<StandupUpdate | undefined> {
    const journaled = latestJournaled(journal, viewer);
    const place = await this.place();
    let onThread: StandupUpdate | undefined;
    if (place) {
      try {
        const { thread } = await place.thread(iteration, { create: false });
        if (thread) {
          onThread = latestUpdateOf(readThread((await place.recentComments(thread.id, { maxPages: PREVIOUS_PAGES })).comments).updates, viewer)?.update;
        }
      } catch (error) {
        this.log.warn(`Could not read the standup thread for the previous update: ${(error as Error).message}`);
      }
    }
    return [journaled, onThread].filter((u): u is StandupUpdate => !!u).sort((a, b) => Date.parse(b.postedAt) - Date.parse(a.postedAt))[0];
  }

  /** Where the settings say standups go, when a repository is set and I am signed in. */
  private async place(): Promise<StandupPlace | undefined> {
    const repository = parseRepository(standupRepositorySetting());
    const api = repository ? await this.account.api() : undefined;
    return repository && api ? standupPlace(api, { repository, discussionCategory: standupDiscussionCategorySetting() }) : undefined;
  }

  /** My recent commits in the active repository whose messages name a goal (Sprint-Goal or Refs trailers). */
  private async goalCommits(projectUrl: string): Promise<CommitLine[]> {
    const git = await gitApi();
    const repository = git && activeRepository(git);
    if (!repository) {
      return [];
    }
    try {
      const email = (await repository.getConfig('user.email').catch(() => '')).trim().toLowerCase();
      const name = repositoryFromRemote(repository.state.remotes.find((r) => r.name === 'origin')?.fetchUrl);
      const origin = new URL(projectUrl).origin;
      return (await repository.log({ maxEntries: 100 })).flatMap((commit) => {
        const goal = goalReferences(commit.message)[0];
        const mine = !email || !commit.authorEmail || commit.authorEmail.toLowerCase() === email;
        if (!goal || !mine || !commit.authorDate) return [];
        return [{
          sha: commit.hash,
          ...(name ? { repository: name, url: `${origin}/${name}/commit/${commit.hash}` } : {}),
          headline: commit.message.split('\n')[0],
          goal,
          date: commit.authorDate.toISOString(),
        }];
      });
    } catch (error) {
      this.log.warn(`Could not read recent commits for the standup: ${(error as Error).message}`);
      return [];
    }
  }

  private async catchUp(): Promise<void> {
    const contents = await this.journal.read().catch(() => undefined);
    if (contents?.entries.some((e) => e.state !== 'synced')) {
      await this.sendNow();
    }
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}
