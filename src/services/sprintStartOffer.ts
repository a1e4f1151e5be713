import * as vscode from 'vscode';
import { defaultTimeZone } from '../core/calendar';
import { decideStartOffer, rememberStartOffer, startOfferKey } from '../core/review/startOffer';
import { publishSprintStartSetting, savePublishSprintStartSetting } from './settings';
import { SprintReviews } from './sprintReviews';
import { SprintStore } from './sprintStore';

/** The iterations whose start this person was offered (or had recorded), in the extension's global state. */
const OFFERED_KEY = 'sprintFlow.sprintStartOffered';

/**
 * At the start of each iteration, offers once to record its start snapshot (or records it, when the setting says
 * automatic), as soon as My Sprint has read the new iteration. Nothing is asked when a team member has recorded it.
 */
export class SprintStartOffer implements vscode.Disposable {
  /** Keys looked at in this window, so a refresh every few minutes asks GitHub nothing. */
  private readonly looked = new Set<string>();
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly store: SprintStore,
    private readonly reviews: SprintReviews,
    private readonly globalState: vscode.Memento,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.subscription = store.onDidChange(() => void this.check());
  }

  /** Looks at the sprint shown now; resolves once anything it offered or published is done. */
  async check(): Promise<void> {
    const state = this.store.state;
    if (state.kind !== 'sprint') return;
    const { snapshot } = state;
    const key = startOfferKey(snapshot.projectId, snapshot.iteration.id);
    if (this.looked.has(key)) return;
    const base = {
      setting: publishSprintStartSetting(),
      trusted: vscode.workspace.isTrusted,
      iteration: snapshot.iteration,
      now: new Date(),
      timeZone: defaultTimeZone(),
      handled: this.offered().includes(key),
    };
    if (decideStartOffer(base).action !== 'read') return;
    this.looked.add(key);
    const snapshotExists = await this.reviews.hasStartSnapshot(snapshot.projectId, snapshot.iteration.id);
    if (snapshotExists === undefined) return;
    const decision = decideStartOffer({ ...base, snapshotExists });
    if (decision.action === 'none') {
      if (decision.reason === 'exists') await this.remember(key);
      return;
    }
    // Remembered before asking: another window of the same person does not ask again while this one waits.
    await this.remember(key);
    const title = snapshot.iteration.title;
    if (decision.action === 'publish') {
      this.log.info(`Recording the start of ${title}, as sprintFlow.review.publishSprintStart says.`);
      await vscode.commands.executeCommand('sprintFlow.publishSprintStart', { iteration: title });
      return;
    }
    const record = vscode.l10n.t('Record the Start');
    const always = vscode.l10n.t('Always Record It');
    const choice = await vscode.window.showInformationMessage(
      vscode.l10n.t('{0} has started. Record what the team committed to, so the sprint review can tell it from work added later? It is posted as a project status update.', title),
      record,
      always,
    );
    if (choice === always) await savePublishSprintStartSetting('automatic');
    if (choice === record || choice === always) await vscode.commands.executeCommand('sprintFlow.publishSprintStart', { iteration: title });
  }

  private offered(): string[] {
    const value = this.globalState.get<unknown>(OFFERED_KEY);
    return Array.isArray(value) ? value.filter((k): k is string => typeof k === 'string') : [];
  }

  private async remember(key: string): Promise<void> {
    await this.globalState.update(OFFERED_KEY, rememberStartOffer(this.offered(), key));
  }

  dispose(): void {
    this.subscription.dispose();
  }
}
