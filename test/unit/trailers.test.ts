import * as assert from 'node:assert/strict';
import { addTrailers, goalReferences, goalTrailers } from '../../src/core/trailers';

const trailers = goalTrailers('northwind/api#42');

describe('goal trailers in a commit message', () => {
  it('adds a trailer block after the message, separated by a blank line', () => {
    assert.equal(addTrailers('Fix login timeout', trailers), 'Fix login timeout\n\nRefs northwind/api#42\nSprint-Goal: northwind/api#42');
  });

  it('extends an existing trailer block instead of starting a new one', () => {
    const message = 'Fix login\n\nLonger body.\n\nCo-authored-by: Jo <jo@example.com>';
    assert.equal(addTrailers(message, trailers), `${message}\nRefs northwind/api#42\nSprint-Goal: northwind/api#42`);
  });

  it('does not duplicate trailers already there, whatever their spacing or case', () => {
    const message = 'Fix\n\nrefs  northwind/api#42';
    assert.equal(addTrailers(message, trailers), `${message}\nSprint-Goal: northwind/api#42`);
    const full = addTrailers('Fix', trailers);
    assert.equal(addTrailers(full, trailers), full);
  });

  it('keeps Windows line endings', () => {
    assert.equal(addTrailers('Fix\r\n\r\nBody', trailers), 'Fix\r\n\r\nBody\r\n\r\nRefs northwind/api#42\r\nSprint-Goal: northwind/api#42');
  });

  it('puts trailers before trailing # comment lines, leaving them as they are', () => {
    const message = 'Fix\n# Please enter the commit message\n# Lines starting with # are ignored';
    assert.equal(
      addTrailers(message, trailers),
      'Fix\n\nRefs northwind/api#42\nSprint-Goal: northwind/api#42\n\n# Please enter the commit message\n# Lines starting with # are ignored',
    );
  });

  it('leaves the first line free for the summary in an empty box', () => {
    assert.equal(addTrailers('', trailers), '\n\nRefs northwind/api#42\nSprint-Goal: northwind/api#42');
  });

  it('reads the goals a message names, once each', () => {
    assert.deepEqual(goalReferences('Fix\n\nRefs northwind/api#42\nSprint-Goal: northwind/api#42\nsprint-goal: northwind/web#7'), ['northwind/api#42', 'northwind/web#7']);
    assert.deepEqual(goalReferences('Refs #42 is not a full reference'), []);
  });
});

describe('goal trailers: more messages people write', () => {
  it('keeps CRLF line endings and trailing comment lines together', () => {
    assert.equal(
      addTrailers('Fix\r\n# a comment', trailers),
      'Fix\r\n\r\nRefs northwind/api#42\r\nSprint-Goal: northwind/api#42\r\n\r\n# a comment',
    );
  });

  it('adds only the missing trailer when the other is already in an existing block', () => {
    const message = 'Fix\n\nSigned-off-by: Jo <jo@example.com>\nSprint-Goal: northwind/api#42';
    assert.equal(addTrailers(message, trailers), `${message}\nRefs northwind/api#42`);
  });

  it('does not count a trailer inside a # comment line as present', () => {
    assert.equal(addTrailers('Fix\n# Refs northwind/api#42', trailers), 'Fix\n\nRefs northwind/api#42\nSprint-Goal: northwind/api#42\n\n# Refs northwind/api#42');
  });

  it('treats a box holding only comment lines as empty', () => {
    assert.equal(addTrailers('# comment', trailers), '\n\nRefs northwind/api#42\nSprint-Goal: northwind/api#42\n\n# comment');
  });

  it('reads trailers from CRLF messages', () => {
    assert.deepEqual(goalReferences('Fix\r\n\r\nRefs northwind/api#42\r\n'), ['northwind/api#42']);
  });
});
