import * as assert from 'node:assert/strict';
import { repositoryFromRemote } from '../../src/core/remoteUrl';

describe('repository of a git remote', () => {
  for (const url of [
    'https://github.com/northwind/api.git',
    'https://github.com/northwind/api',
    'git@github.com:northwind/api.git',
    'ssh://git@ghe.example.com:2222/northwind/api.git',
    'https://user@ghe.example.com/northwind/api/',
  ]) {
    it(`reads northwind/api from ${url}`, () => {
      assert.equal(repositoryFromRemote(url), 'northwind/api');
    });
  }

  it('reads nothing from a local path or a URL that names no OWNER/REPO', () => {
    for (const url of ['/tmp/remote.git', 'file:///tmp/remote.git', 'https://example.com/a/b/c', '', undefined]) {
      assert.equal(repositoryFromRemote(url), undefined, String(url));
    }
  });
});
