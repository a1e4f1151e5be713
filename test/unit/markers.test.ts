import * as assert from 'node:assert/strict';
import { encodeMarker, MAX_MARKERS_PER_COMMENT, MAX_RECORD_DEPTH, MAX_RECORD_JSON_LENGTH, readMarkers, stripMarkers } from '../../src/core/markers';

describe('hidden record markers', () => {
  it('reads back exactly what was written', () => {
    const record = { kind: 'note', id: 'b-1', details: 'Waiting on "infra" <team> & vendor --> soon', minutes: 45 };
    const body = `Blocked: waiting on infra.\n\n${encodeMarker(record)}`;
    assert.deepEqual(readMarkers(body), { records: [record], skipped: 0 });
  });

  it('never lets a value close the HTML comment early', () => {
    const marker = encodeMarker({ kind: 'x', text: '--> <script>alert(1)</script>' });
    assert.equal(marker.indexOf('-->'), marker.length - 3);
    assert.doesNotMatch(marker, /<script>/);
  });

  it('reads several markers in order and survives edits around them', () => {
    const body = `edited by a human ${encodeMarker({ kind: 'a' })}\n> quoted\n${encodeMarker({ kind: 'b' })} trailing text`;
    assert.deepEqual(readMarkers(body).records.map((r) => r.kind), ['a', 'b']);
  });

  it('skips and counts unknown versions and damaged JSON, never throwing', () => {
    const body = [
      '<!-- sprint-flow:v2 {"kind":"blocker","new":true} -->',
      '<!-- sprint-flow:v1 {"kind":"blocker", oops} -->',
      '<!-- sprint-flow:v1 ["not","a","record"] -->',
      '<!-- sprint-flow:v1 {"no":"kind"} -->',
      encodeMarker({ kind: 'note' }),
      '<!-- an ordinary comment -->',
    ].join('\n');
    const scan = readMarkers(body);
    assert.deepEqual(scan.records, [{ kind: 'note' }]);
    assert.equal(scan.skipped, 4);
  });

  it('strips markers, leaving the human text', () => {
    assert.equal(stripMarkers(`Blocked by #3.\n\n${encodeMarker({ kind: 'blocker' })}`), 'Blocked by #3.');
  });

  it('strips an unterminated marker to the end, and leaves ordinary HTML comments alone', () => {
    assert.equal(stripMarkers('Blocked. <!-- a note --> <!-- sprint-flow:v1 {"kind":"x"'), 'Blocked. <!-- a note -->');
  });
});

/** GitHub accepts comments of up to 65,536 characters, and anyone can comment on a public repository's issues. */
const GITHUB_MAX_BODY = 65_536;
const fill = (unit: string) => unit.repeat(Math.ceil(GITHUB_MAX_BODY / unit.length)).slice(0, GITHUB_MAX_BODY);

describe('hidden record markers in a hostile comment', () => {
  it('counts a marker that is opened and never closed as one skipped record, and reads nothing from it', () => {
    const body = `<!-- sprint-flow:v1 ${fill('{"kind":"note" ')}`;
    assert.deepEqual(readMarkers(body), { records: [], skipped: 1 });
  });

  it('reads a genuine marker written before an unterminated one', () => {
    const body = `${encodeMarker({ kind: 'note', n: 1 })}\n${fill('<!-- sprint-flow:v1 ')}`;
    assert.deepEqual(readMarkers(body), { records: [{ kind: 'note', n: 1 }], skipped: 1 });
  });

  it(`reads at most ${MAX_MARKERS_PER_COMMENT} markers from one comment and counts the rest as skipped`, () => {
    const marker = encodeMarker({ kind: 'note' });
    const count = Math.floor(GITHUB_MAX_BODY / marker.length);
    const scan = readMarkers(marker.repeat(count));
    assert.equal(scan.records.length, MAX_MARKERS_PER_COMMENT);
    assert.equal(scan.records.length + scan.skipped, count);
  });

  it(`skips a record whose JSON is longer than ${MAX_RECORD_JSON_LENGTH.toLocaleString('en-US')} characters without reading it`, () => {
    const fits = encodeMarker({ kind: 'note', text: 'a'.repeat(MAX_RECORD_JSON_LENGTH - 40) });
    const tooLong = encodeMarker({ kind: 'note', text: 'a'.repeat(MAX_RECORD_JSON_LENGTH) });
    assert.equal(readMarkers(fits).records.length, 1);
    assert.deepEqual(readMarkers(tooLong), { records: [], skipped: 1 });
  });

  it('skips deeply nested JSON and huge numbers as records that fail validation', () => {
    const deep = `<!-- sprint-flow:v1 {"kind":"interruption","id":${'['.repeat(2000)}${']'.repeat(2000)}} -->`;
    const huge = encodeMarker({ kind: 'interruption', id: 'a', person: 'ann', startedAt: '2026-11-24T09:00:00.000Z', interruptionKind: 'meeting', iteration: 'Iteration 1', minutes: 0 }).replace('"minutes":0', `"minutes":1${'0'.repeat(400)}`);
    assert.deepEqual(readMarkers(`${deep}\n${huge}`), { records: [], skipped: 2 });
  });

  it(`skips a record nested deeper than ${MAX_RECORD_DEPTH} levels without parsing it, brackets in strings not counted`, () => {
    const nested = (depth: number) => ({ kind: 'note', x: JSON.parse(`${'['.repeat(depth - 1)}${']'.repeat(depth - 1)}`), text: '[[[[[[[[[[[[' });
    assert.equal(readMarkers(encodeMarker(nested(MAX_RECORD_DEPTH))).records.length, 1);
    assert.deepEqual(readMarkers(encodeMarker(nested(MAX_RECORD_DEPTH + 1))), { records: [], skipped: 1 });
  });

  it('finds nothing in a comment made of comment openers, spaces after openers, or prefixes without a version', () => {
    for (const body of [fill('<!--'), fill('<!--     '), fill('<!-- sprint-flow:v'), `<!-- sprint-flow:v${'9'.repeat(GITHUB_MAX_BODY)} {} -->`, fill('-->')]) {
      assert.deepEqual(readMarkers(body), { records: [], skipped: 0 });
      assert.equal(stripMarkers(body), body.trim());
    }
  });

  it('reads a marker hidden inside an ordinary HTML comment, as GitHub hides both', () => {
    assert.deepEqual(readMarkers(`<!-- note ${encodeMarker({ kind: 'note' })}`).records, [{ kind: 'note' }]);
  });
});
