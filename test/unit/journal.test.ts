import * as assert from 'node:assert/strict';
import { Interruption } from '../../src/core/interruptions';
import { entriesFor, journalLine, readJournal, reconcile, unsentEntries } from '../../src/core/journal';

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

  it('sends an entry only to the team log it was logged for, however many windows share the journal', () => {
    const contents = readJournal(
      [
        journalLine({ type: 'logged', entry: entry('ours'), repository: 'Northwind/Infra', at }),
        journalLine({ type: 'logged', entry: entry('theirs'), repository: 'acme/ops', at }),
        journalLine({ type: 'logged', entry: entry('before-the-log-was-chosen'), window: 'this-window', at }),
        journalLine({ type: 'logged', entry: entry('another-window-before-its-log'), window: 'closed-window', at }),
        journalLine({ type: 'logged', entry: entry('from-an-earlier-sprint-flow'), at }),
      ].join(''),
    );
    const here = entriesFor(contents, 'northwind/infra', 'this-window');
    assert.deepEqual(here.mine.map((e) => e.id), ['ours', 'before-the-log-was-chosen']);
    assert.deepEqual(here.toAddress, ['before-the-log-was-chosen']);
    assert.deepEqual(here.otherLogs.map((e) => e.entry.id), ['theirs']);
    assert.deepEqual(here.unaddressed.map((e) => e.entry.id), ['another-window-before-its-log', 'from-an-earlier-sprint-flow']);
  });

  it('sends an entry of unknown team log where the person says, and only once addressed', () => {
    const text = [
      journalLine({ type: 'logged', entry: entry('old'), at }),
      journalLine({ type: 'addressed', id: 'old', repository: 'northwind/infra', at }),
      journalLine({ type: 'addressed', id: 'old', repository: 'acme/ops', at }),
    ].join('');
    const contents = readJournal(text);
    assert.equal(contents.entries[0].repository, 'northwind/infra', 'the first choice stands');
    assert.deepEqual(entriesFor(contents, 'acme/ops', 'w').mine, []);
    assert.deepEqual(entriesFor(contents, 'northwind/infra', 'w').mine.map((e) => e.id), ['old']);
  });
});
