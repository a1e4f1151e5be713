import * as assert from 'node:assert/strict';
import { localDate } from '../../src/core/calendar';
import { currentIteration, formatDateRange, formatDaysLeft, iterationWindow, nextIteration } from '../../src/core/iteration';
import { useDisplayLocale } from '../../src/core/locale';
import { iteration } from './builders';

describe('current iteration', () => {
  const iterations = [iteration('Iteration 11', '2026-11-09'), iteration('Iteration 12', '2026-11-23'), iteration('Iteration 13', '2026-12-07')];

  it('is the iteration whose two weeks contain today', () => {
    assert.equal(currentIteration(iterations, new Date('2026-11-25T12:00:00Z'), 'UTC')?.title, 'Iteration 12');
  });

  it('includes the first day and excludes the day after the last', () => {
    assert.equal(currentIteration(iterations, new Date('2026-11-23T00:00:00Z'), 'UTC')?.title, 'Iteration 12');
    assert.equal(currentIteration(iterations, new Date('2026-12-06T23:59:59Z'), 'UTC')?.title, 'Iteration 12');
    assert.equal(currentIteration(iterations, new Date('2026-12-07T00:00:00Z'), 'UTC')?.title, 'Iteration 13');
  });

  it('uses the date in the user\'s time zone, not UTC', () => {
    // 05:00 UTC on Monday the 23rd is still Sunday evening in Los Angeles: the previous iteration.
    const instant = new Date('2026-11-23T05:00:00Z');
    assert.equal(currentIteration(iterations, instant, 'America/Los_Angeles')?.title, 'Iteration 11');
    assert.equal(currentIteration(iterations, instant, 'Asia/Tokyo')?.title, 'Iteration 12');
  });

  it('is not thrown off by a daylight-saving change inside the iteration', () => {
    // Europe/Berlin leaves summer time on 2026-10-25; an iteration spanning it still has 14 calendar days.
    const spanning = [iteration('Autumn', '2026-10-19')];
    assert.equal(currentIteration(spanning, new Date('2026-11-01T22:30:00Z'), 'Europe/Berlin')?.title, 'Autumn');
    assert.equal(currentIteration(spanning, new Date('2026-11-01T23:30:00Z'), 'Europe/Berlin'), undefined);
    assert.equal(localDate(new Date('2026-11-01T23:30:00Z'), 'Europe/Berlin'), '2026-11-02');
  });

  it('is none between iterations, and the next one is found', () => {
    const gap = [iteration('Past', '2026-10-01', 7), iteration('Future', '2026-12-01', 7)];
    const now = new Date('2026-11-25T12:00:00Z');
    assert.equal(currentIteration(gap, now, 'UTC'), undefined);
    assert.equal(nextIteration(gap, now, 'UTC')?.title, 'Future');
  });
});

describe('iteration window', () => {
  it('gives the last day and the days left counting today', () => {
    const window = iterationWindow(iteration('Iteration 12', '2026-11-23'), new Date('2026-11-25T09:00:00Z'), 'UTC');
    assert.equal(window.endDate, '2026-12-06');
    assert.equal(window.daysLeft, 12);
  });

  it('says "last day" on the last day', () => {
    const window = iterationWindow(iteration('Iteration 12', '2026-11-23'), new Date('2026-12-06T20:00:00Z'), 'UTC');
    assert.equal(formatDaysLeft(window.daysLeft), 'last day');
  });

  it('formats a range within a month, within a year and across years, in the language VS Code is shown in', () => {
    // ICU puts thin spaces around the dash: compared as plain spaces.
    const range = (start: string, end: string) => formatDateRange(start, end).replace(/\s/g, ' ');
    try {
      useDisplayLocale('en');
      assert.equal(range('2026-11-17', '2026-11-28'), 'Nov 17 – 28');
      assert.equal(range('2026-11-23', '2026-12-06'), 'Nov 23 – Dec 6');
      assert.equal(range('2026-12-28', '2027-01-10'), 'Dec 28, 2026 – Jan 10, 2027');
      useDisplayLocale('de');
      assert.equal(range('2026-11-17', '2026-11-28'), '17.–28. Nov.');
      assert.equal(range('2026-12-28', '2027-01-10'), '28. Dez. 2026 – 10. Jan. 2027');
      useDisplayLocale('not a language tag');
      assert.match(range('2026-11-17', '2026-11-28'), /17/, 'a tag Intl refuses leaves the system language');
    } finally {
      useDisplayLocale(undefined);
    }
  });
});
