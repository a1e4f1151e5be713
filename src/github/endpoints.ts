import * as l10n from '@vscode/l10n';
/** Where the REST API lives: github.com, a GitHub Enterprise Server, or the local GitHub used by tests and the demo. */
export const GITHUB_COM_API = 'https://api.github.com';

export const API_URL_SETTING = 'sprintFlow.githubApiUrl';
export const ENTERPRISE_URI_SETTING = 'github-enterprise.uri';

/** The GitHub server Sprint Flow sends its requests, and so the token, to. */
export interface GitHubServer {
  /** The REST base URL, without a trailing slash. Octokit derives the GraphQL endpoint from it (/api/v3 → /api/graphql). */
  baseUrl: string;
  /** The name people know it by: `github.com`, or the URL's host (`HOST`, or `HOST:PORT` for a port that is not the default). */
  host: string;
}

/** A server setting Sprint Flow will not send a token to; the message says what to set instead. */
export class ServerSettingError extends Error {
  constructor(
    readonly setting: string,
    message: string,
  ) {
    super(message);
    this.name = 'ServerSettingError';
  }
}

const GITHUB_COM: GitHubServer = { baseUrl: GITHUB_COM_API, host: 'github.com' };

/**
 * The server from the sprintFlow.githubApiUrl setting, or from a GHES host (the github-enterprise.uri setting), or
 * github.com. Both settings must come from the user's own settings (the caller's job). Throws ServerSettingError for
 * an address that is not a URL, or that would send the token in the clear to another computer.
 */
export function githubServer(apiUrlSetting: string | undefined, enterpriseUri: string | undefined): GitHubServer {
  const explicit = apiUrlSetting?.trim();
  if (explicit) {
    const url = checkedUrl(explicit, API_URL_SETTING, '/api/v3');
    return { baseUrl: explicit.replace(/\/+$/, ''), host: hostOf(url) };
  }
  const enterprise = enterpriseUri?.trim();
  if (enterprise) {
    const url = checkedUrl(enterprise, ENTERPRISE_URI_SETTING, '');
    return { baseUrl: `${url.origin}/api/v3`, host: hostOf(url) };
  }
  return GITHUB_COM;
}

/** Loopback addresses: 127.0.0.0/8, ::1 and localhost. `hostname` as a WHATWG URL gives it (IPv4 normalised, IPv6 in brackets). */
export function isLoopbackHost(hostname: string): boolean {
  if (hostname === 'localhost' || hostname === '[::1]') {
    return true;
  }
  const octets = hostname.split('.');
  return octets.length === 4 && octets[0] === '127' && octets.every((octet) => octet.length > 0 && octet.length <= 3 && [...octet].every((c) => c >= '0' && c <= '9'));
}

/** `github.com` for its API host; otherwise the URL's host, port included when it is not the scheme's default. */
export function hostOf(url: URL): string {
  return url.hostname === 'api.github.com' ? 'github.com' : url.host;
}

function checkedUrl(text: string, setting: string, examplePath: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new ServerSettingError(setting, l10n.t('The {0} setting, "{1}", is not a URL. Set it to an address such as https://HOST{2}.', setting, text, examplePath));
  }
  if (url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname))) {
    return url;
  }
  if (url.protocol === 'http:') {
    const secure = `https://${text.slice('http://'.length)}`;
    throw new ServerSettingError(
      setting,
      l10n.t('Sprint Flow does not send your GitHub token over plain http to another computer, and the {0} setting is {1}. ', setting, text) +
        l10n.t('Set it to {0} instead (http is allowed only for this computer: localhost, 127.0.0.1 or ::1).', secure),
    );
  }
  throw new ServerSettingError(setting, l10n.t('The {0} setting, "{1}", is not an https address. Set it to an address such as https://HOST{2}.', setting, text, examplePath));
}
