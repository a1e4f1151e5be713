import * as vscode from 'vscode';
import { formatLocalTime } from '../core/interruptionInput';
import { elapsedMinutes, formatElapsed } from '../core/interruptionTimer';
import { defaultTimeZone } from '../core/calendar';
import { InterruptionTimer } from '../services/interruptionTimer';

/** "$(watch) Interrupted 12m" in the status bar while the timer runs; a click stops it and opens the form. */
export class InterruptionTimerStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('sprintFlow.interruptionTimer', vscode.StatusBarAlignment.Left, 50);
  private readonly tick = setInterval(() => this.show(), 15_000);
  private readonly subscription: vscode.Disposable;

  constructor(private readonly timer: InterruptionTimer) {
    this.item.name = vscode.l10n.t('Sprint Flow Interruption Timer');
    this.item.command = 'sprintFlow.stopInterruption';
    this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
    this.subscription = timer.onDidChange(() => this.show());
    this.show();
  }

  /** What the status bar shows now; undefined when no timer runs. */
  get text(): string | undefined {
    return this.timer.running ? this.item.text : undefined;
  }

  private show(): void {
    const running = this.timer.running;
    if (!running) {
      this.item.hide();
      return;
    }
    const now = new Date();
    this.item.text = vscode.l10n.t('$(watch) Interrupted {0}', formatElapsed(elapsedMinutes(running, now)));
    this.item.tooltip = vscode.l10n.t('Interrupted since {0}. Click to stop the timer and log the interruption.', formatLocalTime(new Date(running.startedAt), defaultTimeZone()).slice(11));
    this.item.show();
  }

  dispose(): void {
    clearInterval(this.tick);
    this.subscription.dispose();
    this.item.dispose();
  }
}
