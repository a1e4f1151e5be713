import * as vscode from 'vscode';
import { runWriteSteps, WriteOutcome, WriteStep } from '../github/writeSteps';

export interface WriteReport {
  done: string[];
  notes: string[];
  /** What could not be done, with GitHub's reason; absent when everything went through. */
  failed?: string;
}

const sentenceList = (parts: string[]) =>
  parts.length <= 1
    ? parts.join('')
    : vscode.l10n.t({
        message: '{0} and {1}',
        args: [parts.slice(0, -1).join(', '), parts[parts.length - 1]],
        comment: ['The last two of the things Sprint Flow did, as in "set its status to Blocked and commented on it".'],
      });

/**
 * Runs the writes of one change with a progress notification, then says what happened. When a write fails the
 * message names what was and was not done, and Retry continues from the failed write (nothing is done twice).
 */
export async function writeWithReport(
  title: string,
  summary: string,
  subject: string,
  steps: readonly WriteStep[],
  interactive: boolean,
): Promise<WriteReport> {
  const report: WriteReport = { done: [], notes: [] };
  let pending = steps;
  for (;;) {
    const outcome: WriteOutcome = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `${title}…` },
      () => runWriteSteps(pending),
    );
    report.done.push(...outcome.done);
    report.notes.push(...outcome.notes);
    if (!outcome.failed) {
      delete report.failed;
      const done = report.done.length > 0 ? `${summary}: ${sentenceList(report.done)}.` : `${summary}.`;
      void vscode.window.showInformationMessage([done, ...report.notes].join(' '));
      return report;
    }
    const { description, error, remaining } = outcome.failed;
    report.failed = `${description}: ${error.message}`;
    const sofar = report.done.length > 0 ? vscode.l10n.t(' It {0} before that.', sentenceList(report.done)) : vscode.l10n.t(' Nothing was changed.');
    const message = vscode.l10n.t('Sprint Flow could not {0} on {1}. {2}{3}', description, subject, error.message, sofar);
    if (!interactive) {
      void vscode.window.showErrorMessage(message);
      return report;
    }
    const choice = await vscode.window.showErrorMessage(message, vscode.l10n.t('Retry'));
    if (choice !== vscode.l10n.t('Retry')) {
      return report;
    }
    pending = remaining;
  }
}
