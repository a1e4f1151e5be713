import * as assert from 'node:assert/strict';
import { appendToDraftBody, blockerFlag, blockerResolution, flagComment, parseBlockedBy, resolutionComment } from '../../src/core/blockerRecords';
import { blockerHistory } from '../../src/core/blockers';
import { readMarkers, stripMarkers } from '../../src/core/markers';

const flag = blockerFlag({
  id: 'flag-1',
  reason: 'upstream',
  details: 'Waiting for the fix in libfoo.\nTracked upstream.',
  blockedBy: { kind: 'issue', reference: 'northwind/api#12' },
  flaggedAt: new Date('2026-11-20T15:00:00Z'),
  flaggedBy: 'mara-jensen',
  previousStatus: { optionId: 'opt-progress', name: 'In progress' },
});

describe('blocker records and comments', () => {
  it('takes the scope from the reason', () => {
    assert.equal(flag.scope, 'external');
    assert.equal(blockerFlag({ ...flag, reason: 'access', flaggedAt: new Date() }).scope, 'internal');
  });

  it('rejects an unknown reason', () => {
    assert.throws(() => blockerFlag({ id: 'x', reason: 'bored', details: 'd', flaggedAt: new Date(), flaggedBy: 'a' }), /not a blocker reason/);
  });

  it('quotes the details as typed: a stranger\'s mention, link or HTML in them is shown, not rendered', () => {
    const hostile = blockerFlag({ ...flag, flaggedAt: new Date(flag.flaggedAt), details: '@everyone see <img src=x> [here](https://evil.example)\n# heading' });
    assert.equal(stripMarkers(flagComment(hostile)).split('\n\n')[1], '> \\@\u200beveryone see \\<img src\\=x\\> \\[here\\]\\(https\\:\\/\\/evil\\.example\\)\n> \\# heading');
  });

  it('writes a readable comment whose marker reads back as the flag', () => {
    const body = flagComment(flag);
    assert.equal(
      stripMarkers(body),
      '**Blocked: upstream / open-source project** (external)\n\n> Waiting for the fix in libfoo\\.\n> Tracked upstream\\.\n\nBlocked by northwind/api#12.\nFlagged by @mara-jensen with Sprint Flow.',
    );
    assert.deepEqual(readMarkers(body).records, [flag]);
  });

  it('measures the blocked time in calendar and working days, and links the resolution to the flag', () => {
    // Friday 15:00 UTC to Monday 15:00 UTC: three calendar days, one working day.
    const resolution = blockerResolution(flag, { id: 'res-1', resolution: 'Released 2.3', resolvedAt: new Date('2026-11-23T15:00:00Z'), resolvedBy: 'mara-jensen', timeZone: 'UTC' });
    assert.equal(resolution.flagId, 'flag-1');
    assert.equal(resolution.calendarDays, 3);
    assert.equal(resolution.workingDays, 1);
    const body = resolutionComment(resolution);
    assert.match(body, /Unblocked\*\* after 3 days \(1 day of working time\)/);
    const history = blockerHistory([...readMarkers(flagComment(flag)).records, ...readMarkers(body).records]);
    assert.equal(history.open, undefined);
    assert.equal(history.episodes[0].resolution?.id, 'res-1');
  });

  it('resolves a blocker set by hand without claiming a duration', () => {
    const resolution = blockerResolution(undefined, { id: 'res-2', resolvedAt: new Date(), resolvedBy: 'mara-jensen', timeZone: 'UTC' });
    assert.equal(resolution.flagId, undefined);
    assert.equal(resolution.calendarDays, undefined);
    assert.match(resolutionComment(resolution), /^\*\*Unblocked\.\*\*/);
    assert.equal(blockerHistory(readMarkers(resolutionComment(resolution)).records).orphanResolutions.length, 1);
  });

  it('reads "blocked by" as an issue, a URL or a person', () => {
    assert.deepEqual(parseBlockedBy('northwind/web#3'), { kind: 'issue', reference: 'northwind/web#3' });
    assert.deepEqual(parseBlockedBy('https://github.com/northwind/web/issues/3'), { kind: 'issue', reference: 'northwind/web#3' });
    assert.deepEqual(parseBlockedBy('@kenji-sato'), { kind: 'person', login: 'kenji-sato' });
    assert.equal(parseBlockedBy('the infra team'), undefined);
  });

  it('appends notes to a draft issue body below a rule', () => {
    assert.equal(appendToDraftBody('Plan', 'note'), 'Plan\n\n---\n\nnote');
    assert.equal(appendToDraftBody('', 'note'), 'note');
  });
});
