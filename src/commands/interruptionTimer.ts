import * as vscode from 'vscode';
import { defaultTimeZone } from '../core/calendar';
import { formatLocalTime, InterruptionArgs } from '../core/interruptionInput';
import { durationText, elapsedMinutes } from '../core/interruptionTimer';
import { SprintFlowContext } from './context';
import { logInterruption } from './logInterruption';

export interface StartInterruptionArgs {
  /** ISO instant, when the interruption began before the timer was started. */
  startedAt?: string;
}

/** The log form's argument object without duration and start: the timer supplies both. */
export type StopInterruptionArgs = Omit<InterruptionArgs, 'duration' | 'startedAt'>;

/** Starts the shared timer; returns its start (the running one's, if a timer already runs). */
export async function startInterruption(context: SprintFlowContext, args?: StartInterruptionArgs): Promise<string | undefined> {
  const already = context.interruptionTimer.running;
  if (already) {
    const since = formatLocalTime(new Date(already.startedAt), defaultTimeZone()).slice(11);
    void vscode.window.showInformationMessage(vscode.l10n.t('An interruption timer is already running, since {0}.', since), vscode.l10n.t('Stop and Log')).then((choice) => {
      if (choice) {
        void vscode.commands.executeCommand('sprintFlow.stopInterruption');
      }
    });
    return already.startedAt;
  }
  const at = args?.startedAt !== undefined ? new Date(args.startedAt) : new Date();
  if (Number.isNaN(at.getTime()) || at.getTime() > Date.now()) {
    void vscode.window.showErrorMessage(vscode.l10n.t('The timer was not started: "{0}" is not a start time in the past.', args?.startedAt ?? ''));
    return undefined;
  }
  const timer = await context.interruptionTimer.start(at);
  return timer.startedAt;
}

/** Stops the timer and logs the interruption with its duration filled in; returns the entry id. */
export async function stopInterruption(context: SprintFlowContext, args?: StopInterruptionArgs): Promise<string | undefined> {
  const timer = context.interruptionTimer.running;
  if (!timer) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No interruption timer is running. Start one with "Sprint Flow: Start Interruption Timer".'));
    return undefined;
  }
  const duration = durationText(elapsedMinutes(timer, new Date()));
  const id = args
    ? await logInterruption(context, { ...args, duration, startedAt: timer.startedAt }, {}, timer)
    : await logInterruption(context, undefined, { duration, startedAt: timer.startedAt }, timer);
  if (id) {
    await context.interruptionTimer.clear(timer);
  } else if (!args) {
    void vscode.window.showInformationMessage(vscode.l10n.t('The interruption timer is still running.'), vscode.l10n.t('Discard Timer')).then(async (choice) => {
      if (choice) {
        await context.interruptionTimer.clear(timer);
      }
    });
  }
  return id;
}
