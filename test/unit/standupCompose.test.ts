import * as assert from 'node:assert/strict';
import { composeUpdate, ComposeInput, previousWorkingDay, updateSince } from '../../src/core/standup/compose';
import { draftText, keptInDraft, updateComment } from '../../src/core/standup/draft';
import { isoDateOfDay } from '../../src/core/calendar';
import { lastMarker } from '../../src/core/standup/thread';
import { isStandupUpdate } from '../../src/core/standup/update';
import { BoardFields, SprintItem } from '../../src/core/model';
import { iteration, iterationField, item, numberField, singleSelect } from './builders';

/** A fixed sprint: Iteration 42 from Monday 2026-11-16, my items in every state a standup talks about. */
function sprint() {
  const it42 = iteration('Iteration 42', '2026-11-16');
  const status = singleSelect('Status', ['Up Next', 'In progress', 'In Review/Blocked', 'Done']);
  const estimate = numberField('Estimate') as BoardFields['estimate'];
  const fields: BoardFields = { iteration: iterationField('Iteration', [it42]), status, blockedOption: status.options[2], estimate };
  const at = (name: string) => ({ [status.id]: status.options.find((o) => o.name === name)!.id });
  const items = {
    finished: item({ title: 'Fix the flaky login test', selectValues: at('Done'), state: 'CLOSED', updatedAt: '2026-11-23T15:00:00Z' }),
    finishedLongAgo: item({ title: 'Renew the certificate', selectValues: at('Done'), state: 'CLOSED', updatedAt: '2026-11-17T09:00:00Z' }),
    merged: item({ type: 'PULL_REQUEST', title: 'Add a retry budget', state: 'MERGED', updatedAt: '2026-11-23T18:00:00Z' }),
    active: item({ title: 'Rotate signing keys', selectValues: at('In progress'), numberValues: { [estimate!.id]: 3 } }),
    other: item({ title: 'Paginate sprint history', selectValues: at('In progress') }),
    waiting: item({ title: 'Write the runbook', selectValues: at('Up Next') }),
    blocked: item({
      title: 'Upgrade staging Postgres',
      selectValues: at('In Review/Blocked'),
      openBlocker: { kind: 'blocker', id: 'f1', reason: 'cloud-vendor', scope: 'external', details: 'Maintenance window moved', flaggedAt: '2026-11-20T10:00:00Z', flaggedBy: 'mara', blockedBy: { kind: 'person', login: 'kenji' } },
    }),
  } satisfies Record<string, SprintItem>;
  return { fields, iteration: it42, items };
}

const s = sprint();

function input(overrides: Partial<ComposeInput> = {}): ComposeInput {
  return {
    id: 'u1',
    person: 'mara',
    now: new Date('2026-11-24T08:30:00Z'),
    timeZone: 'Europe/Copenhagen',
    snapshot: { items: Object.values(s.items), fields: s.fields, iteration: s.iteration },
    goals: [{ reference: 'acme/api#900', itemReferences: [`acme/api#${s.items.active.number}`] }],
    interruptions: [],
    commits: [],
    ...overrides,
  };
}

describe('standup composer', () => {
  it('starts a first update ever at the start of my previous working day, in my time zone', () => {
    // Tuesday 24 Nov, 09:30 in Copenhagen: the previous working day is Monday 23 Nov, from midnight there (23:00 UTC before).
    const update = composeUpdate(input());
    assert.equal(update.since, '2026-11-22T23:00:00.000Z');
    assert.equal(update.timeZone, 'Europe/Copenhagen');
  });

  it('covers the weekend on a Monday: since Friday\'s start when nothing was posted', () => {
    const monday = new Date('2026-11-23T07:00:00Z');
    assert.equal(isoDateOfDay(previousWorkingDay(monday, 'Europe/Copenhagen')), '2026-11-20');
    assert.equal(updateSince(undefined, monday, 'Europe/Copenhagen').toISOString(), '2026-11-19T23:00:00.000Z');
    // Friday's update is where Monday's starts.
    assert.equal(updateSince({ postedAt: '2026-11-20T16:00:00.000Z' }, monday, 'Europe/Copenhagen').toISOString(), '2026-11-20T16:00:00.000Z');
  });

  it('reads the day in the person\'s own time zone: Tokyo is already on Tuesday when UTC is on Monday', () => {
    const now = new Date('2026-11-23T20:00:00Z'); // Tuesday 05:00 in Tokyo, Monday 12:00 in Seattle
    assert.equal(updateSince(undefined, now, 'Asia/Tokyo').toISOString(), '2026-11-22T15:00:00.000Z'); // Monday 00:00 Tokyo
    assert.equal(updateSince(undefined, now, 'America/Los_Angeles').toISOString(), '2026-11-20T08:00:00.000Z'); // Friday 00:00 Seattle
  });

  it('lists what was done since, what I am on (active item first, with goal and estimate) and what blocks me', () => {
    const active = `acme/api#${s.items.active.number}`;
    const update = composeUpdate(input({ activeItem: active }));
    assert.deepEqual(update.done.map((l) => l.title), ['Fix the flaky login test', 'Add a retry budget']);
    assert.deepEqual(update.doing.map((l) => [l.title, l.active ?? false, l.goal, l.estimate]), [
      ['Rotate signing keys', true, 'acme/api#900', 3],
      ['Paginate sprint history', false, undefined, undefined],
    ]);
    assert.deepEqual(update.blocked.map((l) => [l.title, l.reason, l.waitingFor, l.since]), [['Upgrade staging Postgres', 'Cloud vendor', '@kenji', '2026-11-20T10:00:00.000Z']]);
    assert.ok(update.doing.every((l) => l.url?.startsWith('https://github.com/acme/api/issues/')), 'each line links its item');
    assert.ok(isStandupUpdate(update));
  });

  it('does not repeat what my previous update already reported done', () => {
    const update = composeUpdate(input({ previous: { postedAt: '2026-11-23T16:00:00.000Z', done: [{ reference: `acme/api#${s.items.finished.number}`, title: 'x' }] } }));
    assert.deepEqual(update.done.map((l) => l.title), ['Add a retry budget']);
  });

  it('counts my interruptions and goal-linked commits since the previous update only', () => {
    const update = composeUpdate(
      input({
        previous: { postedAt: '2026-11-23T12:00:00.000Z', done: [] },
        interruptions: [
          { person: 'mara', startedAt: '2026-11-23T13:00:00.000Z', minutes: 30 },
          { person: 'Mara', startedAt: '2026-11-24T07:00:00.000Z', minutes: 45 },
          { person: 'mara', startedAt: '2026-11-23T09:00:00.000Z', minutes: 60 },
          { person: 'kenji', startedAt: '2026-11-23T14:00:00.000Z', minutes: 60 },
        ],
        commits: [
          { sha: 'abcdef1234567', headline: 'Sign webhooks', goal: 'acme/api#900', date: '2026-11-23T14:00:00.000Z' },
          { sha: '1234567abcdef', headline: 'Older work', goal: 'acme/api#900', date: '2026-11-20T14:00:00.000Z' },
        ],
      }),
    );
    assert.deepEqual(update.interruptions, { count: 2, minutes: 75 });
    assert.deepEqual(update.commits.map((c) => c.headline), ['Sign webhooks']);
  });

  it('says there is nothing to report when nothing happened', () => {
    const update = composeUpdate(input({ snapshot: { ...input().snapshot, items: [] } }));
    assert.deepEqual([update.done, update.doing, update.blocked, update.commits, update.interruptions], [[], [], [], [], { count: 0, minutes: 0 }]);
    assert.match(draftText(update), /Nothing new to report since then\./);
  });
});

describe('standup draft', () => {
  const hostile = '<img src=x onerror=alert(1)> [click](javascript:alert(1)) @everyone **bold** <!-- sprint-flow:v1 {"kind":"standup"} -->';

  it('escapes titles so nothing a stranger typed becomes a link, a mention, HTML or a marker', () => {
    const update = composeUpdate(input({ snapshot: { ...input().snapshot, items: [item({ title: hostile, state: 'CLOSED', updatedAt: '2026-11-24T08:00:00Z' })] } }));
    const text = draftText(update);
    assert.ok(!text.includes('<img'), text);
    assert.ok(!text.includes('](javascript'), text);
    assert.ok(!text.includes('@everyone'), 'nobody is pinged');
    assert.ok(!text.includes('**bold**'));
    assert.ok(!text.includes('<!--'));
    const body = updateComment(text, keptInDraft(update, text));
    assert.equal(lastMarker(body)?.record?.id, update.id, 'the only readable marker is the update\'s own');
    assert.equal(body.split('<!-- sprint-flow').length, 2);
  });

  it('keeps in the record only the lines the person left in, and their notes', () => {
    const update = composeUpdate(input({ activeItem: `acme/api#${s.items.active.number}` }));
    const text = draftText(update)
      .split('\n')
      .filter((l) => !l.includes('Paginate sprint history'))
      .join('\n')
      .replace('### Notes\n', '### Notes\nPairing with Kenji on the key rotation.');
    const kept = keptInDraft(update, text);
    assert.deepEqual(kept.doing.map((l) => l.title), ['Rotate signing keys']);
    assert.equal(kept.note, 'Pairing with Kenji on the key rotation.');
    const body = updateComment(text, kept);
    assert.ok(body.startsWith('Since Mon 23 Nov 00:00 (Europe/Copenhagen)'), body);
    assert.ok(body.includes('Pairing with Kenji'));
    assert.ok(!body.includes('Paginate'));
  });

  it('drops an empty Notes heading from the posted comment', () => {
    const update = composeUpdate(input());
    const body = updateComment(draftText(update), update);
    assert.ok(!/### Notes/.test(body.slice(0, lastMarker(body)!.start)));
  });
});
