import * as assert from 'node:assert/strict';
import { formatSprintTotal, Interruption } from '../../src/core/interruptions';
import { readMarkers } from '../../src/core/markers';
import { describeLeftOut, recordKey } from '../../src/core/records/authorship';
import { entryComment, loggedEntries, parseRepository, teamLogTitle } from '../../src/core/teamLog';

const PERSON = 'mara-jensen';

const entry = (overrides: Partial<Interruption> = {}): Interruption => ({
  kind: 'interruption',
  id: 'e1',
  person: PERSON,
  startedAt: '2026-11-24T09:00:00.000Z',
  minutes: 45,
  interruptionKind: 'support-ticket',
  iteration: 'Iteration 42',
  ...overrides,
});

describe('team log', () => {
  it('names one log issue per iteration', () => {
    assert.equal(teamLogTitle('Iteration 42'), 'Interruption log · Iteration 42');
  });

  it('reads OWNER/REPO and nothing else as the log repository', () => {
    assert.deepEqual(parseRepository(' northwind/infra '), { owner: 'northwind', name: 'infra' });
    assert.equal(parseRepository('northwind'), undefined);
    assert.equal(parseRepository('https://github.com/northwind/infra'), undefined);
  });

  it('writes a line people read, then the marker with every field', () => {
    const full = entry({ pulledOffItem: 'northwind/infra#123', link: 'https://support.example.com/t/4812' });
    const body = entryComment(full, 'northwind/infra');
    const [line] = body.split('\n');
    assert.equal(line, '45 min · support ticket · pulled off #123 · [link](<https://support.example.com/t/4812>) · started 2026-11-24 09:00 UTC');
    assert.deepEqual(readMarkers(body).records, [full]);
  });

  it('names an item in another repository in full', () => {
    assert.match(entryComment(entry({ pulledOffItem: 'northwind/api#7' }), 'northwind/infra'), /pulled off northwind\/api#7/);
  });

  it('quotes a note as typed: no mentions, no HTML, no Markdown, and the marker cannot be closed by it', () => {
    const note = 'Asked by @kenji-sato about <script> and **bold** --> end';
    const body = entryComment(entry({ note }), 'northwind/infra');
    assert.ok(body.includes('\n> Asked by \\@\u200bkenji\\-sato about \\<script\\> and \\*\\*bold\\*\\* \\-\\-\\> end\n'), body);
    assert.deepEqual(readMarkers(body).records.map((r) => r.note), [note]);
  });

  it('reads entries back by id, skipping hand-written and damaged comments and counting a repost once', () => {
    const a = entryComment(entry({ id: 'a' }), 'x/y');
    const b = entryComment(entry({ id: 'b', minutes: 10 }), 'x/y');
    const damaged = a.replace('"id":"a"', '"id":"c"').replace('}', '');
    const byPerson = { author: PERSON, authorAssociation: 'MEMBER' };
    const { entries, unreadable, leftOut } = loggedEntries([
      { body: 'Paged at night: disk full on the staging bastion.', ...byPerson },
      { body: a, url: 'https://gh/1', ...byPerson },
      { body: b.replace('10 min', 'ten minutes (edited)'), url: 'https://gh/2', ...byPerson },
      { body: damaged, url: 'https://gh/3', ...byPerson },
      { body: a, url: 'https://gh/4', ...byPerson },
    ]);
    assert.deepEqual([...entries.values()].map((e) => e.entry.id), ['a', 'b']);
    assert.equal(entries.get(recordKey(PERSON, 'a'))?.url, 'https://gh/1');
    assert.equal(unreadable, 1);
    assert.deepEqual(describeLeftOut(leftOut.counts), ['1 record repeats an id its author already used']);
  });

  it('totals the sprint for the view', () => {
    assert.equal(formatSprintTotal([entry({ minutes: 120 }), entry({ minutes: 80 })]), '3 h 20 min this sprint');
    assert.equal(formatSprintTotal([]), 'Nothing logged this sprint');
  });
});
