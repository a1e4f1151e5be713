import * as assert from 'node:assert/strict';
import { encodeMarker } from '../../src/core/markers';
import { readStandupJournal, standupJournalLine, unsentUpdates } from '../../src/core/standup/journal';
import { shouldRemind } from '../../src/core/standup/reminder';
import { buildTeamStandup } from '../../src/core/standup/teamStandup';
import { earliestTeamThread, readThread, ThreadComment } from '../../src/core/standup/thread';
import { StandupUpdate } from '../../src/core/standup/update';

function update(person: string, postedAt: string, timeZone: string, extra: Partial<StandupUpdate> = {}): StandupUpdate {
  return {
    kind: 'standup', id: `${person}-${postedAt}`, person, iteration: 'Iteration 42', postedAt, timeZone, since: '2026-11-16T00:00:00.000Z',
    done: [], doing: [], blocked: [], interruptions: { count: 0, minutes: 0 }, commits: [], ...extra,
  };
}

const posted = (u: StandupUpdate, author = u.person, association = 'MEMBER', extra: Partial<ThreadComment> = {}): ThreadComment => ({
  body: `Some text\n\n${encodeMarker(u)}`, author, authorAssociation: association, url: `https://github.com/acme/log/issues/1#issuecomment-${u.id}`, ...extra,
});

describe('standup thread trust', () => {
  it('counts an update only when its author is its person and on the team, each (author, id) once', () => {
    const mine = update('mara', '2026-11-24T08:00:00.000Z', 'Europe/Copenhagen');
    const read = readThread([
      posted(mine),
      posted(mine),
      posted(update('kenji', '2026-11-24T01:00:00.000Z', 'Asia/Tokyo'), 'mallory'),
      posted(update('stranger', '2026-11-24T01:00:00.000Z', 'UTC'), 'stranger', 'NONE'),
      posted(update('priya', '2026-11-24T04:00:00.000Z', 'Asia/Kolkata'), 'priya', 'MEMBER', { editor: 'mallory' }),
      { body: 'Can I help with the Postgres upgrade?', author: 'kenji', authorAssociation: 'MEMBER' },
      { body: `x <!-- sprint-flow:v1 {"kind":"standup","id":"bad"} -->`, author: 'kenji', authorAssociation: 'MEMBER' },
      { body: `x <!-- sprint-flow:v1 {"kind":"standup", -->`, author: 'kenji', authorAssociation: 'MEMBER' },
    ]);
    assert.deepEqual(read.updates.map((u) => u.author), ['mara']);
    assert.deepEqual(read.leftOut.counts, { duplicate: 1, 'claims-another-person': 1, 'outside-team': 1, 'edited-by-someone-else': 1, unreadable: 2 });
    assert.equal(read.replies, 1);
    assert.equal(read.updates[0].text, 'Some text');
  });

  it('reads a 65,536-character hostile comment in linear time', () => {
    const body = '<!-- sprint-flow:v1 '.repeat(3276);
    const started = process.hrtime.bigint();
    const read = readThread([{ body, author: 'kenji', authorAssociation: 'MEMBER' }]);
    assert.equal(read.leftOut.counts.unreadable, 1);
    assert.ok(Number(process.hrtime.bigint() - started) / 1e6 < 200);
  });
});

describe('Team Standup model', () => {
  const now = new Date('2026-11-24T12:00:00Z'); // Tuesday
  const read = readThread([
    posted(update('kenji', '2026-11-23T23:30:00.000Z', 'Asia/Tokyo', { blocked: [{ reference: 'acme/api#5', title: 'Keys', reason: 'Awaiting review', since: '2026-11-20T00:00:00.000Z' }] })),
    posted(update('mara', '2026-11-24T08:00:00.000Z', 'Europe/Copenhagen')),
    posted(update('sam', '2026-11-20T17:00:00.000Z', 'America/Los_Angeles')),
    posted(update('mara', '2026-11-23T08:00:00.000Z', 'Europe/Copenhagen')),
  ]);

  it('groups updates by the day in each person\'s own time zone, newest first', () => {
    const model = buildTeamStandup({ iteration: 'Iteration 42', updates: read.updates, boardAssignees: [], leftOut: {}, olderNotRead: false, viewer: 'mara', timeZone: 'Europe/Copenhagen', now });
    // Kenji posted at 23:30 UTC on Monday: Tuesday morning in Tokyo.
    assert.deepEqual(model.days.map((d) => [d.date, d.updates.map((u) => u.person)]), [
      ['2026-11-24', ['mara', 'kenji']],
      ['2026-11-23', ['mara']],
      ['2026-11-20', ['sam']],
    ]);
  });

  it('names who has not posted since their last working day, and every blocker with its age', () => {
    const model = buildTeamStandup({ iteration: 'Iteration 42', updates: read.updates, boardAssignees: [], leftOut: { 'outside-team': 2 }, olderNotRead: false, viewer: 'mara', timeZone: 'Europe/Copenhagen', now });
    assert.deepEqual(model.notPosted.map((p) => [p.person, p.lastPosted]), [['sam', '2026-11-20T17:00:00.000Z']]);
    // Kenji's blocker: Friday 09:00 to Tuesday 21:00 in Tokyo is 2.5 working days.
    assert.deepEqual(model.blockers.map((b) => [b.person, b.reference, b.workingDays]), [['kenji', 'acme/api#5', 2.5]]);
    assert.deepEqual(model.leftOut, ['2 records written by people outside the team']);
  });

  it('filters by person', () => {
    const model = buildTeamStandup({ iteration: 'Iteration 42', updates: read.updates, boardAssignees: [], leftOut: {}, olderNotRead: false, viewer: 'mara', timeZone: 'Europe/Copenhagen', now, person: 'kenji' });
    assert.deepEqual(model.days.flatMap((d) => d.updates.map((u) => u.person)), ['kenji']);
    assert.deepEqual(model.people, ['kenji', 'mara', 'sam']);
    assert.deepEqual(model.notPosted, []);
  });
});

describe('who has not posted since their last working day', () => {
  const now = new Date('2026-11-24T12:00:00Z'); // Tuesday
  const read = readThread([
    posted(update('Kenji', '2026-11-24T00:30:00.000Z', 'Asia/Tokyo')),
    posted(update('mara', '2026-11-24T08:00:00.000Z', 'Europe/Copenhagen')),
  ]);
  const build = (boardAssignees: string[], person?: string) =>
    buildTeamStandup({ iteration: 'Iteration 42', updates: read.updates, boardAssignees, leftOut: {}, olderNotRead: false, viewer: 'mara', timeZone: 'Europe/Copenhagen', now, person });

  it('names a board assignee who never posted, in my time zone and without a last update', () => {
    const model = build(['kenji', 'lena-park', 'mara']);
    assert.deepEqual(model.notPosted, [{ person: 'lena-park', timeZone: 'Europe/Copenhagen' }]);
    assert.deepEqual(model.people, ['kenji', 'lena-park', 'mara'], 'the team: assignees and people who posted, each once, spelled as the board spells the assignee');
  });

  it('leaves out nobody who posted but is not on the board, and adds nobody when everyone on the board posted', () => {
    assert.deepEqual(build(['mara']).notPosted, []);
    assert.deepEqual(build(['mara']).people, ['Kenji', 'mara']);
  });

  it('keeps to the chosen person when filtered', () => {
    assert.deepEqual(build(['lena-park'], 'kenji').notPosted, []);
    assert.deepEqual(build(['lena-park'], 'LENA-PARK').notPosted.map((p) => p.person), ['lena-park']);
  });
});

describe('which thread is the iteration\'s', () => {
  const title = 'Standup · Iteration 43';
  const thread = (number: number, createdAt: string, author: string | undefined, authorAssociation: string, t = title) => ({ id: `D${number}`, number, title: t, createdAt, author, authorAssociation });

  it('is the earliest with the title that a team member or I opened', () => {
    const candidates = [
      thread(7, '2026-11-23T09:00:02Z', 'kenji', 'MEMBER'),
      thread(6, '2026-11-23T09:00:01Z', 'priya', 'COLLABORATOR'),
      thread(5, '2026-11-23T09:00:00Z', 'mara', 'NONE', 'Standup · Iteration 42'),
    ];
    assert.equal(earliestTeamThread(candidates, title, 'mara')?.id, 'D6');
  });

  it('is never a stranger\'s, however early; my own counts whatever GitHub calls me', () => {
    const candidates = [thread(1, '2026-11-20T00:00:00Z', 'mallory', 'NONE'), thread(2, '2026-11-20T00:00:00Z', undefined, 'MEMBER'), thread(3, '2026-11-23T09:00:00Z', 'Mara', 'CONTRIBUTOR')];
    assert.equal(earliestTeamThread(candidates, title, 'mara')?.id, 'D3');
    assert.equal(earliestTeamThread(candidates.slice(0, 2), title, 'mara'), undefined);
  });

  it('breaks a tie of the same instant by number, so everyone picks the same', () => {
    const candidates = [thread(9, '2026-11-23T09:00:00Z', 'kenji', 'MEMBER'), thread(8, '2026-11-23T09:00:00Z', 'priya', 'MEMBER')];
    assert.equal(earliestTeamThread(candidates, title, 'mara')?.id, 'D8');
    assert.equal(earliestTeamThread([...candidates].reverse(), title, 'mara')?.id, 'D8');
  });
});

describe('standup journal and reminder', () => {
  it('replays queued, failed and synced updates; a torn line is skipped', () => {
    const u = update('mara', '2026-11-24T08:00:00.000Z', 'Europe/Copenhagen');
    const v = update('mara', '2026-11-25T08:00:00.000Z', 'Europe/Copenhagen');
    const text = [
      standupJournalLine({ type: 'queued', update: u, body: 'a', at: u.postedAt }),
      standupJournalLine({ type: 'queued', update: v, body: 'b', at: v.postedAt }),
      standupJournalLine({ type: 'failed', id: u.id, reason: 'offline', at: u.postedAt }),
      standupJournalLine({ type: 'synced', id: u.id, commentUrl: 'https://x', at: u.postedAt }),
      '{"type":"queu',
    ].join('');
    const contents = readStandupJournal(text);
    assert.equal(contents.skippedLines, 1);
    assert.deepEqual(unsentUpdates(contents).map((e) => e.update.id), [v.id]);
  });

  it('reminds once, on a working day after the chosen local time, when nothing was posted today', () => {
    const tuesday = new Date('2026-11-24T08:45:00Z'); // 09:45 in Copenhagen
    const base = { setting: '09:30', now: tuesday, timeZone: 'Europe/Copenhagen' };
    assert.equal(shouldRemind(base), true);
    assert.equal(shouldRemind({ ...base, setting: '' }), false, 'off by default');
    assert.equal(shouldRemind({ ...base, setting: '10:00' }), false, 'not before its time');
    assert.equal(shouldRemind({ ...base, lastShownOn: '2026-11-24' }), false, 'never twice a day');
    assert.equal(shouldRemind({ ...base, lastPostedAt: '2026-11-24T07:00:00.000Z' }), false, 'not after posting');
    assert.equal(shouldRemind({ ...base, now: new Date('2026-11-22T10:00:00Z') }), false, 'not on a Sunday');
  });
});
