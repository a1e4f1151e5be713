import * as assert from 'node:assert/strict';
import { ChildProcess, spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Interruption, INTERRUPTION_KINDS, isInterruption } from '../../src/core/interruptions';
import { readMarkers } from '../../src/core/markers';
import { InterruptionJournal } from '../../src/services/interruptionJournal';
import { SyncReport } from '../../src/services/teamLogSync';
import { DEMO_TOKEN, demoBoard, FakeGitHub, RequestLogEntry, startFakeGitHub } from '../fake-github';
import { journalEntry } from './interruptionJournalFile.test';
import type { SyncHostConfig } from './teamLogSyncHost';

const ENTRIES = 1_000;
const ITERATIONS = ['Iteration 41', 'Iteration 42', 'Iteration 43'];
const ID_PREFIX = 'fault-';
/** Entries the server has stored when the first extension host is killed, waiting for an answer. */
const KILL_AFTER_STORED = 300;
/** Entries stored when the network goes down, and for how long. */
const OFFLINE_AFTER_STORED = 650;
const OFFLINE_MS = 1_500;
/** The extension's own: the killed host's lock is taken over because its process is gone, not because it went stale. */
const LOCK_STALE_MS = 60_000;

/** Entry i of the backlog: kinds, durations, iterations, notes and links vary. */
function backlogEntry(i: number): Interruption {
  return journalEntry(`${ID_PREFIX}${String(i).padStart(4, '0')}`, {
    iteration: ITERATIONS[i % ITERATIONS.length],
    interruptionKind: INTERRUPTION_KINDS[i % INTERRUPTION_KINDS.length].id,
    minutes: 5 + ((i * 37) % 236),
    startedAt: new Date(Date.parse('2026-10-26T08:00:00.000Z') + i * 47 * 60_000).toISOString(),
    ...(i % 4 === 0 ? { note: `Question ${i} from the support rota about the staging cluster` } : {}),
    ...(i % 5 === 0 ? { link: `https://support.example.com/t/${4000 + i}` } : {}),
  });
}

/** The same faults in the same order on every run of the test (mulberry32). */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

interface SyncHost {
  child: ChildProcess;
  reports: SyncReport[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stderr: () => string;
}

/** An extension host syncing the shared journal: a Node process of its own (teamLogSyncHost.ts). */
function startSyncHost(config: SyncHostConfig): SyncHost {
  const child = spawn(process.execPath, [path.join(__dirname, 'teamLogSyncHost.js'), JSON.stringify(config)], { stdio: ['ignore', 'pipe', 'pipe'] });
  const reports: SyncHost['reports'] = [];
  let pending = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    pending += chunk;
    for (let end = pending.indexOf('\n'); end >= 0; end = pending.indexOf('\n')) {
      reports.push(JSON.parse(pending.slice(0, end)) as SyncReport);
      pending = pending.slice(end + 1);
    }
  });
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  return { child, reports, exited, stderr: () => stderr };
}

describe('the team log under failure', function () {
  this.timeout(120_000);
  let github: FakeGitHub;
  let dir: string;
  const hosts: SyncHost[] = [];

  afterEach(async () => {
    hosts.forEach((host) => host.child.exitCode === null && host.child.kill('SIGKILL'));
    await github?.close();
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('ends with exactly the 1,000 entries logged, none lost, none twice, while writes fail, the network drops and the extension host is killed mid-sync', async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'sprint-flow-faults-'));
    const journal = new InterruptionJournal(path.join(dir, 'interruptions.jsonl'));
    for (let i = 0; i < ENTRIES; i++) {
      await journal.append({ type: 'logged', entry: backlogEntry(i), repository: 'northwind/infra', at: new Date().toISOString() });
    }
    const started = Date.now();

    const backlogComments = () =>
      github.state
        .repo('northwind', 'infra')!
        .issues.filter((issue) => issue.title.startsWith('Interruption log · '))
        .flatMap((issue) =>
          issue.comments.flatMap((c) => readMarkers(c.body).records.filter(isInterruption).filter((r) => r.id.startsWith(ID_PREFIX)).map((record) => ({ issue, record }))),
        );
    let firstHost: SyncHost | undefined;
    let secondHost: SyncHost | undefined;
    let killing = false;
    let recordKill: (at: { stored: number; journaledSynced: number }) => void = () => {};
    const killed = new Promise<{ stored: number; journaledSynced: number }>((resolve) => (recordKill = resolve));
    let offlineFrom: number | undefined;
    const actBetweenStoringAndAnswering = async (request: RequestLogEntry) => {
      if (request.operationName !== 'AddInterruptionComments') {
        return;
      }
      const stored = backlogComments().length;
      if (firstHost && !killing && stored >= KILL_AFTER_STORED) {
        killing = true;
        firstHost.child.kill('SIGKILL');
        await firstHost.exited;
        const journaledSynced = (await journal.read()).entries.filter((e) => e.state === 'synced').length;
        recordKill({ stored, journaledSynced });
      }
      if (secondHost && offlineFrom === undefined && stored >= OFFLINE_AFTER_STORED) {
        offlineFrom = github.requestLog.length;
        github.switches.offline = true;
        setTimeout(() => (github.switches.offline = false), OFFLINE_MS);
      }
    };
    github = await startFakeGitHub({
      state: demoBoard(),
      switches: { failWrites: 0.3 },
      random: seededRandom(20261130),
      onWriteStored: actBetweenStoringAndAnswering,
    });
    const config: SyncHostConfig = {
      journalFile: journal.file,
      lockFile: path.join(dir, 'sync.lock'),
      lockStaleMs: LOCK_STALE_MS,
      apiUrl: github.apiUrl,
      token: DEMO_TOKEN,
      repository: 'northwind/infra',
      pauseMs: 50,
    };

    firstHost = startSyncHost(config);
    hosts.push(firstHost);
    assert.deepEqual(await firstHost.exited, { code: null, signal: 'SIGKILL' }, firstHost.stderr());
    const atKill = await killed;
    const killedAt = Date.now();
    assert.ok((await fs.stat(config.lockFile)).isFile(), 'the killed host left its lock behind');

    secondHost = startSyncHost(config);
    hosts.push(secondHost);
    assert.deepEqual(await secondHost.exited, { code: 0, signal: null }, secondHost.stderr());

    const afterKill = secondHost.reports;
    const lockWaitMs = (github.requestLog.find((r) => r.timestamp >= killedAt)?.timestamp ?? Infinity) - killedAt;
    const found = afterKill.reduce((sum, r) => sum + r.alreadyInLog, 0);
    const sentAfterKill = afterKill.reduce((sum, r) => sum + r.sent, 0);
    const addCommentRequests = github.requestLog.filter((r) => r.operationName === 'AddInterruptionComments').length;
    const writesFailed = github.requestLog.filter((r) => r.status === 502).length;
    const droppedOffline = github.requestLog.slice(offlineFrom).filter((r) => r.status === 0).length;

    const inLog = backlogComments();
    const timesLogged = new Map<string, number>();
    inLog.forEach(({ record }) => timesLogged.set(record.id, (timesLogged.get(record.id) ?? 0) + 1));
    assert.equal(timesLogged.size, ENTRIES, 'every entry is in the log');
    assert.deepEqual([...timesLogged].filter(([, times]) => times !== 1), [], 'no entry is in the log twice');
    assert.ok(inLog.every(({ issue, record }) => issue.title === `Interruption log · ${record.iteration}`), 'each entry is in its iteration\'s log');
    assert.equal(new Set(inLog.map(({ issue }) => issue.id)).size, ITERATIONS.length);

    const contents = await journal.read();
    assert.equal(contents.entries.length, ENTRIES);
    assert.deepEqual(contents.entries.filter((e) => e.state !== 'synced' || !e.commentUrl).map((e) => e.entry.id), [], 'the journal knows every entry is synced');

    assert.ok(writesFailed > 0 && droppedOffline > 0, 'the faults happened');
    assert.equal(found, atKill.stored - atKill.journaledSynced, 'what the killed host never heard about is found in the log');
    assert.ok(found > 0);
    assert.equal(atKill.journaledSynced + found + sentAfterKill, ENTRIES);
    // Starting a Node process on a loaded machine takes seconds; waiting for the lock to go stale would take a minute.
    assert.ok(lockWaitMs < 20_000, `the lock the killed host left is taken over at once, not after ${lockWaitMs} ms`);

    console.log(
      `      ${ENTRIES} entries in ${((Date.now() - started) / 1000).toFixed(1)} s: ${addCommentRequests} add-comment requests stored, ` +
        `${writesFailed} writes failed (502), ${droppedOffline} requests dropped offline, ` +
        `${atKill.stored} stored when the host was killed (${atKill.journaledSynced} journaled as synced), ` +
        `${found} found already in the log after the kill, ${sentAfterKill} sent after it; lock taken over after ${lockWaitMs} ms`,
    );
  });
});
