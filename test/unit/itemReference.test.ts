import * as assert from 'node:assert/strict';
import { formatIssueReference, parseIssueReference } from '../../src/core/itemReference';

describe('issue references', () => {
  it('reads OWNER/REPO#N', () => {
    assert.deepEqual(parseIssueReference(' northwind/api#42 '), { owner: 'northwind', repo: 'api', number: 42 });
  });

  it('reads issue and pull request URLs on any host', () => {
    assert.deepEqual(parseIssueReference('https://github.com/northwind/web.app/pull/7'), { owner: 'northwind', repo: 'web.app', number: 7 });
    assert.deepEqual(parseIssueReference('http://127.0.0.1:9000/northwind/api/issues/3'), { owner: 'northwind', repo: 'api', number: 3 });
  });

  it('rejects anything else', () => {
    for (const text of ['#42', 'northwind/api', 'northwind/api#x', 'https://github.com/northwind/api/tree/main', 'javascript:alert(1)//a/b/issues/1']) {
      assert.equal(parseIssueReference(text), undefined, text);
    }
  });

  it('formats back to OWNER/REPO#N', () => {
    assert.equal(formatIssueReference({ owner: 'a', repo: 'b', number: 1 }), 'a/b#1');
  });
});
