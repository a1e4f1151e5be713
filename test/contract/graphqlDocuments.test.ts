import * as assert from 'node:assert/strict';
import { parse, validate } from 'graphql';
import { GRAPHQL_DOCUMENTS, LIVE_ONLY_DOCUMENTS } from '../../src/github/graphql';
import { githubSchema } from '../fake-github/schema';

describe('GraphQL documents against GitHub\'s published schema', () => {
  const published = githubSchema();

  for (const [name, text] of Object.entries(GRAPHQL_DOCUMENTS)) {
    const liveOnly = LIVE_ONLY_DOCUMENTS.get(name);
    it(`${name} is a named operation called ${name}`, () => {
      const document = parse(text);
      const operations = document.definitions.filter((d) => d.kind === 'OperationDefinition');
      assert.equal(operations.length, 1);
      assert.equal(operations[0].kind === 'OperationDefinition' && operations[0].name?.value, name);
    });
    it(`${name} uses no variable name that Octokit reserves for the request itself`, () => {
      const variables = [...text.matchAll(/\$(\w+)\s*:/g)].map((m) => m[1]);
      assert.deepEqual(variables.filter((v) => ['query', 'method', 'url'].includes(v)), []);
    });
    if (liveOnly) {
      it(`${name} validates once the live-only ${liveOnly} addition is made, and no other`, () => {
        assert.deepEqual(validate(githubSchema({ [liveOnly]: true }), parse(text)).map((e) => e.message), []);
      });
      it(`${name} really needs that addition (the published schema rejects it)`, () => {
        assert.notDeepEqual(validate(published, parse(text)), []);
      });
    } else {
      it(`${name} validates against the published schema`, () => {
        assert.deepEqual(validate(published, parse(text)).map((e) => e.message), []);
      });
    }
  }
});
