import { randomUUID } from 'node:crypto';
import * as vscode from 'vscode';
import { blockerResolution } from '../core/blockerRecords';
import { blockerReasonLabel } from '../core/blockers';
import { defaultTimeZone } from '../core/calendar';
import { formatAge } from '../core/duration';
import { sameName } from '../core/fieldDiscovery';
import { SelectOption, SprintItem } from '../core/model';
import { isBlocked, isInBlockedOption, itemReference } from '../core/sprint';
import { resolveSteps } from '../github/blockerWriter';
import { itemPicks } from '../views/itemPicker';
import { runSteps } from '../views/multiStepInput';
import { SprintNode } from '../views/sprintTree';
import { currentSprint, isSprintNode, itemFromArgument, linkedCandidate } from './blockerTarget';
import { SprintFlowContext } from './context';
import { WriteReport, writeWithReport } from './writeReport';

export interface ResolveBlockerArgs {
  item?: string;
  resolution?: string;
  /** The status to move it to when Sprint Flow does not know the one before (it was blocked by hand). */
  status?: string;
}

export interface ResolveBlockerResult extends WriteReport {
  item: string;
  resolutionId: string;
}

interface ResolveAnswers {
  item?: SprintItem;
  resolution?: string;
  status?: SelectOption;
}

/** Resolves a blocker on one of my blocked items, restoring what flagging changed and saying how long it lasted. */
export async function resolveBlocker(context: SprintFlowContext, args?: ResolveBlockerArgs | SprintNode): Promise<ResolveBlockerResult | undefined> {
  const snapshot = await currentSprint(context);
  if (!snapshot) {
    return undefined;
  }
  const { fields } = snapshot;
  const given: ResolveBlockerArgs = !args || 'kind' in args ? {} : args;
  const answers: ResolveAnswers = {
    item: isSprintNode(args) ? args.item : given.item ? await itemFromArgument(context, given.item) : undefined,
    resolution: given.resolution,
  };
  const otherOptions = fields.status?.options.filter((o) => o.id !== fields.blockedOption?.id) ?? [];
  if (given.status) {
    answers.status = otherOptions.find((o) => sameName(o.name, given.status!));
    if (!answers.status) {
      throw new Error(vscode.l10n.t('"{0}" is not a status of this board. Use one of: {1}.', given.status, otherOptions.map((o) => o.name).join(', ')));
    }
  }
  const needsStatus = (item: SprintItem) => !item.openBlocker?.previousStatus && isInBlockedOption(item, fields);
  const promptless = !!given.item && (given.resolution !== undefined || !isSprintNode(args)) && (!needsStatus(answers.item!) || !!answers.status);
  if (!promptless) {
    const blocked = snapshot.items.filter((item) => isBlocked(item, fields) || item.openBlocker);
    const linked = await linkedCandidate(blocked);
    const finished = await runSteps(vscode.l10n.t('Resolve a blocker'), answers, [
      async (ui, state) => {
        if (state.item) return;
        if (blocked.length === 0) throw new Error(vscode.l10n.t('None of your items in this iteration is blocked.'));
        const picks = itemPicks(blocked, fields).map((pick) => ({ ...pick, detail: blockedSince(pick.item) }));
        state.item = (await ui.pick({ items: picks, placeholder: vscode.l10n.t('Which item is no longer blocked?'), active: picks.find((p) => p.item === linked) })).item;
      },
      async (ui, state) => {
        if (given.resolution !== undefined) return;
        state.resolution = await ui.text({ prompt: vscode.l10n.t('How was it resolved? Optional; your team reads this on the item.'), value: state.resolution });
      },
      async (ui, state) => {
        if (state.status || !needsStatus(state.item!) || otherOptions.length === 0) return;
        const picks = otherOptions.map((option) => ({ label: option.name, option }));
        const suggested = picks.find((p) => /in.?progress/i.test(p.label));
        state.status = (await ui.pick({ items: picks, placeholder: vscode.l10n.t('Sprint Flow did not flag this item. Which status should it move to?'), active: suggested })).option;
      },
    ]);
    if (!finished) {
      return undefined;
    }
  }

  const item = answers.item!;
  const api = await context.account.api();
  if (!api) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Sign in to GitHub to resolve a blocker.'));
    return undefined;
  }
  const flag = item.openBlocker;
  const resolution = blockerResolution(flag, {
    id: randomUUID(),
    resolution: answers.resolution,
    resolvedAt: new Date(),
    resolvedBy: snapshot.viewer,
    timeZone: defaultTimeZone(),
  });
  const reference = itemReference(item);
  const status = answers.status ? { optionId: answers.status.id, name: answers.status.name } : undefined;
  const report = await writeWithReport(
    vscode.l10n.t('Resolving the blocker on {0}', reference),
    vscode.l10n.t('Resolved the blocker on {0}', reference),
    reference,
    resolveSteps(api, { projectId: snapshot.projectId, item, fields }, flag, resolution, status),
    !promptless,
  );
  context.log.info(`Resolved the blocker on ${reference}: ${report.failed ? `stopped: ${report.failed}` : 'done'}.`);
  await context.sprintView.refresh();
  return { item: reference, resolutionId: resolution.id, ...report };
}

function blockedSince(item: SprintItem): string | undefined {
  const flag = item.openBlocker;
  if (!flag) {
    return undefined;
  }
  const age = formatAge(Date.now() - new Date(flag.flaggedAt).getTime());
  return `Blocked ${age} · ${blockerReasonLabel(flag.reason).toLowerCase()}: ${flag.details}`;
}
