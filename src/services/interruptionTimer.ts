import * as vscode from 'vscode';
import { isRunningTimer, RunningTimer } from '../core/interruptionTimer';

const TIMER_KEY = 'sprintFlow.interruptionTimer';
const POLL_MS = 5_000;

/**
 * The running interruption timer, kept in global state: it survives a reload and every window of the person sees
 * the same one. Other windows' changes reach this one through global state; polling notices them.
 */
export class InterruptionTimer implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<RunningTimer | undefined>();
  readonly onDidChange = this.changed.event;
  private seen: string | undefined;
  private readonly poll: ReturnType<typeof setInterval>;

  constructor(private readonly globalState: vscode.Memento) {
    this.seen = this.running?.startedAt;
    this.poll = setInterval(() => this.notice(), POLL_MS);
  }

  get running(): RunningTimer | undefined {
    const value = this.globalState.get<unknown>(TIMER_KEY);
    return isRunningTimer(value) ? value : undefined;
  }

  /** Starts the timer unless one runs already; returns the one that runs. */
  async start(at: Date): Promise<RunningTimer> {
    const existing = this.running;
    if (existing) {
      return existing;
    }
    const timer = { startedAt: at.toISOString() };
    await this.globalState.update(TIMER_KEY, timer);
    this.notice();
    return timer;
  }

  /** Stops the given timer; a newer one another window started meanwhile keeps running. */
  async clear(timer: RunningTimer): Promise<void> {
    if (this.running?.startedAt === timer.startedAt) {
      await this.globalState.update(TIMER_KEY, undefined);
    }
    this.notice();
  }

  private notice(): void {
    const now = this.running?.startedAt;
    if (now !== this.seen) {
      this.seen = now;
      this.changed.fire(this.running);
    }
  }

  dispose(): void {
    clearInterval(this.poll);
    this.changed.dispose();
  }
}
