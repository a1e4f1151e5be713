import * as vscode from 'vscode';
import { webviewHtml, webviewOptions } from './webviewHtml';

/** A kind of webview panel: its type (which the serializer in extension.ts restores), bundled page script and tab title. */
export interface PanelKind {
  viewType: string;
  script: string;
  title: () => string;
}

export interface OpenPanel extends vscode.Disposable {
  readonly panel: vscode.WebviewPanel;
}

/**
 * The one open panel of a kind in this window. Opening it again reveals it; a panel VS Code restores after a reload
 * replaces it. The panel class builds its message channel in `create`; the page is loaded after, so the channel is
 * listening before the page can say it is ready.
 */
export class PanelSlot<P extends OpenPanel> {
  private current?: P;

  constructor(private readonly kind: PanelKind) {}

  get open(): P | undefined {
    return this.current;
  }

  show(extensionUri: vscode.Uri, create: (panel: vscode.WebviewPanel) => P): P {
    if (this.current) {
      this.current.panel.reveal();
      return this.current;
    }
    const panel = vscode.window.createWebviewPanel(this.kind.viewType, this.kind.title(), vscode.ViewColumn.Active, webviewOptions(extensionUri));
    return this.fill(panel, extensionUri, create);
  }

  restore(panel: vscode.WebviewPanel, extensionUri: vscode.Uri, create: (panel: vscode.WebviewPanel) => P): P {
    this.current?.dispose();
    panel.webview.options = webviewOptions(extensionUri);
    return this.fill(panel, extensionUri, create);
  }

  /** Called by the panel as it closes. */
  release(closing: P): void {
    if (this.current === closing) {
      this.current = undefined;
    }
  }

  private fill(panel: vscode.WebviewPanel, extensionUri: vscode.Uri, create: (panel: vscode.WebviewPanel) => P): P {
    panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'sprint-flow.svg');
    this.current = create(panel);
    panel.webview.html = webviewHtml(panel.webview, extensionUri, { script: this.kind.script, title: this.kind.title() });
    return this.current;
  }
}
