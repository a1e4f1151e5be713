/**
 * A stand-in for the extension host, for fault tests that kill it: a Node process that builds the team log sync from
 * the extension's own modules and runs it again and again, as the extension does every minute, until a run finds
 * nothing to send. Each run's report is printed as one JSON line.
 *
 *   node out/test/unit/teamLogSyncHost.js '{"journalFile":…,"lockFile":…,"lockStaleMs":…,"apiUrl":…,"token":…,"repository":…}'
 */
import { GitHubApi } from '../../src/github/api';
import { createOctokit } from '../../src/github/client';
import { InterruptionJournal } from '../../src/services/interruptionJournal';
import { SyncLock } from '../../src/services/syncLock';
import { TeamLogSync } from '../../src/services/teamLogSync';

export interface SyncHostConfig {
  journalFile: string;
  lockFile: string;
  lockStaleMs: number;
  apiUrl: string;
  token: string;
  repository: string;
  /** Between runs; the extension waits a minute. */
  pauseMs: number;
}

async function main(config: SyncHostConfig): Promise<void> {
  const client = (purpose: 'read' | 'write') =>
    createOctokit({ purpose, token: config.token, baseUrl: config.apiUrl, userAgent: 'sprint-flow-sync-host', writeSpacingMs: 0 });
  const api = new GitHubApi(client('read'), client('write'), config.apiUrl);
  const sync = new TeamLogSync({
    journal: new InterruptionJournal(config.journalFile),
    lock: new SyncLock(config.lockFile, config.lockStaleMs),
    api: async () => api,
    repository: () => config.repository,
    window: 'sync-host',
  });
  for (;;) {
    const report = await sync.run();
    process.stdout.write(`${JSON.stringify(report)}\n`);
    if (report.outcome === 'nothingToSend') {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, config.pauseMs));
  }
}

main(JSON.parse(process.argv[2] ?? '{}') as SyncHostConfig).catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
