import * as assert from 'node:assert/strict';
import {
  decideStartOffer,
  readPublishSprintStartSetting,
  rememberStartOffer,
  START_OFFER_DAYS,
  startOfferKey,
  StartOfferInput,
} from '../../../src/core/review/startOffer';
import { it42 } from './reviewFixture';

/** Monday 16 November 2026 is the first day of Iteration 42. */
const input = (overrides: Partial<StartOfferInput> = {}): StartOfferInput => ({
  setting: 'ask',
  trusted: true,
  iteration: it42,
  now: new Date('2026-11-16T09:30:00Z'),
  timeZone: 'UTC',
  handled: false,
  ...overrides,
});

describe('offering the sprint-start snapshot', () => {
  it('reads the project first, then offers when no snapshot exists', () => {
    assert.deepEqual(decideStartOffer(input()), { action: 'read' });
    assert.deepEqual(decideStartOffer(input({ snapshotExists: false })), { action: 'offer' });
  });

  it('publishes without asking when the setting says automatic', () => {
    assert.deepEqual(decideStartOffer(input({ setting: 'automatic' })), { action: 'read' });
    assert.deepEqual(decideStartOffer(input({ setting: 'automatic', snapshotExists: false })), { action: 'publish' });
  });

  it('skips the offer when a team member has recorded the start already', () => {
    assert.deepEqual(decideStartOffer(input({ snapshotExists: true })), { action: 'none', reason: 'exists' });
    assert.deepEqual(decideStartOffer(input({ setting: 'automatic', snapshotExists: true })), { action: 'none', reason: 'exists' });
  });

  it('offers once per iteration: not again once offered, whatever the answer was', () => {
    assert.deepEqual(decideStartOffer(input({ handled: true, snapshotExists: false })), { action: 'none', reason: 'handled' });
  });

  it('never offers or publishes when the setting says never, nor in Restricted Mode', () => {
    assert.deepEqual(decideStartOffer(input({ setting: 'never', snapshotExists: false })), { action: 'none', reason: 'never' });
    assert.deepEqual(decideStartOffer(input({ setting: 'automatic', trusted: false, snapshotExists: false })), { action: 'none', reason: 'untrusted' });
  });

  it(`offers only in the first ${START_OFFER_DAYS} days of the iteration, in the person's time zone`, () => {
    assert.equal(decideStartOffer(input({ now: new Date('2026-11-18T22:00:00Z') })).action, 'read');
    assert.deepEqual(decideStartOffer(input({ now: new Date('2026-11-19T00:30:00Z') })), { action: 'none', reason: 'too-late' });
    // Still the 18th in Los Angeles.
    assert.equal(decideStartOffer(input({ now: new Date('2026-11-19T00:30:00Z'), timeZone: 'America/Los_Angeles' })).action, 'read');
    // The 16th has begun in Tokyo while it is still the 15th in UTC.
    assert.equal(decideStartOffer(input({ now: new Date('2026-11-15T16:00:00Z'), timeZone: 'Asia/Tokyo' })).action, 'read');
    assert.deepEqual(decideStartOffer(input({ now: new Date('2026-11-15T16:00:00Z') })), { action: 'none', reason: 'too-late' });
  });

  it('remembers answers per project and iteration, keeping the most recent fifty', () => {
    const key = startOfferKey('PVT_5', 'it42');
    assert.equal(key, startOfferKey('PVT_5', 'it42'));
    assert.notEqual(key, startOfferKey('PVT_6', 'it42'));
    assert.notEqual(key, startOfferKey('PVT_5', 'it43'));
    let remembered: string[] = [];
    for (let i = 0; i < 60; i++) remembered = rememberStartOffer(remembered, `k${i}`);
    assert.equal(remembered.length, 50);
    assert.deepEqual([remembered[0], remembered[49]], ['k10', 'k59']);
    assert.deepEqual(rememberStartOffer(['a', 'b'], 'a'), ['b', 'a']);
  });

  it('reads an unknown setting value as ask', () => {
    assert.equal(readPublishSprintStartSetting('automatic'), 'automatic');
    assert.equal(readPublishSprintStartSetting('Always'), 'ask');
    assert.equal(readPublishSprintStartSetting(undefined), 'ask');
  });
});
