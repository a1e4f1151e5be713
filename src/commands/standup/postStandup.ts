import * as vscode from 'vscode';
import { Draft, Standups } from '../../services/standup/standups';
import { StandupSyncReport } from '../../services/standup/standupSync';
import { safeWebUrl } from '../../views/itemPresentation';

/**
 * `{ text?, post? }`: without `post`, the draft opens for editing (with `text` in it when given) and nothing is sent;
 * with `post: true`, the update (the composed draft, or `text`) is posted at once and the command resolves with the
 * comment's URL (undefined when it waits to be sent).
 */
export interface PostStandupArgs {
  text?: string;
  post?: boolean;
}

/** Compose (or reopen the draft kept from before) and let the person edit it; or post at once for scripts. */
export async function postStandup(standups: Standups, args?: PostStandupArgs): Promise<string | undefined> {
  if (args?.post === true) {
    const draft = await freshDraft(standups);
    if (!draft) return undefined;
    const { url, report } = await standups.post({ update: draft.update, text: typeof args.text === 'string' ? args.text : draft.text });
    tell(report, url);
    return url;
  }
  let draft = typeof args?.text === 'string' ? undefined : await standups.savedDraft();
  if (!draft) {
    const composed = await freshDraft(standups);
    if (!composed) return undefined;
    draft = typeof args?.text === 'string' ? { ...composed, text: args.text } : composed;
    await standups.saveDraft(draft);
  }
  await vscode.window.showTextDocument(standups.draftUri, { preview: false });
  return undefined;
}

/** The Post action of the draft editor: the person's go-ahead. */
export async function postStandupDraft(standups: Standups): Promise<string | undefined> {
  const saved = await standups.savedDraft();
  if (!saved) {
    void vscode.window.showWarningMessage(vscode.l10n.t('There is no standup draft to post. Run "Sprint Flow: Post Standup Update" to compose one.'));
    return undefined;
  }
  const document = vscode.workspace.textDocuments.find((d) => d.uri.fsPath === standups.draftUri.fsPath);
  // Saved first: if anything fails from here on, the draft is still there as the person left it.
  if (document?.isDirty) await document.save();
  const text = document?.getText() ?? saved.text;
  if (!text.trim()) {
    void vscode.window.showWarningMessage(vscode.l10n.t('The standup draft is empty. Write your update, or discard the draft.'));
    return undefined;
  }
  const { url, report } = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Posting your standup update…') }, () => standups.post({ update: saved.update, text }));
  await closeDraft(standups);
  tell(report, url);
  return url;
}

export async function discardStandupDraft(standups: Standups): Promise<void> {
  await closeDraft(standups);
  void vscode.window.setStatusBarMessage(vscode.l10n.t('$(trash) Standup draft discarded.'), 4000);
}

async function closeDraft(standups: Standups): Promise<void> {
  const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputText && t.input.uri.fsPath === standups.draftUri.fsPath);
  const document = vscode.workspace.textDocuments.find((d) => d.uri.fsPath === standups.draftUri.fsPath);
  if (document?.isDirty) await document.save();
  await vscode.window.tabGroups.close(tabs);
  await standups.discardDraft();
}

async function freshDraft(standups: Standups): Promise<Draft | undefined> {
  const composed = await standups.compose();
  if ('problem' in composed) {
    void vscode.window.showWarningMessage(composed.problem);
    return undefined;
  }
  return composed;
}

function tell(report: StandupSyncReport, url: string | undefined): void {
  report.notices.forEach((notice) => void vscode.window.showWarningMessage(notice));
  if (url) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Your standup update is posted.'), vscode.l10n.t('Open on GitHub')).then((choice) => {
      const target = safeWebUrl(url);
      if (choice && target) void vscode.env.openExternal(target);
    });
    return;
  }
  const why =
    report.outcome === 'noRepository'
      ? vscode.l10n.t('No standup repository is set: name one (OWNER/REPO) in the sprintFlow.standup.repository setting.')
      : report.outcome === 'signedOut'
        ? vscode.l10n.t('Sign in to GitHub to send it.')
        : (report.reason ?? vscode.l10n.t('It is sent as soon as GitHub can be reached.'));
  void vscode.window.showWarningMessage(vscode.l10n.t('Your standup update is saved and waits to be sent. {0}', why));
}
