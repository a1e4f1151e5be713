import { promises as fs } from 'node:fs';
import * as vscode from 'vscode';
import { reportCsv } from '../core/report/csv';
import { reportMarkdown } from '../core/report/markdown';
import { DEFAULT_QUERY, readQuery, TeamReportPanel } from '../views/teamReportPanel';
import { SprintFlowContext } from './context';

/**
 * `{ format: 'markdown' | 'csv', path?, iterations?, people?, kinds? }`. Without a range, the open report's range and
 * filters (or the default range). Markdown opens in a new untitled editor (or is written to `path`); CSV is written
 * to `path`, or where the save dialog says.
 */
export interface ExportReportArgs {
  format?: 'markdown' | 'csv';
  path?: string;
  iterations?: number | string[];
  people?: string[];
  kinds?: string[];
}

export interface ExportResult {
  format: 'markdown' | 'csv';
  /** The untitled document's or the file's URI. */
  uri: string;
  content: string;
}

export async function exportReport(context: SprintFlowContext, args: ExportReportArgs = {}): Promise<ExportResult | undefined> {
  const format = args.format ?? (await askFormat());
  if (!format) return undefined;
  if (format !== 'markdown' && format !== 'csv') {
    void vscode.window.showErrorMessage(vscode.l10n.t('Sprint Flow exports the report as "markdown" or "csv", not "{0}".', String(format)));
    return undefined;
  }
  const open = TeamReportPanel.open;
  const query = args.iterations !== undefined || args.people || args.kinds ? readQuery({ ...DEFAULT_QUERY, ...args }) : open?.currentQuery ?? DEFAULT_QUERY;
  const read = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Reading the team report…') }, () => context.reports.read(query.iterations));
  if (read.kind === 'problem') {
    void vscode.window.showErrorMessage(vscode.l10n.t('The report was not exported: {0}', read.message));
    return undefined;
  }
  const content = format === 'markdown' ? reportMarkdown(context.reports.build(read.source, query)) : reportCsv(read.source);

  if (format === 'markdown' && !args.path) {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content });
    await vscode.window.showTextDocument(document, { preview: false });
    return { format, uri: document.uri.toString(), content };
  }
  const target = args.path
    ? vscode.Uri.file(args.path)
    : await vscode.window.showSaveDialog({
        title: vscode.l10n.t('Export the Team Report as CSV'),
        saveLabel: 'Export',
        filters: { CSV: ['csv'] },
        defaultUri: vscode.Uri.joinPath(vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.file(process.cwd()), 'team-report.csv'),
      });
  if (!target) return undefined;
  try {
    await fs.writeFile(target.fsPath, content, 'utf8');
  } catch (error) {
    void vscode.window.showErrorMessage(vscode.l10n.t('The report could not be written to {0}: {1}', target.fsPath, (error as Error).message));
    return undefined;
  }
  void vscode.window.showInformationMessage(vscode.l10n.t('Exported the team report to {0}.', target.fsPath));
  return { format, uri: target.toString(), content };
}

async function askFormat(): Promise<'markdown' | 'csv' | undefined> {
  const pick = await vscode.window.showQuickPick(
    [
      { label: vscode.l10n.t('$(markdown) Markdown'), description: vscode.l10n.t('Tables for a retrospective or the sprint status update'), format: 'markdown' as const },
      { label: '$(table) CSV', description: vscode.l10n.t('The raw entries, for a spreadsheet'), format: 'csv' as const },
    ],
    { title: vscode.l10n.t('Export the Team Report'), placeHolder: vscode.l10n.t('Choose a format') },
  );
  return pick?.format;
}
