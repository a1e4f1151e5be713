import { GitHubServer, hostOf } from './endpoints';
import * as l10n from '@vscode/l10n';

/** For headless use, demos and tests: a token given in the environment rather than by signing in. */
export const TOKEN_ENVIRONMENT_VARIABLE = 'SPRINT_FLOW_TOKEN';
/** The host SPRINT_FLOW_TOKEN is for: `github.com` when unset; else `HOST`, `HOST:PORT` or a URL on that host. */
export const TOKEN_HOST_ENVIRONMENT_VARIABLE = 'SPRINT_FLOW_TOKEN_HOST';

export const SAVED_TOKEN_KEY_PREFIX = 'sprintFlow.token:';

/**
 * Where a token saved with "Sign in with a Token" is kept: one per server, read back only for the server it was
 * saved for, so a token saved for one server is never sent to another.
 */
export function savedTokenKey(server: GitHubServer): string {
  return `${SAVED_TOKEN_KEY_PREFIX}${server.baseUrl}`;
}

export type EnvironmentTokenUse = { use: true } | { use: false; reason: string };

/**
 * Whether SPRINT_FLOW_TOKEN may be sent to `server`: only when it is the host the token is for, github.com unless
 * SPRINT_FLOW_TOKEN_HOST names another. A host written without a scheme is read with the server's own scheme, so
 * `127.0.0.1:80` and `http://127.0.0.1` name the same place.
 */
export function environmentTokenUse(server: GitHubServer, tokenHostVariable: string | undefined): EnvironmentTokenUse {
  const named = tokenHostVariable?.trim() || 'github.com';
  const tokenHost = hostNamed(named, new URL(server.baseUrl).protocol);
  if (tokenHost === undefined) {
    return {
      use: false,
      reason: l10n.t('{0} is "{1}", which is not a host name, so Sprint Flow does not use {2}. Set it to the host the token is for, such as {3}.', TOKEN_HOST_ENVIRONMENT_VARIABLE, named, TOKEN_ENVIRONMENT_VARIABLE, server.host),
    };
  }
  if (tokenHost !== server.host) {
    return {
      use: false,
      reason:
        l10n.t('{0} is for {1}, so Sprint Flow does not send it to {2}, the server in your settings. ', TOKEN_ENVIRONMENT_VARIABLE, tokenHost, server.host) +
        `If the token is for ${server.host}, set ${TOKEN_HOST_ENVIRONMENT_VARIABLE}=${server.host}.`,
    };
  }
  return { use: true };
}

function hostNamed(text: string, defaultProtocol: string): string | undefined {
  try {
    const url = new URL(text.includes('://') ? text : `${defaultProtocol}//${text}`);
    return url.hostname ? hostOf(url) : undefined;
  } catch {
    return undefined;
  }
}
