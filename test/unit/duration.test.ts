import * as assert from 'node:assert/strict';
import { startOfDay } from '../../src/core/calendar';
import { dayNumber } from '../../src/core/calendar';
import { elapsedDays, formatAge, formatDays } from '../../src/core/duration';

describe('blocked duration', () => {
  it('counts calendar days including the weekend', () => {
    const d = elapsedDays(new Date('2026-11-20T12:00:00Z'), new Date('2026-11-23T12:00:00Z'), 'UTC');
    assert.equal(d.calendarDays, 3);
  });

  it('excludes weekends from working days', () => {
    // Friday noon to Monday noon: half of Friday and half of Monday.
    const d = elapsedDays(new Date('2026-11-20T12:00:00Z'), new Date('2026-11-23T12:00:00Z'), 'UTC');
    assert.equal(d.workingDays, 1);
  });

  it('excludes weekends in the user\'s time zone', () => {
    // 2026-11-21 02:00 UTC is still Friday evening in New York (21:00): that hour counts there, not in UTC.
    const from = new Date('2026-11-21T01:00:00Z');
    const to = new Date('2026-11-21T03:00:00Z');
    assert.equal(elapsedDays(from, to, 'UTC').workingDays, 0);
    assert.equal(Math.round(elapsedDays(from, to, 'America/New_York').workingDays * 24), 2);
    // Sydney is already on Saturday then.
    assert.equal(elapsedDays(from, to, 'Australia/Sydney').workingDays, 0);
  });

  it('counts whole working weeks as five days', () => {
    const d = elapsedDays(new Date('2026-11-09T00:00:00Z'), new Date('2026-11-23T00:00:00Z'), 'UTC');
    assert.equal(d.calendarDays, 14);
    assert.equal(d.workingDays, 10);
  });

  it('is zero for an end before the start', () => {
    assert.deepEqual(elapsedDays(new Date('2026-11-23T00:00:00Z'), new Date('2026-11-22T00:00:00Z'), 'UTC'), { calendarDays: 0, workingDays: 0 });
  });

  it('finds the start of a day across a DST change', () => {
    // Europe/Berlin: 2026-03-29 is 23 hours long, starting at 23:00 UTC the day before.
    assert.equal(new Date(startOfDay(dayNumber('2026-03-29'), 'Europe/Berlin')).toISOString(), '2026-03-28T23:00:00.000Z');
    assert.equal(new Date(startOfDay(dayNumber('2026-03-30'), 'Europe/Berlin')).toISOString(), '2026-03-29T22:00:00.000Z');
  });

  it('formats ages and day counts briefly', () => {
    assert.equal(formatAge(45 * 60_000), '45m');
    assert.equal(formatAge(5 * 3_600_000), '5h');
    assert.equal(formatAge(3 * 86_400_000 + 1000), '3d');
    assert.equal(formatDays(2.46), '2.5 days');
    assert.equal(formatDays(1), '1 day');
  });
});
