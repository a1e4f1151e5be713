import * as vscode from 'vscode';
import { GitHubApi } from '../github/api';
import { createOctokit, RateLimitWait } from '../github/client';
import { GITHUB_COM_API, restBaseUrl } from '../github/endpoints';
import { checkToken, TokenCheck } from '../github/viewer';
import { enterpriseUriSetting, githubApiUrlSetting } from './settings';

export const GITHUB_SCOPES = ['repo', 'project', 'read:org'];
export const TOKEN_ENVIRONMENT_VARIABLE = 'SPRINT_FLOW_TOKEN';
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
 * per API URL so a GHES token never goes to github.com), SPRINT_FLOW_TOKEN, then VS Code's GitHub sign-in.
 */
export class GitHubAccount implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private cachedApi?: { key: string; api: GitHubApi };

  constructor(
    private readonly secrets: vscode.SecretStorage,
    private readonly globalState: vscode.Memento,
    private readonly onRateLimitWait: (wait: RateLimitWait) => void,
  ) {
    this.disposables.push(
      vscode.authentication.onDidChangeSessions((e) => {
        if (e.provider.id === this.authProvider()) {
          this.changed.fire();
        }
      }),
      secrets.onDidChange((e) => {
        if (e.key === this.secretKey()) {
          this.changed.fire();
        }
      }),
    );
  }

  baseUrl(): string {
    return restBaseUrl(githubApiUrlSetting(), enterpriseUriSetting());
  }

  /** The VS Code authentication provider for the configured server, if VS Code has one for it. */
  authProvider(): 'github' | 'github-enterprise' | undefined {
    const base = this.baseUrl();
    if (base === GITHUB_COM_API) {
      return 'github';
    }
    const enterprise = enterpriseUriSetting();
    return enterprise && new URL(enterprise).origin === new URL(base).origin ? 'github-enterprise' : undefined;
  }

  /** The token to use now, without prompting. */
  async credentials(): Promise<Credentials | undefined> {
    const saved = await this.secrets.get(this.secretKey());
    if (saved) {
      return { token: saved, source: 'savedToken' };
    }
    const fromEnvironment = process.env[TOKEN_ENVIRONMENT_VARIABLE]?.trim();
    if (fromEnvironment) {
      return { token: fromEnvironment, source: 'environment' };
    }
    const provider = this.authProvider();
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
        ? { forceNewSession: { detail: 'GitHub no longer accepts the last sign-in, or it lacks a permission Sprint Flow needs.' } }
        : { createIfNone: true },
    );
    await this.globalState.update(SIGNED_OUT_KEY, undefined);
    this.changed.fire();
    return !!session;
  }

  async saveToken(token: string): Promise<void> {
    await this.secrets.store(this.secretKey(), token);
    await this.globalState.update(SIGNED_OUT_KEY, undefined);
    this.changed.fire();
  }

  /** Forgets the saved token and stops using VS Code's session until the next sign-in. */
  async signOut(): Promise<void> {
    await this.secrets.delete(this.secretKey());
    await this.globalState.update(SIGNED_OUT_KEY, true);
    this.changed.fire();
  }

  /** A GraphQL client for the current token and server, reused while neither changes. */
  async api(): Promise<GitHubApi | undefined> {
    const credentials = await this.credentials();
    if (!credentials) {
      return undefined;
    }
    const baseUrl = this.baseUrl();
    const requestTimeoutMs = Number(process.env[REQUEST_TIMEOUT_ENVIRONMENT_VARIABLE]) || undefined;
    const key = `${baseUrl}\n${credentials.token}\n${requestTimeoutMs}`;
    if (this.cachedApi?.key !== key) {
      const client = (purpose: 'read' | 'write') =>
        createOctokit({ purpose, token: credentials.token, baseUrl, userAgent: USER_AGENT, onRateLimitWait: this.onRateLimitWait, requestTimeoutMs });
      this.cachedApi = { key, api: new GitHubApi(client('read'), client('write'), baseUrl) };
    }
    return this.cachedApi.api;
  }

  /** Who a token belongs to on the configured server, before it is saved. */
  checkToken(token: string): Promise<TokenCheck> {
    return checkToken(createOctokit({ purpose: 'read', token, baseUrl: this.baseUrl(), userAgent: USER_AGENT }));
  }

  private secretKey(): string {
    return `sprintFlow.token:${this.baseUrl()}`;
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}
