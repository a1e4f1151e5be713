import * as vscode from 'vscode';
import { TeamReport } from '../core/report/model';
import { DEFAULT_ITERATION_COUNT } from '../core/report/range';
import { TeamReports } from '../services/teamReports';
import { ReportQuery, TEAM_REPORT_VIEW_TYPE, TeamReportNotifications, TeamReportRequests, TeamReportView } from '../webview/protocol';
import { WebviewChannel } from './webviewChannel';
import { webviewHtml, webviewOptions } from './webviewHtml';

export interface TeamReportSources {
  extensionUri: vscode.Uri;
  reports: TeamReports;
  log: vscode.LogOutputChannel;
  exportReport: (format: 'markdown' | 'csv', query: ReportQuery) => Promise<unknown>;
}

export const DEFAULT_QUERY: ReportQuery = { iterations: DEFAULT_ITERATION_COUNT, people: [], kinds: [] };

/** The team report panel: one per window; the query (iterations, person, kind) lives in the webview's state too. */
export class TeamReportPanel implements vscode.Disposable {
  private static current?: TeamReportPanel;
  readonly channel: WebviewChannel<TeamReportRequests, TeamReportNotifications>;
  private readonly disposables: vscode.Disposable[] = [];
  private query: ReportQuery = DEFAULT_QUERY;
  private loading?: Promise<TeamReport | undefined>;

  static show(sources: TeamReportSources): TeamReportPanel {
    if (TeamReportPanel.current) {
      TeamReportPanel.current.panel.reveal();
      return TeamReportPanel.current;
    }
    const panel = vscode.window.createWebviewPanel(TEAM_REPORT_VIEW_TYPE, 'Team Report', vscode.ViewColumn.Active, webviewOptions(sources.extensionUri));
    return new TeamReportPanel(panel, sources);
  }

  static restore(panel: vscode.WebviewPanel, sources: TeamReportSources, state: unknown): TeamReportPanel {
    TeamReportPanel.current?.dispose();
    panel.webview.options = webviewOptions(sources.extensionUri);
    const restored = new TeamReportPanel(panel, sources);
    void restored.load(savedQuery(state) ?? DEFAULT_QUERY);
    return restored;
  }

  static get open(): TeamReportPanel | undefined {
    return TeamReportPanel.current;
  }

  private constructor(
    readonly panel: vscode.WebviewPanel,
    private readonly sources: TeamReportSources,
  ) {
    TeamReportPanel.current = this;
    panel.iconPath = vscode.Uri.joinPath(sources.extensionUri, 'media', 'sprint-flow.svg');
    this.channel = new WebviewChannel<TeamReportRequests, TeamReportNotifications>(
      panel.webview,
      {
        loadReport: async (query) => !!(await this.load(readQuery(query))),
        exportReport: async ({ format }) => !!(await sources.exportReport(format === 'csv' ? 'csv' : 'markdown', this.query)),
        openSprintReview: async ({ iteration }) => !!(await vscode.commands.executeCommand('sprintFlow.openSprintReview', typeof iteration === 'string' && iteration ? { iteration } : {})),
        openItem: async ({ reference }) => {
          const url = this.urlOf(reference);
          if (url) await vscode.commands.executeCommand('sprintFlow.openItem', { url });
          return !!url;
        },
      },
      sources.log,
    );
    panel.webview.html = webviewHtml(panel.webview, sources.extensionUri, { script: 'teamReport', title: vscode.l10n.t('Team Report') });
    this.disposables.push(this.channel, panel.onDidDispose(() => this.dispose()));
  }

  get currentQuery(): ReportQuery {
    return this.query;
  }

  /** The view last posted to the webview: what the integration tests assert on. */
  get view(): TeamReportView | undefined {
    return this.channel.posted.view;
  }

  /** Reads (or re-aggregates) and posts the report for a query; resolves with the report, or undefined on a problem. */
  load(query: ReportQuery, options: { force?: boolean } = {}): Promise<TeamReport | undefined> {
    this.query = query;
    const run = this.run(query, options);
    this.loading = run;
    return run;
  }

  private async run(query: ReportQuery, options: { force?: boolean }): Promise<TeamReport | undefined> {
    this.channel.notify('view', { state: 'loading', query });
    const read = await this.sources.reports.read(query.iterations, options);
    if (this.query !== query) {
      return this.loading;
    }
    if (read.kind === 'problem') {
      this.channel.notify('view', { state: 'message', query, message: read.message });
      return undefined;
    }
    const report = this.sources.reports.build(read.source, query);
    const first = report.iterations[0]?.title;
    const last = report.iterations[report.iterations.length - 1]?.title;
    this.panel.title = first === last ? vscode.l10n.t('Team Report · {0}', last) : vscode.l10n.t('Team Report · {0} – {1}', first, last);
    this.channel.notify('view', { state: 'ready', query, report, availableIterations: read.allIterations });
    return report;
  }

  private urlOf(reference: string): string | undefined {
    const view = this.view;
    return view?.state === 'ready' ? view.report.blockers.current.find((c) => c.reference === reference)?.url : undefined;
  }

  dispose(): void {
    if (TeamReportPanel.current === this) TeamReportPanel.current = undefined;
    this.disposables.forEach((d) => d.dispose());
    this.panel.dispose();
  }
}

/** A query from the webview or from saved state, checked field by field. */
export function readQuery(raw: unknown): ReportQuery {
  const value = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : []);
  const iterations =
    typeof value.iterations === 'number' && value.iterations >= 1
      ? Math.floor(value.iterations)
      : Array.isArray(value.iterations) && value.iterations.length
        ? strings(value.iterations)
        : DEFAULT_ITERATION_COUNT;
  return { iterations, people: strings(value.people), kinds: strings(value.kinds) };
}

function savedQuery(state: unknown): ReportQuery | undefined {
  const view = (state as { view?: { query?: unknown } } | undefined)?.view;
  return view?.query ? readQuery(view.query) : undefined;
}
