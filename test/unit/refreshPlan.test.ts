import * as assert from 'node:assert/strict';
import { refreshPlan } from '../../src/core/refreshPlan';

describe('refresh plan of a view that refreshes itself (My Sprint, Team Standup)', () => {
  const minute = 60_000;

  it('reads nothing and sets no timer while the view is hidden', () => {
    assert.deepEqual(refreshPlan({ visible: false, minutes: 5, ageMs: Infinity }), { readNow: false });
  });

  it('reads at once when it has nothing yet, or what it shows is older than the interval', () => {
    assert.deepEqual(refreshPlan({ visible: true, minutes: 5, ageMs: Infinity }), { readNow: true, intervalMs: 5 * minute });
    assert.deepEqual(refreshPlan({ visible: true, minutes: 5, ageMs: 6 * minute }), { readNow: true, intervalMs: 5 * minute });
  });

  it('waits for the timer when what it shows is fresh', () => {
    assert.deepEqual(refreshPlan({ visible: true, minutes: 5, ageMs: 4 * minute }), { readNow: false, intervalMs: 5 * minute });
  });

  it('sets no timer with the interval at 0, and reads only what it never read', () => {
    assert.deepEqual(refreshPlan({ visible: true, minutes: 0, ageMs: 600 * minute }), { readNow: false });
    assert.deepEqual(refreshPlan({ visible: true, minutes: 0, ageMs: Infinity }), { readNow: true });
  });
});
