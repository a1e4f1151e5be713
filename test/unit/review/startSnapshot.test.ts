import * as assert from 'node:assert/strict';
import { StatusUpdate } from '../../../src/core/review/model';
import { chooseSnapshots, snapshotBody } from '../../../src/core/review/snapshot';
import { it42, item, snapshot } from './reviewFixture';

const update = (id: string, creator: string | undefined, createdAt: string, body: string): StatusUpdate => ({ id, creator, createdAt, body });

describe('sprint-start snapshot', () => {
  const items = [item({ estimate: 3 }), item({ estimate: undefined })];
  const mine = snapshot(it42, items, { by: 'mara', takenAt: '2026-11-16T08:00:00Z' });

  it('reads back what it wrote: items, estimates and goals', () => {
    const body = snapshotBody({ ...mine, items: [{ ...mine.items[0], goal: true }, mine.items[1]] }, 3, ['acme/api#1 Signed webhooks']);
    assert.match(body, /^\*\*Iteration 42 started\*\*: 2 items, 3 points committed\./);
    const chosen = chooseSnapshots([update('SU_1', 'mara', '2026-11-16T08:00:01Z', body)]);
    const read = chosen.byIteration.get(it42.id)!;
    assert.deepEqual(read.items, [{ itemId: items[0].itemId, estimate: 3, goal: true }, { itemId: items[1].itemId }]);
    assert.equal(read.updateId, 'SU_1');
    assert.equal(chosen.leftOut.total, 0);
  });

  it('keeps one snapshot per iteration: the earliest by a team member wins, later ones are counted as left out', () => {
    const later = snapshotBody({ ...mine, by: 'kenji', items: [] }, 0, []);
    const chosen = chooseSnapshots([
      update('SU_2', 'kenji', '2026-11-16T08:00:05Z', later),
      update('SU_1', 'mara', '2026-11-16T08:00:01Z', snapshotBody(mine, 3, [])),
    ]);
    assert.equal(chosen.byIteration.get(it42.id)?.by, 'mara');
    assert.deepEqual(chosen.leftOut.counts, { duplicate: 1 });
  });

  it('leaves out a snapshot that names someone other than the status update\'s creator, and one without a creator', () => {
    const chosen = chooseSnapshots([
      update('SU_1', 'eve', '2026-11-16T07:00:00Z', snapshotBody(mine, 3, [])),
      update('SU_2', undefined, '2026-11-16T07:30:00Z', snapshotBody(mine, 3, [])),
    ]);
    assert.equal(chosen.byIteration.size, 0);
    assert.deepEqual(chosen.leftOut.counts, { 'claims-another-person': 1, 'outside-team': 1 });
  });

  it('counts damaged and invalid records as unreadable, and ignores other status updates', () => {
    const damaged = '<!-- sprint-flow:v1 {"kind":"sprint-start", -->';
    const invalid = '<!-- sprint-flow:v1 {"kind":"sprint-start","iteration":"it42","title":"x","by":"mara","takenAt":"soon","items":[]} -->';
    const chosen = chooseSnapshots([
      update('SU_1', 'mara', '2026-11-16T07:00:00Z', damaged),
      update('SU_2', 'mara', '2026-11-16T07:01:00Z', invalid),
      update('SU_3', 'mara', '2026-11-16T07:02:00Z', 'On track: all good.'),
    ]);
    assert.equal(chosen.byIteration.size, 0);
    assert.deepEqual(chosen.leftOut.counts, { unreadable: 2 });
  });

  it('reads a 65,536-character body of any shape without trouble', () => {
    const hostile = `<!-- sprint-flow:v1 ${'{'.repeat(65_000)}`;
    const started = performance.now();
    const chosen = chooseSnapshots([update('SU_1', 'mara', '2026-11-16T07:00:00Z', hostile)]);
    assert.equal(chosen.byIteration.size, 0);
    assert.ok(performance.now() - started < 1000);
  });
});
