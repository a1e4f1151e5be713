import * as vscode from 'vscode';
import { GitHubApi } from '../github/api';
import { createOctokit, RateLimitWait } from '../github/client';
import { ENTERPRISE_URI_SETTING, GITHUB_COM_API, githubServer, GitHubServer, ServerSettingError } from '../github/endpoints';
import { environmentTokenUse, SAVED_TOKEN_KEY_PREFIX, savedTokenKey, TOKEN_ENVIRONMENT_VARIABLE, TOKEN_HOST_ENVIRONMENT_VARIABLE } from '../github/tokenHost';
import { checkToken, TokenCheck } from '../github/viewer';
import { serverSettings } from './settings';

export const GITHUB_SCOPES = ['repo', 'project', 'read:org'];
/** For headless use and tests: how long one request to GitHub may take, in milliseconds (default 30 s). */
export const REQUEST_TIMEOUT_ENVIRONMENT_VARIABLE = 'SPRINT_FLOW_REQUEST_TIMEOUT_MS';

export type TokenSource = 'savedToken' | 'environment' | 'vscodeSession';

export interface Credentials {
  token: string;
  source: TokenSource;
}

const SIGNED_OUT_KEY = 'sprintFlow.signedOutOfVSCodeSession';
const USER_AGENT = 'sprint-flow-vscode';

/**
 * Where the GitHub token comes from, first found wins: a token saved by "Sign in with a Token" (SecretStorage, one
 * per server, read back only for it), SPRINT_FLOW_TOKEN (only for the host SPRINT_FLOW_TOKEN_HOST names, github.com
 * unless set), then VS Code's GitHub sign-in. The server comes from the user's own settings only.
 */
export class GitHubAccount implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  /** Counts the sign-ins, sign-outs and token changes so far: a read started before one is not the one asked for. */
  private changes = 0;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private cachedApi?: { key: string; api: GitHubApi };
  private readonly noted = new Set<string>();

  constructor(
    private readonly secrets: vscode.SecretStorage,
    private readonly globalState: vscode.Memento,
    private readonly onRateLimitWait: (wait: RateLimitWait) => void,
    private readonly log?: vscode.LogOutputChannel,
  ) {
    this.disposables.push(
      vscode.authentication.onDidChangeSessions((e) => {
        if (e.provider.id === this.authProvider()) {
          this.announceChange();
        }
      }),
      secrets.onDidChange((e) => {
        if (e.key.startsWith(SAVED_TOKEN_KEY_PREFIX)) {
          this.announceChange();
        }
      }),
    );
  }

  get changeCount(): number {
    return this.changes;
  }

  private announceChange(): void {
    this.changes++;
    this.changed.fire();
  }

  /** The server requests and the token go to. Throws ServerSettingError when the settings name one Sprint Flow refuses. */
  server(): GitHubServer {
    const settings = serverSettings();
    for (const ignored of settings.ignored) {
      this.noteOnce(vscode.l10n.t('Sprint Flow ignores {0}: it reads the GitHub server from your user settings only, so that a folder you open cannot send your token to another server.', ignored));
    }
    return githubServer(settings.apiUrl, settings.enterpriseUri);
  }

  /** Why the configured server is refused, if it is; nothing is sent anywhere until the setting is fixed. */
  serverProblem(): ServerSettingError | undefined {
    try {
      this.server();
      return undefined;
    } catch (error) {
      if (error instanceof ServerSettingError) {
        this.noteOnce(error.message);
        return error;
      }
      throw error;
    }
  }

  /** The VS Code authentication provider for the configured server, if VS Code has one for it. */
  authProvider(): 'github' | 'github-enterprise' | undefined {
    const server = this.usableServer();
    return server && this.authProviderFor(server);
  }

  /**
   * VS Code's GitHub Enterprise sign-in reads github-enterprise.uri wherever it is set, a workspace included: its
   * sessions are used only while that is the server in the user's settings.
   */
  private authProviderFor(server: GitHubServer): 'github' | 'github-enterprise' | undefined {
    if (server.baseUrl === GITHUB_COM_API) {
      return 'github';
    }
    const { enterpriseUri, enterpriseUriInEffect } = serverSettings();
    if (!enterpriseUri || enterpriseBaseUrl(enterpriseUri) !== server.baseUrl) {
      return undefined;
    }
    if (enterpriseUriInEffect !== enterpriseUri) {
      this.noteOnce(vscode.l10n.t('Sprint Flow does not use VS Code\'s GitHub Enterprise sign-in while this workspace sets {0} to another server ({1}).', ENTERPRISE_URI_SETTING, enterpriseUriInEffect));
      return undefined;
    }
    return 'github-enterprise';
  }

  /** The token to use now, without prompting. */
  async credentials(): Promise<Credentials | undefined> {
    const server = this.usableServer();
    return server && this.credentialsFor(server);
  }

  private async credentialsFor(server: GitHubServer): Promise<Credentials | undefined> {
    const saved = await this.secrets.get(savedTokenKey(server));
    if (saved) {
      return { token: saved, source: 'savedToken' };
    }
    const fromEnvironment = process.env[TOKEN_ENVIRONMENT_VARIABLE]?.trim();
    if (fromEnvironment) {
      const use = environmentTokenUse(server, process.env[TOKEN_HOST_ENVIRONMENT_VARIABLE]);
      if (use.use) {
        return { token: fromEnvironment, source: 'environment' };
      }
      this.noteOnce(use.reason);
    }
    const provider = this.authProviderFor(server);
    if (!provider || this.globalState.get<boolean>(SIGNED_OUT_KEY)) {
      return undefined;
    }
    const session = await vscode.authentication.getSession(provider, GITHUB_SCOPES, { silent: true });
    return session ? { token: session.accessToken, source: 'vscodeSession' } : undefined;
  }

  /**
   * Signs in through VS Code's GitHub (or GitHub Enterprise) account. `renew` when GitHub rejected the session's
   * token or its permissions: VS Code then asks the person to sign in again rather than returning the same session.
   */
  async signInWithVSCode(options: { renew?: boolean } = {}): Promise<boolean> {
    const provider = this.authProvider();
    if (!provider) {
      return false;
    }
    const session = await vscode.authentication.getSession(
      provider,
      GITHUB_SCOPES,
      options.renew
        ? { forceNewSession: { detail: vscode.l10n.t('GitHub no longer accepts the last sign-in, or it lacks a permission Sprint Flow needs.') } }
        : { createIfNone: true },
    );
    await this.globalState.update(SIGNED_OUT_KEY, undefined);
    this.announceChange();
    return !!session;
  }

  /** Saves a token for the server it was checked against, whatever the settings say by the time it is saved. */
  async saveToken(token: string, server: GitHubServer): Promise<void> {
    await this.secrets.store(savedTokenKey(server), token);
    await this.globalState.update(SIGNED_OUT_KEY, undefined);
    this.announceChange();
  }

  /** Forgets the saved token and stops using VS Code's session until the next sign-in. */
  async signOut(): Promise<void> {
    const server = this.usableServer();
    if (server) {
      await this.secrets.delete(savedTokenKey(server));
    }
    await this.globalState.update(SIGNED_OUT_KEY, true);
    this.announceChange();
  }

  /** A GraphQL client for the current token and server, reused while neither changes. */
  async api(): Promise<GitHubApi | undefined> {
    const server = this.usableServer();
    const credentials = server && (await this.credentialsFor(server));
    if (!server || !credentials) {
      return undefined;
    }
    const baseUrl = server.baseUrl;
    const requestTimeoutMs = Number(process.env[REQUEST_TIMEOUT_ENVIRONMENT_VARIABLE]) || undefined;
    const key = `${baseUrl}\n${credentials.token}\n${requestTimeoutMs}`;
    if (this.cachedApi?.key !== key) {
      const client = (purpose: 'read' | 'write') =>
        createOctokit({ purpose, token: credentials.token, baseUrl, userAgent: USER_AGENT, onRateLimitWait: this.onRateLimitWait, requestTimeoutMs });
      this.cachedApi = { key, api: new GitHubApi(client('read'), client('write'), baseUrl) };
    }
    return this.cachedApi.api;
  }

  /** Who a token belongs to on `server`, before it is saved. */
  checkToken(token: string, server: GitHubServer): Promise<TokenCheck> {
    return checkToken(createOctokit({ purpose: 'read', token, baseUrl: server.baseUrl, userAgent: USER_AGENT }));
  }

  /** The configured server, or nothing (said once in the log) when the settings name one Sprint Flow refuses. */
  private usableServer(): GitHubServer | undefined {
    try {
      return this.server();
    } catch (error) {
      if (error instanceof ServerSettingError) {
        this.noteOnce(error.message);
        return undefined;
      }
      throw error;
    }
  }

  private noteOnce(message: string): void {
    if (!this.noted.has(message)) {
      this.noted.add(message);
      this.log?.warn(message);
    }
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}

/** The API of the GHES host github-enterprise.uri names, or nothing for an address Sprint Flow refuses. */
function enterpriseBaseUrl(enterpriseUri: string): string | undefined {
  try {
    return githubServer(undefined, enterpriseUri).baseUrl;
  } catch (error) {
    if (error instanceof ServerSettingError) {
      return undefined;
    }
    throw error;
  }
}
