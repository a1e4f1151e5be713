/** The webview's end of the protocol: announces `ready`, sends requests and awaits replies, receives notifications. */
import { HostMessage, RequestMap, WebviewMessage } from './protocol';

interface VsCodeApi<S> {
  postMessage(message: unknown): void;
  getState(): S | undefined;
  setState(state: S): void;
}

declare function acquireVsCodeApi<S>(): VsCodeApi<S>;

export class HostChannel<R extends RequestMap<R>, N, S> {
  private readonly vscode = acquireVsCodeApi<S>();
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  private readonly listeners: { [K in keyof N]?: (params: N[K]) => void } = {};

  constructor() {
    window.addEventListener('message', (event: MessageEvent<HostMessage<N>>) => this.receive(event.data));
  }

  /** Call once every listener is in place. */
  ready(): void {
    this.post({ kind: 'ready' });
  }

  on<K extends keyof N>(name: K, listener: (params: N[K]) => void): void {
    this.listeners[name] = listener;
  }

  request<K extends keyof R & string>(name: K, params: R[K]['params']): Promise<R[K]['result']> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.post({ kind: 'request', id, name, params } as WebviewMessage<R>);
    });
  }

  get state(): S | undefined {
    return this.vscode.getState();
  }

  set state(value: S) {
    this.vscode.setState(value);
  }

  private post(message: WebviewMessage<R>): void {
    this.vscode.postMessage(message);
  }

  private receive(message: HostMessage<N> | undefined): void {
    if (!message || typeof message !== 'object') return;
    if (message.kind === 'reply') {
      const waiting = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.ok) waiting?.resolve(message.result);
      else waiting?.reject(new Error(message.error));
    } else if (message.kind === 'notification') {
      const listener = this.listeners[message.name as keyof N] as ((params: unknown) => void) | undefined;
      listener?.(message.params);
    }
  }
}
