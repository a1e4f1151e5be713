import * as vscode from 'vscode';
import { defaultTimeZone, localDate } from '../../core/calendar';
import { shouldRemind } from '../../core/standup/reminder';
import { Standups } from '../../services/standup/standups';
import { STANDUP_SETTINGS, standupReminderSetting } from '../../services/standup/standupSettings';

const SHOWN_KEY = 'sprintFlow.standup.reminderShownOn';
const CHECK_INTERVAL_MS = 60_000;

/**
 * The gentle reminder, off unless `sprintFlow.standup.reminder` names a local time: on a working day without an
 * update, from that time on, a status-bar item offers to compose one. Never a notification, never twice a day (the
 * day it showed is remembered across windows); it goes away once an update is posted.
 */
export class StandupReminder implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('sprintFlow.standupReminder', vscode.StatusBarAlignment.Left, 40);
  private readonly disposables: vscode.Disposable[] = [this.item];
  private showing = false;

  constructor(
    private readonly standups: Standups,
    private readonly globalState: vscode.Memento,
  ) {
    this.item.name = vscode.l10n.t('Sprint Flow Standup Reminder');
    this.item.text = vscode.l10n.t('$(comment-discussion) Post standup');
    this.item.tooltip = vscode.l10n.t('You have not posted a standup update today. Click to compose one from your sprint.');
    this.item.command = 'sprintFlow.postStandup';
    const timer = setInterval(() => void this.check(), CHECK_INTERVAL_MS);
    this.disposables.push(
      { dispose: () => clearInterval(timer) },
      standups.onDidChange(() => void this.check()),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration(STANDUP_SETTINGS.reminder) && void this.check()),
    );
    void this.check();
  }

  async check(now = new Date()): Promise<void> {
    const timeZone = defaultTimeZone();
    const lastPostedAt = await this.standups.latestPostedAt();
    const today = localDate(now, timeZone);
    const postedToday = !!lastPostedAt && localDate(new Date(lastPostedAt), timeZone) === today;
    if (this.showing && (!standupReminderSetting() || postedToday)) {
      this.showing = false;
      this.item.hide();
    }
    if (shouldRemind({ setting: standupReminderSetting(), now, timeZone, lastPostedAt, lastShownOn: this.globalState.get<string>(SHOWN_KEY) })) {
      await this.globalState.update(SHOWN_KEY, today);
      this.showing = true;
      this.item.show();
    }
  }

  /** Whether the status-bar item is shown now (for tests). */
  get isShowing(): boolean {
    return this.showing;
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}
