import * as vscode from 'vscode';
import { defaultTimeZone } from '../core/calendar';
import { InterruptionArgs, InterruptionFields, readInterruptionArgs } from '../core/interruptionInput';
import { formatMinutes, interruptionKind } from '../core/interruptions';
import { RunningTimer, timerEntryId } from '../core/interruptionTimer';
import { currentIteration } from '../core/iteration';
import { SprintSnapshot } from '../core/model';
import { linkedItemReference } from '../services/branchLinks';
import { teamLogRepositorySetting } from '../services/settings';
import { askForInterruption, FormDefaults } from '../views/interruptionForm';
import { SprintFlowContext } from './context';
import { chooseTeamLogRepository } from './teamLogRepository';

/** `{ kind: 'support-ticket', duration: '45m', link?, note?, pulledOffItem?: 'OWNER/REPO#N', startedAt?: ISO }` */
export type LogInterruptionArgs = InterruptionArgs;

/**
 * Logs an interruption: from the argument object without a prompt, or through the quick form. The entry is in the
 * local journal before this returns its id; sending it to the team log follows in the background.
 */
export async function logInterruption(
  context: SprintFlowContext,
  args?: LogInterruptionArgs,
  defaults: FormDefaults = {},
  timer?: RunningTimer,
): Promise<string | undefined> {
  const snapshot = await sprintSnapshot(context);
  if (!snapshot) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Sprint Flow needs your current sprint to log an interruption. Sign in and select your project, then try again.'));
    return undefined;
  }
  let fields: InterruptionFields | undefined;
  if (args) {
    const checked = readInterruptionArgs(args, new Date(), defaultTimeZone());
    if (!checked.ok) {
      void vscode.window.showErrorMessage(vscode.l10n.t('The interruption was not logged: {0}', checked.reason));
      return undefined;
    }
    fields = checked.value;
  } else {
    fields = await askForInterruption(snapshot.items, snapshot.fields, { pulledOffItem: await linkedItemReference(), ...defaults });
  }
  if (!fields) {
    return undefined;
  }
  // The first interactive log asks where the team log is, after the entry is safe in the journal and before sending.
  const askForRepository = !args && !teamLogRepositorySetting();
  // A timer's entry has the same id in every window, so stopping the shared timer twice logs it once.
  const id = timer ? timerEntryId(snapshot.viewer, timer.startedAt) : undefined;
  const entry = await context.interruptions.add(fields, snapshot.viewer, iterationOf(snapshot, new Date(fields.startedAt)), { send: !askForRepository, ...(id ? { id } : {}) });
  vscode.window.setStatusBarMessage(vscode.l10n.t('$(check) Logged {0} · {1}', formatMinutes(entry.minutes), interruptionKind(entry.interruptionKind)?.label.toLowerCase() ?? ''), 5000);
  if (askForRepository) {
    await chooseTeamLogRepository(context);
    void context.interruptions.sync();
  }
  return entry.id;
}

async function sprintSnapshot(context: SprintFlowContext): Promise<SprintSnapshot | undefined> {
  if (!context.store.snapshot) {
    await context.store.refresh();
  }
  return context.store.snapshot;
}

/** The iteration the interruption started in (a Friday's ticket logged on Monday belongs to the earlier one). */
function iterationOf(snapshot: SprintSnapshot, startedAt: Date): string {
  const field = snapshot.fields.iteration;
  const all = [...(field?.iterations ?? []), ...(field?.completedIterations ?? [])];
  return currentIteration(all, startedAt, defaultTimeZone())?.title ?? snapshot.iteration.title;
}
