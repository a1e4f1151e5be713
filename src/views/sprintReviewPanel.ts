import * as vscode from 'vscode';
import { burnUpSeries } from '../core/review/burnUp';
import { SprintReview, UpdateStatus } from '../core/review/model';
import { STATUS_LABELS } from '../core/review/markdown';
import { UPDATE_STATUSES } from '../core/review/updateStatus';
import { SprintReviews } from '../services/sprintReviews';
import { SPRINT_REVIEW_VIEW_TYPE, SprintReviewNotifications, SprintReviewRequests, SprintReviewView } from '../webview/protocol';
import { PanelSlot } from './panelSlot';
import { WebviewChannel } from './webviewChannel';

export interface SprintReviewSources {
  extensionUri: vscode.Uri;
  reviews: SprintReviews;
  log: vscode.LogOutputChannel;
  exportReview: (review: SprintReview) => Promise<unknown>;
}

const slot = new PanelSlot<SprintReviewPanel>({ viewType: SPRINT_REVIEW_VIEW_TYPE, script: 'sprintReview', title: () => vscode.l10n.t('Sprint Review') });

/** The sprint review panel: one per window, on one iteration at a time. */
export class SprintReviewPanel implements vscode.Disposable {
  readonly channel: WebviewChannel<SprintReviewRequests, SprintReviewNotifications>;
  private readonly disposables: vscode.Disposable[] = [];
  private last?: { review: SprintReview; projectId: string; availableIterations: string[] };
  private iteration = '';

  static show(sources: SprintReviewSources): SprintReviewPanel {
    return slot.show(sources.extensionUri, (panel) => new SprintReviewPanel(panel, sources));
  }

  static restore(panel: vscode.WebviewPanel, sources: SprintReviewSources, state: unknown): SprintReviewPanel {
    const restored = slot.restore(panel, sources.extensionUri, (opened) => new SprintReviewPanel(opened, sources));
    const view = (state as { view?: { review?: { iteration?: { title?: unknown } } } } | undefined)?.view;
    const title = view?.review?.iteration?.title;
    void restored.load(typeof title === 'string' ? title : '');
    return restored;
  }

  static get open(): SprintReviewPanel | undefined {
    return slot.open;
  }

  private constructor(
    readonly panel: vscode.WebviewPanel,
    private readonly sources: SprintReviewSources,
  ) {
    this.channel = new WebviewChannel<SprintReviewRequests, SprintReviewNotifications>(
      panel.webview,
      {
        loadReview: async ({ iteration }) => !!(await this.load(typeof iteration === 'string' ? iteration : '')),
        // Through the command, so the button is refused in Restricted Mode as the palette is.
        publishReview: async ({ status }) =>
          !!(await vscode.commands.executeCommand('sprintFlow.publishSprintReview', { ...(this.last ? { iteration: this.last.review.iteration.title } : {}), ...(UPDATE_STATUSES.includes(status) ? { status } : {}) })),
        exportReview: async () => !!(this.last && (await sources.exportReview(this.last.review))),
        openItem: async ({ reference }) => {
          const url = this.last?.review.rows.find((r) => r.reference === reference)?.url ?? this.last?.review.goals.find((g) => g.reference === reference)?.url;
          if (url) await vscode.commands.executeCommand('sprintFlow.openItem', { url });
          return !!url;
        },
      },
      sources.log,
    );
    this.disposables.push(this.channel, panel.onDidDispose(() => this.dispose()));
  }

  /** The view last posted to the webview: what the integration tests assert on. */
  get view(): SprintReviewView | undefined {
    return this.channel.posted.view;
  }

  get review(): SprintReview | undefined {
    return this.last?.review;
  }

  /** Reads and shows the review of an iteration (empty: the one that ended last); resolves with it, or undefined. */
  async load(iteration: string): Promise<SprintReview | undefined> {
    this.iteration = iteration;
    this.channel.notify('view', { state: 'loading', iteration });
    const read = await this.sources.reviews.read(iteration || undefined);
    if (this.iteration !== iteration) return this.last?.review;
    if (read.kind === 'problem') {
      this.channel.notify('view', { state: 'message', iteration, message: read.message });
      return undefined;
    }
    this.last = read;
    this.panel.title = vscode.l10n.t('Sprint Review · {0}', read.review.iteration.title);
    this.channel.notify('view', { state: 'ready', review: read.review, burnUp: burnUpSeries(read.review), availableIterations: read.availableIterations });
    return read.review;
  }

  /** Publishes the review shown as a project status update; resolves with its id. */
  async publish(status: UpdateStatus | undefined): Promise<string | undefined> {
    if (!this.last) return undefined;
    const chosen = status ?? (await pickStatus(this.last.review.suggestedStatus));
    if (!chosen) return undefined;
    const id = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Publishing the sprint review as a status update…') }, () =>
      this.sources.reviews.publish(this.last!.review, this.last!.projectId, chosen),
    );
    // Read again so the new status update shows among the project's updates.
    await this.load(this.last.review.iteration.title);
    const view = this.view;
    if (view?.state === 'ready') this.channel.notify('view', { ...view, published: id });
    return id;
  }

  dispose(): void {
    slot.release(this);
    this.disposables.forEach((d) => d.dispose());
    this.panel.dispose();
  }
}

async function pickStatus(suggested: UpdateStatus): Promise<UpdateStatus | undefined> {
  const items = UPDATE_STATUSES.map((status) => ({ label: STATUS_LABELS[status], description: status === suggested ? vscode.l10n.t('suggested by the numbers') : undefined, status }));
  items.sort((a, b) => (a.status === suggested ? -1 : b.status === suggested ? 1 : 0));
  const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Status of the sprint'), placeHolder: vscode.l10n.t('The status to publish with the review') });
  return picked?.status;
}
