// The one-panel-per-window rule every Sprint Flow panel follows, on real webview panels.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { OpenPanel, PanelSlot } from '../../src/views/panelSlot';
import { EXTENSION_ID } from './sprintFixture';

class TestPanel implements OpenPanel {
  closed = false;
  private readonly subscription: vscode.Disposable;

  constructor(
    readonly panel: vscode.WebviewPanel,
    private readonly slot: PanelSlot<TestPanel>,
  ) {
    this.subscription = panel.onDidDispose(() => this.dispose());
  }

  dispose(): void {
    this.closed = true;
    this.slot.release(this);
    this.subscription.dispose();
    this.panel.dispose();
  }
}

describe('One panel of a kind per window', () => {
  const extensionUri = () => vscode.extensions.getExtension(EXTENSION_ID)!.extensionUri;
  let slot: PanelSlot<TestPanel>;
  let created: number;
  const create = (panel: vscode.WebviewPanel) => (created++, new TestPanel(panel, slot));

  beforeEach(() => {
    slot = new PanelSlot<TestPanel>({ viewType: 'sprintFlow.test.panelSlot', script: 'dashboard', title: () => 'Panel slot test' });
    created = 0;
  });

  afterEach(() => slot.open?.dispose());

  it('opens a panel with its title, icon and page, reveals it when opened again, and opens a new one once it is closed', () => {
    const first = slot.show(extensionUri(), create);
    assert.equal(first.panel.title, 'Panel slot test');
    assert.ok(first.panel.iconPath, 'the panel has the Sprint Flow icon');
    assert.match(first.panel.webview.html, /Content-Security-Policy/);
    assert.match(first.panel.webview.html, /dashboard\.js/);
    assert.equal(slot.show(extensionUri(), create), first);
    assert.equal(created, 1, 'opening again reveals the open panel');
    first.dispose();
    assert.equal(slot.open, undefined);
    const second = slot.show(extensionUri(), create);
    assert.notEqual(second, first);
    assert.equal(created, 2);
  });

  it('replaces the open panel with one VS Code restores, closing the old one and loading the page into the new one', () => {
    const shown = slot.show(extensionUri(), create);
    const restoredPanel = vscode.window.createWebviewPanel('sprintFlow.test.panelSlot', 'Restored', vscode.ViewColumn.Active);
    const restored = slot.restore(restoredPanel, extensionUri(), create);
    assert.ok(shown.closed, 'the panel open before is closed');
    assert.equal(slot.open, restored);
    assert.equal(restored.panel.webview.options.enableScripts, true);
    assert.match(restored.panel.webview.html, /dashboard\.js/);
  });
});
