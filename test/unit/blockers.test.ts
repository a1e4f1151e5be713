import * as assert from 'node:assert/strict';
import { BLOCKER_REASONS, blockerHistory, BlockerFlag, BlockerResolution } from '../../src/core/blockers';

const flag = (id: string, flaggedAt: string, reason = 'awaiting-review'): BlockerFlag => ({
  kind: 'blocker', id, reason, scope: 'internal', details: 'waiting', flaggedAt, flaggedBy: 'amara',
});
const resolve = (flagId: string, resolvedAt: string): BlockerResolution => ({
  kind: 'blocker-resolved', id: `r-${flagId}`, flagId, resolvedAt, resolvedBy: 'amara', calendarDays: 1, workingDays: 1,
});

describe('blocker history of an item', () => {
  it('pairs a flag with its resolution and leaves nothing open', () => {
    const history = blockerHistory([flag('a', '2026-11-23T10:00:00Z'), resolve('a', '2026-11-24T10:00:00Z')]);
    assert.equal(history.episodes.length, 1);
    assert.equal(history.episodes[0].resolution?.flagId, 'a');
    assert.equal(history.open, undefined);
  });

  it('keeps the last unresolved flag open', () => {
    const history = blockerHistory([flag('a', '2026-11-20T10:00:00Z'), resolve('a', '2026-11-21T10:00:00Z'), flag('b', '2026-11-24T10:00:00Z', 'upstream')]);
    assert.equal(history.episodes.length, 2);
    assert.equal(history.open?.flag.id, 'b');
    assert.equal(history.open?.flag.reason, 'upstream');
  });

  it('ends an open episode when the item is flagged again', () => {
    const history = blockerHistory([flag('a', '2026-11-20T10:00:00Z'), flag('b', '2026-11-22T10:00:00Z')]);
    assert.equal(history.episodes[0].supersededAt, '2026-11-22T10:00:00Z');
    assert.equal(history.open?.flag.id, 'b');
  });

  it('counts a resolution without its flag as an orphan, not an error', () => {
    const history = blockerHistory([resolve('gone', '2026-11-22T10:00:00Z'), { kind: 'interruption' }]);
    assert.deepEqual(history.episodes, []);
    assert.equal(history.orphanResolutions.length, 1);
  });

  it('offers ten reasons, each with a description and a scope', () => {
    assert.equal(BLOCKER_REASONS.length, 10);
    assert.equal(new Set(BLOCKER_REASONS.map((r) => r.id)).size, 10);
    assert.ok(BLOCKER_REASONS.every((r) => r.description.length > 10 && (r.scope === 'internal' || r.scope === 'external')));
  });
});
