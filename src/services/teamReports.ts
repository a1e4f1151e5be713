import * as vscode from 'vscode';
import { defaultTimeZone } from '../core/calendar';
import { parseProjectUrl } from '../core/projectUrl';
import { ReportSource, TeamReport } from '../core/report/model';
import { IterationChoice } from '../core/report/range';
import { buildTeamReport } from '../core/report/teamReport';
import { parseRepository } from '../core/teamLog';
import { toGitHubError } from '../github/errors';
import { loadReport } from '../github/reportLoader';
import { GitHubAccount } from './githubAccount';
import { logLeftOut } from './leftOutLog';
import { fieldOverrides, goalSettings, hoursPerDaySetting, projectUrlSetting, teamLogRepositorySetting } from './settings';

export type ReportRead = { kind: 'ready'; source: ReportSource; allIterations: string[] } | { kind: 'problem'; message: string };

export interface ReportFilters {
  people?: string[];
  kinds?: string[];
}

/**
 * Reads what the team report counts, once per range: changing a filter re-aggregates what was read; changing the
 * iterations reads GitHub again. The panel and the export share the last read.
 */
export class TeamReports {
  private last?: { key: string; read: Promise<ReportRead> };

  constructor(
    private readonly account: GitHubAccount,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  read(choice: IterationChoice | undefined, options: { force?: boolean } = {}): Promise<ReportRead> {
    const key = JSON.stringify([projectUrlSetting(), choice ?? null]);
    if (!this.last || this.last.key !== key || options.force) {
      const read = this.load(choice);
      this.last = { key, read };
      read.then((r) => r.kind === 'problem' && this.last?.read === read && (this.last = undefined), () => undefined);
    }
    return this.last.read;
  }

  build(source: ReportSource, filters: ReportFilters = {}): TeamReport {
    const started = performance.now();
    const report = buildTeamReport(source, {
      hoursPerDay: hoursPerDaySetting(),
      timeZone: defaultTimeZone(),
      now: new Date(),
      goalLabel: goalSettings().label,
      people: filters.people ?? [],
      kinds: filters.kinds ?? [],
    });
    this.log.info(`Aggregated the team report in ${(performance.now() - started).toFixed(1)} ms.`);
    return report;
  }

  private async load(choice: IterationChoice | undefined): Promise<ReportRead> {
    const projectUrl = projectUrlSetting();
    if (!projectUrl) {
      return { kind: 'problem', message: vscode.l10n.t('Choose your team\'s GitHub project with "Sprint Flow: Select Project" first.') };
    }
    const api = await this.account.api();
    if (!api) {
      return { kind: 'problem', message: vscode.l10n.t('Sign in to GitHub to read the team report.') };
    }
    const before = { ...api.tally };
    try {
      const ref = parseProjectUrl(projectUrl);
      const repository = parseRepository(teamLogRepositorySetting());
      const load = await loadReport(api, ref, {
        choice,
        fieldOverrides: fieldOverrides(),
        ...(repository ? { teamLogRepository: repository } : {}),
        now: new Date(),
        timeZone: defaultTimeZone(),
      });
      const requests = api.tally.requests - before.requests;
      if (load.kind === 'ready') {
        const s = load.source;
        this.log.info(
          `Read the team report for ${s.iterations.length} iterations: ${s.items.length} items, ${s.interruptions.length} interruptions, ` +
            `${Object.keys(s.blockerRecords).length} items with blocker records, ${s.skippedMarkers} records skipped ` +
            `(${requests} requests, rate-limit cost ${api.tally.cost - before.cost}).`,
        );
        logLeftOut(this.log, 'the team report', s.leftOutRecords ?? []);
      }
      return load;
    } catch (error) {
      const problem = toGitHubError(error);
      this.log.warn(`Reading the team report failed (${problem.problem}): ${problem.message}`);
      return { kind: 'problem', message: problem.message };
    }
  }
}
