import * as vscode from 'vscode';
import { TeamReport } from '../core/report/model';
import { DEFAULT_ITERATION_COUNT } from '../core/report/range';
import { TeamReports } from '../services/teamReports';
import { ReportQuery, TEAM_REPORT_VIEW_TYPE, TeamReportNotifications, TeamReportRequests, TeamReportView } from '../webview/protocol';
import { PanelSlot } from './panelSlot';
import { WebviewChannel } from './webviewChannel';

export interface TeamReportSources {
  extensionUri: vscode.Uri;
  reports: TeamReports;
  log: vscode.LogOutputChannel;
  exportReport: (format: 'markdown' | 'csv', query: ReportQuery) => Promise<unknown>;
}

export const DEFAULT_QUERY: ReportQuery = { iterations: DEFAULT_ITERATION_COUNT, people: [], kinds: [] };

const slot = new PanelSlot<TeamReportPanel>({ viewType: TEAM_REPORT_VIEW_TYPE, script: 'teamReport', title: () => vscode.l10n.t('Team Report') });

/** The team report panel: one per window; the query (iterations, person, kind) lives in the webview's state too. */
export class TeamReportPanel implements vscode.Disposable {
  readonly channel: WebviewChannel<TeamReportRequests, TeamReportNotifications>;
  private readonly disposables: vscode.Disposable[] = [];
  private query: ReportQuery = DEFAULT_QUERY;
  private loading?: Promise<TeamReport | undefined>;

  static show(sources: TeamReportSources): TeamReportPanel {
    return slot.show(sources.extensionUri, (panel) => new TeamReportPanel(panel, sources));
  }

  static restore(panel: vscode.WebviewPanel, sources: TeamReportSources, state: unknown): TeamReportPanel {
    const restored = slot.restore(panel, sources.extensionUri, (opened) => new TeamReportPanel(opened, sources));
    void restored.load(savedQuery(state) ?? DEFAULT_QUERY);
    return restored;
  }

  static get open(): TeamReportPanel | undefined {
    return slot.open;
  }

  private constructor(
    readonly panel: vscode.WebviewPanel,
    private readonly sources: TeamReportSources,
  ) {
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
    slot.release(this);
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
