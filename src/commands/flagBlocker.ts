import { randomUUID } from 'node:crypto';
import * as vscode from 'vscode';
import { blockerFlag, parseBlockedBy } from '../core/blockerRecords';
import { BLOCKER_REASONS, blockerReason } from '../core/blockers';
import { SprintItem, SprintSnapshot } from '../core/model';
import { isBlocked, itemReference, statusOf } from '../core/sprint';
import { flagSteps } from '../github/blockerWriter';
import { itemPicks } from '../views/itemPicker';
import { runSteps } from '../views/multiStepInput';
import { SprintNode } from '../views/sprintTree';
import { boardFieldsNow, explainMissingOnBoard } from './boardFields';
import { currentSprint, isSprintNode, itemFromArgument, linkedCandidate } from './blockerTarget';
import { SprintFlowContext } from './context';
import { WriteReport, writeWithReport } from './writeReport';

export interface FlagBlockerArgs {
  /** OWNER/REPO#N or the project item id. */
  item?: string;
  /** One of the reason ids in core/blockers.ts, e.g. "awaiting-review". */
  reason?: string;
  details?: string;
  /** An issue (OWNER/REPO#N or URL) or a GitHub login. */
  blockedBy?: string;
}

export interface FlagBlockerResult extends WriteReport {
  item: string;
  flagId: string;
}

interface FlagAnswers {
  item?: SprintItem;
  reason?: string;
  details?: string;
  blockedBy?: string;
}

const NOTICE_KEY = 'sprintFlow.noBlockedOptionNoticeShown';

/** Flags one of my items as blocked: asks for the item, reason, details and who or what blocks it, then writes. */
export async function flagBlocker(context: SprintFlowContext, args?: FlagBlockerArgs | SprintNode): Promise<FlagBlockerResult | undefined> {
  const snapshot = await currentSprint(context);
  if (!snapshot) {
    return undefined;
  }
  const given: FlagBlockerArgs = !args || 'kind' in args ? {} : args;
  const answers: FlagAnswers = {
    item: isSprintNode(args) ? args.item : given.item ? await itemFromArgument(context, given.item) : undefined,
    reason: given.reason,
    details: given.details,
    blockedBy: given.blockedBy,
  };
  if (answers.reason && !blockerReason(answers.reason)) {
    throw new Error(vscode.l10n.t('"{0}" is not a blocker reason. Use one of: {1}.', answers.reason, BLOCKER_REASONS.map((r) => r.id).join(', ')));
  }
  if (given.blockedBy && !parseBlockedBy(given.blockedBy)) {
    throw new Error(vscode.l10n.t('"{0}" is neither an issue (OWNER/REPO#N or its URL) nor a GitHub login.', given.blockedBy));
  }
  const promptless = !!(given.item && given.reason && given.details?.trim());
  if (!promptless) {
    const candidates = snapshot.items.filter((item) => !isBlocked(item, snapshot.fields) && item.type !== 'REDACTED');
    const linked = await linkedCandidate(candidates);
    const finished = await runSteps(vscode.l10n.t('Flag a blocker'), answers, [
      async (ui, state) => {
        if (state.item) return;
        if (candidates.length === 0) throw new Error(vscode.l10n.t('None of your items in this iteration can be flagged: they are all blocked already.'));
        const picks = itemPicks(candidates, snapshot.fields);
        state.item = (await ui.pick({ items: picks, placeholder: vscode.l10n.t('Which item is blocked?'), active: picks.find((p) => p.item === linked) })).item;
      },
      async (ui, state) => {
        if (given.reason) return;
        const picks = BLOCKER_REASONS.map((r) => ({ label: r.label, description: r.scope, detail: r.description, id: r.id }));
        state.reason = (await ui.pick({ items: picks, placeholder: vscode.l10n.t('Why is it blocked?'), active: picks.find((p) => p.id === state.reason), matchOnDetail: true })).id;
      },
      async (ui, state) => {
        if (given.details?.trim()) return;
        state.details = await ui.text({
          prompt: vscode.l10n.t('What is it waiting for? Your team reads this on the item.'),
          placeholder: vscode.l10n.t('e.g. Waiting for the vendor to raise our API quota'),
          value: state.details,
          validate: (v) => (v.trim() ? undefined : vscode.l10n.t('Say in a few words what the item is waiting for.')),
        });
      },
      async (ui, state) => {
        if (given.blockedBy !== undefined) return;
        state.blockedBy = await ui.text({
          prompt: vscode.l10n.t('Blocked by an issue or a person? Leave empty if neither.'),
          placeholder: vscode.l10n.t('OWNER/REPO#123, an issue URL, or @login'),
          value: state.blockedBy,
          validate: (v) => (!v.trim() || parseBlockedBy(v) ? undefined : vscode.l10n.t('Enter OWNER/REPO#123, an issue URL or a GitHub login, or leave it empty.')),
        });
      },
    ]);
    if (!finished) {
      return undefined;
    }
  }

  const item = answers.item!;
  const api = await context.account.api();
  if (!api) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Sign in to GitHub to flag a blocker.'));
    return undefined;
  }
  const fields = await boardFieldsNow(api, snapshot);
  const current = statusOf(item, fields.status);
  const flag = blockerFlag({
    id: randomUUID(),
    reason: answers.reason!,
    details: answers.details!,
    blockedBy: answers.blockedBy?.trim() ? parseBlockedBy(answers.blockedBy) : undefined,
    flaggedAt: new Date(),
    flaggedBy: snapshot.viewer,
    previousStatus: current && current.id !== fields.blockedOption?.id ? { optionId: current.id, name: current.name } : undefined,
  });
  const reference = itemReference(item);
  const report = await writeWithReport(
    vscode.l10n.t('Flagging {0} as blocked', reference),
    vscode.l10n.t('Flagged {0} as blocked', reference),
    reference,
    flagSteps(api, { projectId: snapshot.projectId, item, fields }, flag),
    !promptless,
  );
  if (!fields.blockedOption) {
    explainMissingBlockedOption(context, snapshot, reference);
  }
  context.log.info(`Flagged ${reference} as blocked (${flag.reason}): ${report.failed ? `stopped: ${report.failed}` : 'done'}.`);
  await context.sprintView.refresh();
  return { item: reference, flagId: flag.id, ...report };
}

/**
 * The status stayed because the board has no option meaning blocked. A board that never had one is explained once
 * per workspace; one that lost its option since the sprint was read (renamed or removed on GitHub) every time.
 */
function explainMissingBlockedOption(context: SprintFlowContext, snapshot: SprintSnapshot, reference: string): void {
  const lost = snapshot.fields.blockedOption;
  if (!lost && context.workspaceState.get(NOTICE_KEY)) {
    return;
  }
  void context.workspaceState.update(NOTICE_KEY, true);
  const board = vscode.l10n.t('The board "{0}"', snapshot.projectTitle);
  const what = lost
    ? vscode.l10n.t('{0} no longer has the status option "{1}" (it was removed on GitHub), so the status of {2} was left as it is.', board, lost.name, reference)
    : vscode.l10n.t('{0} has no status option whose name contains "block", so the status of {1} was left as it is.', board, reference);
  void explainMissingOnBoard(
    vscode.l10n.t('{0} The blocker is recorded in a comment on the item. Add an option meaning blocked to the Status field on GitHub, or name one in the setting sprintFlow.fields.blockedOption.', what),
    'sprintFlow.fields.blockedOption',
  );
}
