import * as vscode from 'vscode';
import { ActiveItem, ActiveItemTracker } from '../services/activeItem';

const MAX_TITLE = 32;

/** The status-bar entry naming the active item ("$(issues) #123 Fix login"); clicking it offers what to do next. */
export class ActiveItemStatus implements vscode.Disposable {
  readonly item: vscode.StatusBarItem;
  private readonly subscription: vscode.Disposable;

  constructor(tracker: ActiveItemTracker) {
    this.item = vscode.window.createStatusBarItem('sprintFlow.activeItem', vscode.StatusBarAlignment.Left, 50);
    this.item.name = vscode.l10n.t('Sprint Flow: Active Item');
    this.item.command = 'sprintFlow.activeItemActions';
    this.subscription = tracker.onDidChange((active) => this.show(active));
    this.show(tracker.current);
  }

  private show(active: ActiveItem | undefined): void {
    if (!active) {
      this.item.hide();
      return;
    }
    this.item.text = activeItemText(active);
    this.item.tooltip = vscode.l10n.t('Working on {0}{1} (branch {2}). Click for actions.', active.reference, active.title ? `: ${active.title}` : '', active.branch);
    this.item.accessibilityInformation = { label: vscode.l10n.t('Sprint Flow: working on {0} {1}', active.reference, active.title ?? '').trim() };
    this.item.show();
  }

  dispose(): void {
    this.subscription.dispose();
    this.item.dispose();
  }
}

export function activeItemText(active: ActiveItem): string {
  const title = active.title && active.title.length > MAX_TITLE ? `${active.title.slice(0, MAX_TITLE - 1)}…` : active.title;
  // Codicon syntax in a title from GitHub would render as icons: "$(" is broken up so it shows as typed.
  const safe = title?.replace(/\$\(/g, '$\u200b(');
  return `$(issues) #${active.number ?? '?'}${safe ? ` ${safe}` : ''}`;
}
