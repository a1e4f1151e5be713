import * as assert from 'node:assert/strict';
import { encodeMarker, readMarkers, stripMarkers } from '../../src/core/markers';

describe('hidden record markers', () => {
  it('reads back exactly what was written', () => {
    const record = { kind: 'blocker', id: 'b-1', details: 'Waiting on "infra" <team> & vendor --> soon', minutes: 45 };
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
      encodeMarker({ kind: 'interruption' }),
      '<!-- an ordinary comment -->',
    ].join('\n');
    const scan = readMarkers(body);
    assert.deepEqual(scan.records, [{ kind: 'interruption' }]);
    assert.equal(scan.skipped, 4);
  });

  it('strips markers, leaving the human text', () => {
    assert.equal(stripMarkers(`Blocked by #3.\n\n${encodeMarker({ kind: 'blocker' })}`), 'Blocked by #3.');
  });
});
