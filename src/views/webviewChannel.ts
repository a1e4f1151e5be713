import * as vscode from 'vscode';
import { HostMessage, isWebviewMessage, NotificationMessage, RequestMap, WebviewMessage } from '../webview/protocol';

export type RequestHandlers<R extends RequestMap<R>> = { [K in keyof R]: (params: R[K]['params']) => Promise<R[K]['result']> };

/**
 * The host's end of the protocol for one webview. Nothing is posted before the webview says `ready` (it says so
 * again after each reload); then it gets the latest of each notification. Every request gets one reply.
 */
export class WebviewChannel<R extends RequestMap<R>, N> implements vscode.Disposable {
  private isReady = false;
  private readonly latest: Partial<N> = {};
  private readonly subscription: vscode.Disposable;
  private readonly readied = new vscode.EventEmitter<void>();
  /** Fires on each `ready`: the panel posts its current view then. */
  readonly onDidBecomeReady = this.readied.event;
  private readonly postedMessage = new vscode.EventEmitter<HostMessage<N>>();
  /** Every message posted to the webview, replies included: a test hook (the token-leak test reads them all). */
  readonly onDidPost = this.postedMessage.event;

  constructor(
    private readonly webview: vscode.Webview,
    private readonly handlers: RequestHandlers<R>,
    private readonly log: vscode.LogOutputChannel,
  ) {
    const names = Object.keys(handlers) as (keyof R & string)[];
    this.subscription = webview.onDidReceiveMessage((message: unknown) => {
      if (!isWebviewMessage<R>(message, names)) {
        this.log.warn('A webview sent a message Sprint Flow does not know; it was ignored.');
        return;
      }
      void this.receive(message);
    });
  }

  /** The last params posted per notification: a test hook, and what a reloaded webview is sent. */
  get posted(): Readonly<Partial<N>> {
    return this.latest;
  }

  get ready(): boolean {
    return this.isReady;
  }

  notify<K extends keyof N & string>(name: K, params: N[K]): void {
    this.latest[name] = params;
    if (this.isReady) {
      void this.post({ kind: 'notification', name, params } as NotificationMessage<N>);
    }
  }

  private async receive(message: WebviewMessage<R>): Promise<void> {
    if (message.kind === 'ready') {
      this.isReady = true;
      for (const name of Object.keys(this.latest) as (keyof N & string)[]) {
        void this.post({ kind: 'notification', name, params: this.latest[name] } as NotificationMessage<N>);
      }
      this.readied.fire();
      return;
    }
    try {
      const handler = this.handlers[message.name] as (params: unknown) => Promise<unknown>;
      const result = await handler(message.params);
      await this.post({ kind: 'reply', id: message.id, ok: true, result: result ?? null });
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      this.log.warn(`Webview request ${message.name} failed: ${text}`);
      await this.post({ kind: 'reply', id: message.id, ok: false, error: text });
    }
  }

  private post(message: HostMessage<N>): Thenable<boolean> {
    this.postedMessage.fire(message);
    return this.webview.postMessage(message);
  }

  dispose(): void {
    this.subscription.dispose();
    this.readied.dispose();
    this.postedMessage.dispose();
  }
}
