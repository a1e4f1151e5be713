import * as assert from 'node:assert/strict';
import { blockerHistory } from '../../src/core/blockers';
import { parseBlockedBy } from '../../src/core/blockerRecords';
import { branchSlug } from '../../src/core/branchName';
import { parseCommitName } from '../../src/core/goalTimeline';
import { parseIssueReference } from '../../src/core/itemReference';
import { MarkerRecord } from '../../src/core/markers';
import { repositoryFromRemote } from '../../src/core/remoteUrl';
import { goalReferences } from '../../src/core/trailers';

/** GitHub's longest comment body, the size a stranger can give any text Sprint Flow reads. */
const MAX = 65_536;
const fill = (unit: string, prefix = '', suffix = '') => prefix + unit.repeat(Math.ceil((MAX - prefix.length - suffix.length) / unit.length)).slice(0, MAX - prefix.length - suffix.length) + suffix;

describe('readers of GitHub text given a hostile 65,536-character text', () => {
  it('reads no issue reference from a long text shaped like one, without parsing it as a URL', () => {
    assert.equal(parseIssueReference(fill('a', 'a/', '#1')), undefined);
    assert.equal(parseIssueReference(fill('a', 'https://github.com/', '/issues/1')), undefined);
    assert.deepEqual(parseIssueReference('  northwind/api#12 '), { owner: 'northwind', repo: 'api', number: 12 });
  });

  it('reads no commit name from a long text shaped like one', () => {
    assert.equal(parseCommitName(fill('a', 'a/', '@0123456')), undefined);
  });

  it('reads no blocked-by from a long text', () => {
    assert.equal(parseBlockedBy(fill('a')), undefined);
  });

  it('reads no repository from a long remote URL', () => {
    assert.equal(repositoryFromRemote(fill('a', 'git@github.com:a/', '.git')), undefined);
    assert.equal(repositoryFromRemote('git@github.com:northwind/api.git'), 'northwind/api');
  });

  it('makes a branch slug of at most 48 characters from a title of any length', () => {
    assert.equal(branchSlug(fill('word ')).length <= 48, true);
    assert.equal(branchSlug(fill('x')).length, 48);
  });

  it('reads each goal trailer once from thousands of repeated trailer lines, and none from an overlong line', () => {
    assert.deepEqual(goalReferences(fill('Refs a/b#1\r\nSprint-Goal: a/b#2\n')), ['a/b#1', 'a/b#2']);
    assert.deepEqual(goalReferences(`Refs ${fill('a', 'a/', '#1')}`), []);
  });

  it('pairs thousands of flags and resolutions in one item by flag id', () => {
    const records: MarkerRecord[] = [];
    const n = 5000;
    for (let i = 0; i < n; i++) {
      records.push({ kind: 'blocker', id: `f${i}`, reason: 'upstream', scope: 'external', details: '', flaggedAt: '2026-11-24T09:00:00.000Z', flaggedBy: 'ann' });
    }
    for (let i = n - 1; i >= 0; i--) {
      records.push({ kind: 'blocker-resolved', id: `r${i}`, flagId: `f${i}`, resolvedAt: '2026-11-25T09:00:00.000Z', resolvedBy: 'ann' });
    }
    records.push({ kind: 'blocker-resolved', id: 'again', flagId: 'f0', resolvedAt: '2026-11-25T09:00:00.000Z', resolvedBy: 'ann' });
    const history = blockerHistory(records);
    assert.equal(history.episodes.filter((e) => e.resolution?.flagId === e.flag.id).length, n);
    assert.equal(history.open, undefined);
    assert.deepEqual(history.orphanResolutions.map((r) => r.id), ['again']);
  });
});
