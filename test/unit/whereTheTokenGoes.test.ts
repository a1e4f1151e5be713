import * as assert from 'node:assert/strict';
import { userLevelValue } from '../../src/core/userSetting';
import { GITHUB_COM_API, githubServer, GitHubServer, isLoopbackHost, ServerSettingError } from '../../src/github/endpoints';
import { environmentTokenUse, savedTokenKey } from '../../src/github/tokenHost';

/** The refusal githubServer throws for these settings. */
function refusal(apiUrl: string, enterpriseUri = ''): ServerSettingError {
  try {
    githubServer(apiUrl, enterpriseUri);
  } catch (error) {
    assert.ok(error instanceof ServerSettingError, `a ServerSettingError, not ${String(error)}`);
    return error;
  }
  assert.fail(`${apiUrl || enterpriseUri} was accepted`);
}

const server = (apiUrl: string): GitHubServer => githubServer(apiUrl, '');
const GITHUB_COM = githubServer('', '');
const GHES = server('https://ghe.example.com/api/v3');
const LOCAL = server('http://127.0.0.1:5123/api/v3');

describe('where the token goes', () => {
  describe('the server, from the user settings', () => {
    it('is github.com by default, the GHES host of github-enterprise.uri, or the explicit API URL', () => {
      assert.deepEqual(githubServer('', ''), { baseUrl: GITHUB_COM_API, host: 'github.com' });
      assert.deepEqual(githubServer('', 'https://ghe.example.com/'), { baseUrl: 'https://ghe.example.com/api/v3', host: 'ghe.example.com' });
      assert.deepEqual(githubServer('http://127.0.0.1:9000/api/v3/', 'https://ghe.example.com'), { baseUrl: 'http://127.0.0.1:9000/api/v3', host: '127.0.0.1:9000' });
    });

    it('is named the way people know it: github.com for its API host, the port only when it is not the default', () => {
      assert.equal(server('https://api.github.com/').host, 'github.com');
      assert.equal(server('https://ghe.example.com:443/api/v3').host, 'ghe.example.com');
      assert.equal(server('https://ghe.example.com:8443/api/v3').host, 'ghe.example.com:8443');
      assert.equal(server('http://[::1]:5123/api/v3').host, '[::1]:5123');
    });

    it('may be reached over plain http only on this computer: 127.0.0.0/8, ::1 and localhost', () => {
      for (const url of ['http://127.0.0.1:5123/api/v3', 'http://127.45.6.7/api/v3', 'http://localhost:8080/api/v3', 'http://LOCALHOST/api/v3', 'http://[::1]:5123/api/v3', 'http://[0:0:0:0:0:0:0:1]/api/v3', 'http://127.1/api/v3']) {
        assert.equal(server(url).baseUrl, url.replace(/\/+$/, ''), url);
      }
    });

    it('refuses plain http to another computer, saying which setting and what to set instead', () => {
      const apiUrl = refusal('http://ghe.example.com/api/v3');
      assert.equal(apiUrl.setting, 'sprintFlow.githubApiUrl');
      assert.match(apiUrl.message, /does not send your GitHub token over plain http to another computer/);
      assert.match(apiUrl.message, /Set it to https:\/\/ghe\.example\.com\/api\/v3 instead \(http is allowed only for this computer: localhost, 127\.0\.0\.1 or ::1\)/);
      const enterprise = refusal('', 'http://ghe.example.com');
      assert.equal(enterprise.setting, 'github-enterprise.uri');
      assert.match(enterprise.message, /the github-enterprise\.uri setting is http:\/\/ghe\.example\.com\. Set it to https:\/\/ghe\.example\.com instead/);
    });

    it('refuses hosts dressed up as this computer', () => {
      for (const url of [
        'http://127.0.0.1.attacker.example/api/v3',
        'http://localhost.attacker.example/api/v3',
        'http://127.0.0.1@attacker.example/api/v3',
        'http://attacker.example#@127.0.0.1/api/v3',
        'http://[::ffff:127.0.0.1]/api/v3',
        'http://10.0.0.1/api/v3',
        'http://128.0.0.1/api/v3',
      ]) {
        assert.match(refusal(url).message, /over plain http to another computer/, url);
      }
    });

    it('refuses what is not an https URL, with an example of one', () => {
      assert.match(refusal('ghe.example.com/api/v3').message, /The sprintFlow\.githubApiUrl setting, "ghe\.example\.com\/api\/v3", is not a URL\. Set it to an address such as https:\/\/HOST\/api\/v3\./);
      assert.match(refusal('ftp://ghe.example.com/api/v3').message, /is not an https address\. Set it to an address such as https:\/\/HOST\/api\/v3\./);
      assert.match(refusal('', 'file:///etc/passwd').message, /The github-enterprise\.uri setting, "file:\/\/\/etc\/passwd", is not an https address\. Set it to an address such as https:\/\/HOST\./);
    });

    it('tells loopback host names from the rest', () => {
      assert.deepEqual(['localhost', '127.0.0.1', '127.255.255.254', '[::1]'].map(isLoopbackHost), [true, true, true, true]);
      assert.deepEqual(['localhost.', '127.0.0', '127.0.0.1.nip.io', '127.a.b.c', '0.0.0.0', '[::]', 'example.com'].map(isLoopbackHost), [false, false, false, false, false, false, false]);
    });
  });

  describe('SPRINT_FLOW_TOKEN', () => {
    it('is for github.com unless SPRINT_FLOW_TOKEN_HOST names another host: a GHES or local server setting does not get it', () => {
      assert.deepEqual(environmentTokenUse(GITHUB_COM, undefined), { use: true });
      assert.deepEqual(environmentTokenUse(GITHUB_COM, '  '), { use: true });
      const toGhes = environmentTokenUse(GHES, undefined);
      assert.equal(toGhes.use, false);
      assert.equal(
        !toGhes.use && toGhes.reason,
        'SPRINT_FLOW_TOKEN is for github.com, so Sprint Flow does not send it to ghe.example.com, the server in your settings. If the token is for ghe.example.com, set SPRINT_FLOW_TOKEN_HOST=ghe.example.com.',
      );
      assert.equal(environmentTokenUse(LOCAL, undefined).use, false);
    });

    it('goes to the host SPRINT_FLOW_TOKEN_HOST names, written as a host, host and port, or URL', () => {
      for (const named of ['ghe.example.com', 'GHE.example.com', 'ghe.example.com:443', 'https://ghe.example.com', 'https://ghe.example.com/api/v3']) {
        assert.deepEqual(environmentTokenUse(GHES, named), { use: true }, named);
      }
      for (const named of ['127.0.0.1:5123', 'http://127.0.0.1:5123', 'http://127.0.0.1:5123/api/v3']) {
        assert.deepEqual(environmentTokenUse(LOCAL, named), { use: true }, named);
      }
      assert.deepEqual(environmentTokenUse(server('http://127.0.0.1/api/v3'), '127.0.0.1:80'), { use: true }, 'a bare host takes the server\'s scheme and its default port');
      assert.deepEqual(environmentTokenUse(GITHUB_COM, 'api.github.com'), { use: true });
    });

    it('is not sent to github.com, another host or another port once SPRINT_FLOW_TOKEN_HOST names a host', () => {
      assert.equal(environmentTokenUse(GITHUB_COM, 'ghe.example.com').use, false);
      assert.equal(environmentTokenUse(server('https://ghe.attacker.example/api/v3'), 'ghe.example.com').use, false);
      assert.equal(environmentTokenUse(server('https://example.com/api/v3'), 'ghe.example.com').use, false);
      assert.equal(environmentTokenUse(server('http://127.0.0.1:6000/api/v3'), '127.0.0.1:5123').use, false);
      assert.equal(environmentTokenUse(LOCAL, '127.0.0.1').use, false);
    });

    it('is not used when SPRINT_FLOW_TOKEN_HOST is not a host name, and says so', () => {
      const use = environmentTokenUse(GHES, 'http://');
      assert.equal(
        !use.use && use.reason,
        'SPRINT_FLOW_TOKEN_HOST is "http://", which is not a host name, so Sprint Flow does not use SPRINT_FLOW_TOKEN. Set it to the host the token is for, such as ghe.example.com.',
      );
      assert.equal(environmentTokenUse(GHES, 'ghe example com').use, false);
    });
  });

  describe('a token saved with Sign in with a Token', () => {
    it('is kept for the server it was saved for, and no other server reads it back', () => {
      const servers = [GITHUB_COM, GHES, LOCAL, server('http://127.0.0.1:6000/api/v3'), server('https://ghe.example.com:8443/api/v3'), server('https://ghe.attacker.example/api/v3')];
      const keys = servers.map(savedTokenKey);
      assert.equal(new Set(keys).size, servers.length);
      assert.equal(savedTokenKey(server('https://ghe.example.com/api/v3/')), savedTokenKey(GHES), 'a trailing slash is the same server');
      assert.equal(savedTokenKey(GITHUB_COM), 'sprintFlow.token:https://api.github.com', 'tokens saved before stay where they were');
    });
  });

  describe('settings that choose the server', () => {
    it('come from the user settings: a workspace or folder cannot point Sprint Flow at another host', () => {
      assert.deepEqual(userLevelValue({ defaultValue: '', workspaceValue: 'https://ghe.attacker.example' }), { value: '', ignored: ['workspace'] });
      assert.deepEqual(userLevelValue({ defaultValue: '', globalValue: 'https://ghe.example.com', workspaceFolderValue: 'https://ghe.attacker.example' }), {
        value: 'https://ghe.example.com',
        ignored: ['workspace folder'],
      });
      assert.deepEqual(userLevelValue({ globalValue: 'https://ghe.example.com', workspaceValue: 'https://ghe.example.com' }), { value: 'https://ghe.example.com', ignored: [] }, 'the same value is not worth a note');
      assert.deepEqual(userLevelValue(undefined), { value: undefined, ignored: [] }, 'a setting no extension declares');
    });
  });
});
