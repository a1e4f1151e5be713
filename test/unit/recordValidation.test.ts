import * as assert from 'node:assert/strict';
import { blockerFlag, blockerResolution } from '../../src/core/blockerRecords';
import { blockerReasonLabel } from '../../src/core/blockers';
import { goalLinkComment } from '../../src/core/goalTimeline';
import { Interruption, interruptionKindLabel } from '../../src/core/interruptions';
import { encodeMarker, MarkerRecord, readMarkers } from '../../src/core/markers';
import { MAX_DETAILS_LENGTH, MAX_ID_LENGTH, MAX_LINK_LENGTH, MAX_NAME_LENGTH, MAX_NOTE_LENGTH } from '../../src/core/records/validation';
import { entryComment } from '../../src/core/teamLog';

/** What a stranger's comment reads as: the marker of `record`, read back the way every reader reads it. */
const readBack = (record: MarkerRecord) => readMarkers(`Looks fine to me.\n\n${encodeMarker(record)}`);
const counted = (record: MarkerRecord) => readBack(record).records;
const assertSkipped = (record: MarkerRecord) => assert.deepEqual(readBack(record), { records: [], skipped: 1 }, JSON.stringify(record).slice(0, 200));

const entry = (overrides: Record<string, unknown> = {}): MarkerRecord => ({
  kind: 'interruption',
  id: '6f1c2d8e-1f7a-4c55-9b43-5d1c0e1f2a3b',
  person: 'mara-jensen',
  startedAt: '2026-11-24T09:00:00.000Z',
  minutes: 30,
  interruptionKind: 'support-ticket',
  iteration: 'Iteration 42',
  ...overrides,
});

const flag = (overrides: Record<string, unknown> = {}): MarkerRecord => ({
  kind: 'blocker',
  id: 'f-1',
  reason: 'upstream',
  scope: 'external',
  details: 'Waiting on the fix in libfoo.',
  flaggedAt: '2026-11-24T09:00:00.000Z',
  flaggedBy: 'mara-jensen',
  ...overrides,
});

const resolution = (overrides: Record<string, unknown> = {}): MarkerRecord => ({
  kind: 'blocker-resolved',
  id: 'r-1',
  flagId: 'f-1',
  resolvedAt: '2026-11-25T09:00:00.000Z',
  resolvedBy: 'mara-jensen',
  calendarDays: 1,
  workingDays: 1,
  ...overrides,
});

const goalLink = (overrides: Record<string, unknown> = {}): MarkerRecord => ({
  kind: 'goal-link',
  goal: 'northwind/api#7',
  commit: 'northwind/api@0123456789abcdef0123456789abcdef01234567',
  headline: 'Add the retry',
  committedAt: '2026-11-24T09:00:00+01:00',
  ...overrides,
});

describe('records read back from GitHub are checked against what Sprint Flow writes', () => {
  describe('interruption entries', () => {
    it('reads a genuine entry exactly, the way the team log writes it', () => {
      const genuine = { ...entry(), link: 'https://support.example/t/1', note: 'Customer asked', pulledOffItem: 'northwind/api#12' } as Interruption;
      assert.deepEqual(readMarkers(entryComment(genuine, 'northwind/infra')), { records: [genuine], skipped: 0 });
    });

    it('reads a kind it does not know as "other", so the stranger\'s text is never shown as a label', () => {
      assert.equal(counted(entry({ interruptionKind: '<img src=x onerror=alert(1)>' }))[0].interruptionKind, 'other');
      assert.equal(interruptionKindLabel('<img src=x onerror=alert(1)>'), 'Other');
      assert.equal(interruptionKindLabel('meeting'), 'Meeting');
    });

    it('keeps only the fields Sprint Flow writes', () => {
      assert.deepEqual(Object.keys(counted(entry({ injected: { deep: [1, 2, 3] } }))[0]).sort(), ['id', 'interruptionKind', 'iteration', 'kind', 'minutes', 'person', 'startedAt']);
    });

    const invalid: [string, Record<string, unknown>][] = [
      ['no minutes', { minutes: undefined }],
      ['0 minutes', { minutes: 0 }],
      ['more than 12 hours', { minutes: 721 }],
      ['a fraction of a minute', { minutes: 30.5 }],
      ['minutes as text', { minutes: '30' }],
      ['a start that is not an instant', { startedAt: 'yesterday' }],
      ['a start given as a date only', { startedAt: '2026-11-24' }],
      ['a start on February 30th', { startedAt: '2026-02-30T09:00:00.000Z' }],
      ['an empty id', { id: '' }],
      ['an id with a line break', { id: 'a\nb' }],
      [`an id over ${MAX_ID_LENGTH} characters`, { id: 'a'.repeat(MAX_ID_LENGTH + 1) }],
      ['a person who is not a login', { person: '<b>ann</b>' }],
      ['a person that is a number', { person: 42 }],
      ['a javascript: link', { link: 'javascript:alert(1)' }],
      ['a link that is not a URL', { link: 'see the ticket' }],
      [`a link over ${MAX_LINK_LENGTH} characters`, { link: `https://x.example/${'a'.repeat(MAX_LINK_LENGTH)}` }],
      [`a note over ${MAX_NOTE_LENGTH} characters`, { note: 'n'.repeat(MAX_NOTE_LENGTH + 1) }],
      ['a note that is not text', { note: ['a'] }],
      ['a pulled-off item that is not a reference', { pulledOffItem: 'the login page' }],
      ['a pulled-off item given as a URL', { pulledOffItem: 'https://github.com/northwind/api/issues/12' }],
      ['no iteration', { iteration: '' }],
      [`an iteration over ${MAX_NAME_LENGTH} characters`, { iteration: 'I'.repeat(MAX_NAME_LENGTH + 1) }],
    ];
    for (const [what, overrides] of invalid) {
      it(`skips and counts an entry with ${what}`, () => assertSkipped(entry(overrides)));
    }
  });

  describe('blocker flags and resolutions', () => {
    it('reads a genuine flag and resolution exactly, the way Resolve and Flag write them', () => {
      const written = blockerFlag({
        id: 'f-1',
        reason: 'upstream',
        details: 'Waiting on libfoo',
        blockedBy: { kind: 'issue', reference: 'libfoo/libfoo#9' },
        flaggedAt: new Date('2026-11-24T09:00:00Z'),
        flaggedBy: 'mara-jensen',
        previousStatus: { optionId: 'PVTSSF_opt1', name: 'In progress' },
      });
      const resolved = blockerResolution(written, { id: 'r-1', resolution: 'Released', resolvedAt: new Date('2026-11-26T09:00:00Z'), resolvedBy: 'mara-jensen', timeZone: 'UTC' });
      assert.deepEqual(readMarkers(`${encodeMarker(written)}\n${encodeMarker(resolved)}`), { records: [written, resolved], skipped: 0 });
    });

    it('reads a reason it does not know as "other", labelled without the stranger\'s text', () => {
      const [read] = counted(flag({ reason: '@everyone **urgent**' }));
      assert.equal(read.reason, 'other');
      assert.equal(blockerReasonLabel(read.reason as string), 'Other reason');
    });

    it('reads back a flag written at every field\'s limit with every character escaped', () => {
      const written = flag({
        id: 'i'.repeat(MAX_ID_LENGTH),
        details: '<'.repeat(MAX_DETAILS_LENGTH),
        previousStatus: { optionId: 'o'.repeat(MAX_ID_LENGTH), name: '>'.repeat(MAX_NAME_LENGTH) },
        blockedBy: { kind: 'person', login: 'l'.repeat(39) },
      });
      assert.deepEqual(readBack(written), { records: [written], skipped: 0 });
    });

    const invalidFlags: [string, Record<string, unknown>][] = [
      ['a scope other than internal or external', { scope: 'everyone' }],
      ['no scope', { scope: undefined }],
      ['a flag time that is not an instant', { flaggedAt: 'now' }],
      ['a flagger who is not a login', { flaggedBy: 'Ann Smith' }],
      [`details over ${MAX_DETAILS_LENGTH} characters`, { details: 'd'.repeat(MAX_DETAILS_LENGTH + 1) }],
      ['details that are not text', { details: { html: '<b>' } }],
      ['blocked by something that is neither an issue nor a person', { blockedBy: { kind: 'url', url: 'https://evil.example' } }],
      ['blocked by a person who is not a login', { blockedBy: { kind: 'person', login: 'a b' } }],
      ['blocked by an issue that is not a reference', { blockedBy: { kind: 'issue', reference: '#12' } }],
      ['a previous status without an option id', { previousStatus: { name: 'Done' } }],
      ['a previous status whose option id is a number', { previousStatus: { optionId: 7, name: 'Done' } }],
      ['a dependency flag that is not true or false', { dependencyAdded: 'yes' }],
    ];
    for (const [what, overrides] of invalidFlags) {
      it(`skips and counts a flag with ${what}`, () => assertSkipped(flag(overrides)));
    }

    const invalidResolutions: [string, Record<string, unknown>][] = [
      ['a resolution time that is not an instant', { resolvedAt: '2026-11-25' }],
      ['a resolver who is not a login', { resolvedBy: '' }],
      ['negative days', { calendarDays: -1 }],
      ['an impossible number of days', { workingDays: 1e9 }],
      ['a flag id with a space', { flagId: 'f 1' }],
      [`a resolution text over ${MAX_DETAILS_LENGTH} characters`, { resolution: 'r'.repeat(MAX_DETAILS_LENGTH + 1) }],
    ];
    for (const [what, overrides] of invalidResolutions) {
      it(`skips and counts a resolution with ${what}`, () => assertSkipped(resolution(overrides)));
    }
  });

  describe('goal links', () => {
    it('reads a genuine goal link comment', () => {
      const body = goalLinkComment({ goal: 'northwind/api#7', commit: 'northwind/api@0123456', headline: 'Fix', committedAt: '2026-11-24T09:00:00.000Z' });
      assert.equal(readMarkers(body).records.length, 1);
    });

    const invalidLinks: [string, Record<string, unknown>][] = [
      ['a goal that is not a reference', { goal: 'the big one' }],
      ['a commit that is not OWNER/REPO@SHA', { commit: 'northwind/api@main' }],
      ['a commit date that is not a date', { committedAt: 'last week' }],
      [`a headline over ${MAX_NAME_LENGTH} characters`, { headline: 'h'.repeat(MAX_NAME_LENGTH + 1) }],
    ];
    for (const [what, overrides] of invalidLinks) {
      it(`skips and counts a goal link with ${what}`, () => assertSkipped(goalLink(overrides)));
    }
  });
});
