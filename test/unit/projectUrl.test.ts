import * as assert from 'node:assert/strict';
import { parseProjectUrl, ProjectUrlError } from '../../src/core/projectUrl';

describe('project URL', () => {
  it('reads an organization project', () => {
    assert.deepEqual(parseProjectUrl('https://github.com/orgs/northwind/projects/7'), {
      ownerKind: 'organization',
      owner: 'northwind',
      number: 7,
      url: 'https://github.com/orgs/northwind/projects/7',
    });
  });

  it('reads a user project and drops the view path, query and trailing spaces', () => {
    const ref = parseProjectUrl('  https://github.com/users/mona-lisa/projects/12/views/3?filterQuery=assignee%3A%40me  ');
    assert.equal(ref.ownerKind, 'user');
    assert.equal(ref.owner, 'mona-lisa');
    assert.equal(ref.number, 12);
    assert.equal(ref.url, 'https://github.com/users/mona-lisa/projects/12');
  });

  it('keeps the host of a GitHub Enterprise Server', () => {
    assert.equal(parseProjectUrl('https://ghe.example.com/orgs/acme/projects/3').url, 'https://ghe.example.com/orgs/acme/projects/3');
  });

  for (const [input, hint] of [
    ['', /No project URL is set/],
    ['northwind/7', /not a URL/],
    ['ftp://github.com/orgs/a/projects/1', /not a web address/],
    ['https://github.com/northwind/api/projects/1', /not a GitHub project URL/],
    ['https://github.com/orgs/northwind/projects/', /not a GitHub project URL/],
    ['https://github.com/orgs/north_wind/projects/2', /not a GitHub project URL/],
  ] as const) {
    it(`rejects ${JSON.stringify(input)} with a message saying what to do`, () => {
      assert.throws(() => parseProjectUrl(input), (e: unknown) => e instanceof ProjectUrlError && hint.test(e.message));
    });
  }
});
