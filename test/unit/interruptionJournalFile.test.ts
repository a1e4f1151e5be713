import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Interruption } from '../../src/core/interruptions';
import { timerEntryId } from '../../src/core/interruptionTimer';
import { AppendHandle, InterruptionJournal } from '../../src/services/interruptionJournal';
import { SyncLock } from '../../src/services/syncLock';

export const journalEntry = (id: string, overrides: Partial<Interruption> = {}): Interruption => ({
  kind: 'interruption', id, person: 'mara-jensen', startedAt: '2026-11-24T09:00:00.000Z', minutes: 30, interruptionKind: 'support-ticket', iteration: 'Iteration 42', ...overrides,
});
const at = '2026-11-24T10:00:00.000Z';

describe('interruption journal on disk', () => {
  let dir: string;
  let file: string;

  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'sprint-flow-journal-'));
    file = path.join(dir, 'storage', 'interruptions.jsonl');
  });

  afterEach(() => fs.rm(dir, { recursive: true, force: true }));

  it('reads an empty journal before the first entry, creating the folder on the first append', async () => {
    const journal = new InterruptionJournal(file);
    assert.deepEqual(await journal.read(), { entries: [], skippedLines: 0 });
    await journal.append({ type: 'logged', entry: journalEntry('a'), at });
    assert.deepEqual((await journal.read()).entries.map((e) => e.entry.id), ['a']);
  });

  it('writes several events in one append, and nothing at all for none', async () => {
    const journal = new InterruptionJournal(file);
    await journal.append();
    await assert.rejects(fs.stat(file), { code: 'ENOENT' });
    await journal.append(
      { type: 'logged', entry: journalEntry('a'), at },
      { type: 'logged', entry: journalEntry('b'), at },
      { type: 'synced', id: 'a', commentUrl: 'https://github.com/northwind/infra/issues/9#issuecomment-1', at },
    );
    const contents = await journal.read();
    assert.deepEqual(contents.entries.map((e) => [e.entry.id, e.state]), [['a', 'synced'], ['b', 'waiting']]);
    assert.equal(contents.skippedLines, 0);
  });

  it('keeps every entry when two windows append at the same moment', async () => {
    const [one, two] = [new InterruptionJournal(file), new InterruptionJournal(file)];
    const ids = Array.from({ length: 40 }, (_, i) => `e${i}`);
    await Promise.all(ids.map((id, i) => (i % 2 ? one : two).append({ type: 'logged', entry: journalEntry(id, { note: 'x'.repeat(i * 50) }), at })));
    const contents = await one.read();
    assert.deepEqual(contents.entries.map((e) => e.entry.id).sort(), [...ids].sort());
    assert.equal(contents.skippedLines, 0);
  });

  it('finishes an append the system writes a few bytes at a time', async () => {
    let calls = 0;
    const shortWrites = async (target: string): Promise<AppendHandle> => {
      const real = await fs.open(target, 'a');
      return {
        write: (buffer, offset, length) => {
          calls++;
          return real.write(buffer, offset, Math.min(length, 5));
        },
        datasync: () => real.datasync(),
        close: () => real.close(),
      };
    };
    const journal = new InterruptionJournal(file, shortWrites);
    await journal.append({ type: 'logged', entry: journalEntry('a', { note: 'Kunde fragte nach Größen' }), at }, { type: 'logged', entry: journalEntry('b'), at });
    const contents = await journal.read();
    assert.deepEqual(contents.entries.map((e) => [e.entry.id, e.entry.note]), [['a', 'Kunde fragte nach Größen'], ['b', undefined]]);
    assert.equal(contents.skippedLines, 0);
    assert.ok(calls > 20, `${calls} writes`);
  });

  it('fails an append the system stops taking bytes for, instead of looping, and closes the file', async () => {
    let closed = false;
    const stuck = async (): Promise<AppendHandle> => ({ write: async () => ({ bytesWritten: 0 }), datasync: async () => undefined, close: async () => void (closed = true) });
    await assert.rejects(new InterruptionJournal(file, stuck).append({ type: 'logged', entry: journalEntry('a'), at }), /took 0 of \d+ bytes/);
    assert.equal(closed, true);
  });

  it('keeps one entry when two windows stop the same interruption timer', async () => {
    const [one, two] = [new InterruptionJournal(file), new InterruptionJournal(file)];
    const startedAt = '2026-11-24T09:00:00.000Z';
    // Each window logs what it measured; the entry id comes from the person and the timer's start, not the window.
    await Promise.all([
      one.append({ type: 'logged', entry: journalEntry(timerEntryId('mara-jensen', startedAt), { startedAt, minutes: 30 }), at }),
      two.append({ type: 'logged', entry: journalEntry(timerEntryId('Mara-Jensen', startedAt), { startedAt, minutes: 31 }), at }),
    ]);
    const contents = await one.read();
    assert.equal(contents.entries.length, 1);
    assert.notEqual(timerEntryId('mara-jensen', startedAt), timerEntryId('mara-jensen', '2026-11-24T09:01:00.000Z'));
    assert.notEqual(timerEntryId('mara-jensen', startedAt), timerEntryId('kenji-sato', startedAt));
  });

  it('skips a line torn by a crash and goes on appending after it', async () => {
    const journal = new InterruptionJournal(file);
    await journal.append({ type: 'logged', entry: journalEntry('a'), at });
    await fs.appendFile(file, '{"type":"logged","entry":{"kind":"interr');
    await journal.append({ type: 'logged', entry: journalEntry('b'), at });
    const contents = await new InterruptionJournal(file).read();
    assert.deepEqual(contents.entries.map((e) => e.entry.id), ['a', 'b']);
    assert.equal(contents.skippedLines, 1);
  });
});

/** The pid of a process that has run and exited. */
async function exitedPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((resolve) => child.on('exit', resolve));
  return child.pid!;
}

describe('sync lock', () => {
  let dir: string;
  let file: string;

  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'sprint-flow-lock-'));
    file = path.join(dir, 'sync.lock');
  });

  afterEach(() => fs.rm(dir, { recursive: true, force: true }));

  it('lets one window at a time hold it', async () => {
    const [one, two] = [new SyncLock(file), new SyncLock(file)];
    const held = await one.tryAcquire();
    assert.ok(held);
    assert.equal(await two.tryAcquire(), undefined);
    await held.release();
    const next = await two.tryAcquire();
    assert.ok(next);
    await next.release();
  });

  it('takes over a lock left by a window that crashed, once it is stale', async () => {
    await fs.writeFile(file, 'crashed-window');
    const old = new Date(Date.now() - 120_000);
    await fs.utimes(file, old, old);
    const held = await new SyncLock(file, 60_000).tryAcquire();
    assert.ok(held);
    assert.notEqual(await fs.readFile(file, 'utf8'), 'crashed-window');
    await held.release();
    await assert.rejects(fs.stat(file), { code: 'ENOENT' });
  });

  it('takes over at once a fresh lock whose window process has exited on this machine', async () => {
    await fs.writeFile(file, [os.hostname(), await exitedPid(), 'killed-window'].join('\n'));
    const held = await new SyncLock(file, 60_000).tryAcquire();
    assert.ok(held);
    await held.release();
  });

  it('leaves a fresh lock alone while its process runs, or when it was taken on another machine', async () => {
    await fs.writeFile(file, [os.hostname(), process.ppid, 'running-window'].join('\n'));
    assert.equal(await new SyncLock(file, 60_000).tryAcquire(), undefined);
    await fs.writeFile(file, [`not-${os.hostname()}`, await exitedPid(), 'other-machine'].join('\n'));
    assert.equal(await new SyncLock(file, 60_000).tryAcquire(), undefined);
    assert.match(await fs.readFile(file, 'utf8'), /other-machine$/);
  });

  it('does not release a lock another window has taken over since', async () => {
    const held = await new SyncLock(file).tryAcquire();
    assert.ok(held);
    await fs.writeFile(file, 'another-window');
    await held.release();
    assert.equal(await fs.readFile(file, 'utf8'), 'another-window');
  });
});
