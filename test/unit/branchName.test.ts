import * as assert from 'node:assert/strict';
import { branchSlug, isLegalBranchName, workBranchName } from '../../src/core/branchName';

describe('work branch name', () => {
  it('is <login>/<number>-<slug>', () => {
    assert.equal(workBranchName('Amara-O', 123, 'Fix login timeout on SSO'), 'amara-o/123-fix-login-timeout-on-sso');
  });

  it('drops accents but keeps letters of any script', () => {
    assert.equal(branchSlug('Café crème: déjà vu'), 'cafe-creme-deja-vu');
    assert.equal(branchSlug('修复 登录 bug'), '修复-登录-bug');
  });

  it('removes characters git does not allow in refs', () => {
    const slug = branchSlug('Fix ~^:?*[\\ ..lock @{x} "quotes" and/slashes.');
    assert.equal(slug, 'fix-lock-x-quotes-and-slashes');
    assert.ok(isLegalBranchName(workBranchName('amara', 1, 'Fix ~^:?*[\\ ..lock @{x}')));
  });

  it('stays within 48 characters, cut at a word boundary', () => {
    const slug = branchSlug('Refactor the interruption journal so that two windows never write the same entry twice');
    assert.ok(slug.length <= 48, slug);
    assert.equal(slug, 'refactor-the-interruption-journal-so-that-two');
  });

  it('cuts a single very long word rather than dropping it', () => {
    assert.equal(branchSlug('x'.repeat(80)).length, 48);
  });

  it('falls back to the number alone for a title with no letters', () => {
    assert.equal(workBranchName('amara', 9, '!!! ???'), 'amara/9');
  });

  it('knows illegal branch names', () => {
    for (const name of ['a..b', 'a.lock/b', '.hidden', 'end.', 'a b', 'a@{b', '/a', 'a//b']) {
      assert.equal(isLegalBranchName(name), false, name);
    }
    assert.equal(isLegalBranchName('amara/12-fix'), true);
  });
});

describe('work branch name: harder titles', () => {
  it('drops emoji and combining marks, keeps digits', () => {
    assert.equal(branchSlug('🔥 Hotfix: Ünïcode 2 ✨'), 'hotfix-unicode-2');
  });

  it('counts length in characters for non-Latin scripts and stays legal', () => {
    const name = workBranchName('mara', 7, 'ログイン画面のタイムアウトを修正する '.repeat(5));
    assert.ok(isLegalBranchName(name), name);
    assert.ok([...name.split('/')[1]].length <= 48 + 2, name);
  });

  it('keeps a login that is only illegal characters from producing an empty owner', () => {
    assert.equal(workBranchName('..', 3, 'Fix'), 'me/3-fix');
  });
});
