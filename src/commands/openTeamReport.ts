import { TeamReport } from '../core/report/model';
import { DEFAULT_QUERY, readQuery, TeamReportPanel, TeamReportSources } from '../views/teamReportPanel';
import { SprintFlowContext } from './context';
import { exportReport } from './exportReport';

/** `{ iterations?: number | string[], people?: string[], kinds?: string[] }`: the range (default: current and previous five) and filters. */
export interface OpenTeamReportArgs {
  iterations?: number | string[];
  people?: string[];
  kinds?: string[];
}

export function teamReportSources(context: SprintFlowContext): TeamReportSources {
  return {
    extensionUri: context.extensionUri,
    reports: context.reports,
    log: context.log,
    exportReport: (format, query) => exportReport(context, { format, ...query }),
  };
}

/** Opens (or reveals) the team report and reads it; resolves with the report shown, or undefined when it could not be read. */
export function openTeamReport(context: SprintFlowContext, args?: OpenTeamReportArgs): Promise<TeamReport | undefined> {
  const panel = TeamReportPanel.show(teamReportSources(context));
  const query = args ? readQuery({ ...DEFAULT_QUERY, ...args }) : panel.view ? panel.currentQuery : DEFAULT_QUERY;
  return panel.load(query, { force: !args });
}
