import * as assert from 'node:assert/strict';
import { Interruption } from '../../src/core/interruptions';
import { journalLine, readJournal, reconcile, unsentEntries } from '../../src/core/journal';

const entry = (id: string, minutes = 30): Interruption => ({
  kind: 'interruption', id, person: 'amara', startedAt: '2026-11-24T09:00:00Z', minutes, interruptionKind: 'support-ticket', iteration: 'Iteration 12',
});
const at = '2026-11-24T10:00:00Z';

describe('interruption journal', () => {
  it('replays entries and their sync state', () => {
    const text = [
      journalLine({ type: 'logged', entry: entry('a'), at }),
      journalLine({ type: 'logged', entry: entry('b'), at }),
      journalLine({ type: 'failed', id: 'b', reason: 'offline', at }),
      journalLine({ type: 'synced', id: 'a', commentUrl: 'https://x/1', at }),
    ].join('');
    const contents = readJournal(text);
    assert.deepEqual(contents.entries.map((e) => [e.entry.id, e.state, e.failure ?? e.commentUrl]), [
      ['a', 'synced', 'https://x/1'],
      ['b', 'failed', 'offline'],
    ]);
    assert.deepEqual(unsentEntries(contents).map((e) => e.id), ['b']);
  });

  it('skips a line torn by a crash and keeps every event written after it', () => {
    const torn = journalLine({ type: 'logged', entry: entry('a'), at }).slice(0, 40);
    const text = torn + journalLine({ type: 'logged', entry: entry('b'), at });
    const contents = readJournal(text);
    assert.deepEqual(contents.entries.map((e) => e.entry.id), ['b']);
    assert.equal(contents.skippedLines, 1);
  });

  it('reads appends that two windows interleaved line by line, without duplicates', () => {
    const windowOne = ['a', 'b', 'c'].map((id) => journalLine({ type: 'logged', entry: entry(id), at }));
    const windowTwo = ['d', 'e'].map((id) => journalLine({ type: 'logged', entry: entry(id), at }));
    const text = [windowOne[0], windowTwo[0], windowOne[1], windowTwo[1], windowOne[2], windowOne[2]].join('');
    assert.deepEqual(readJournal(text).entries.map((e) => e.entry.id), ['a', 'd', 'b', 'e', 'c']);
  });

  it('deletes an unsent entry but never a synced one', () => {
    const text = [
      journalLine({ type: 'logged', entry: entry('a'), at }),
      journalLine({ type: 'logged', entry: entry('b'), at }),
      journalLine({ type: 'synced', id: 'b', at }),
      journalLine({ type: 'deleted', id: 'a', at }),
      journalLine({ type: 'deleted', id: 'b', at }),
    ].join('');
    assert.deepEqual(readJournal(text).entries.map((e) => e.entry.id), ['b']);
  });

  it('ignores events that are not ours or not complete', () => {
    const text = '\n{"type":"logged","entry":{"kind":"interruption"}}\n{"type":"weird"}\n[]\nnull\n';
    assert.deepEqual(readJournal(text), { entries: [], skippedLines: 4 });
  });

  it('does not send again what the team log already has', () => {
    const { alreadyInLog, toSend } = reconcile([entry('a'), entry('b'), entry('c')], new Set(['b']));
    assert.deepEqual(alreadyInLog.map((e) => e.id), ['b']);
    assert.deepEqual(toSend.map((e) => e.id), ['a', 'c']);
  });
});
