// The extension as a user installs it, in a real VS Code: it is found, activates, and what package.json
// contributes (view container, views, commands) is really there.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { uiCheck } from './workbench';

const EXTENSION_ID = 'sprint-flow.sprint-flow';

interface Contributes {
  viewsContainers?: { activitybar?: { id: string; title: string }[] };
  views?: Record<string, { id: string; name: string }[]>;
  commands?: { command: string; title: string }[];
  walkthroughs?: { id: string; title: string; steps: { title: string }[] }[];
}

describe('Sprint Flow in a real VS Code', () => {
  let extension: vscode.Extension<unknown>;
  let contributes: Contributes;

  before(() => {
    const found = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(found, `extension ${EXTENSION_ID} is not installed`);
    extension = found;
    contributes = extension.packageJSON.contributes ?? {};
  });

  it('activates', async () => {
    await extension.activate();
    assert.strictEqual(extension.isActive, true);
  });

  it('registers every command it contributes', async () => {
    await extension.activate();
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = (contributes.commands ?? []).map(c => c.command).filter(c => !registered.has(c));
    assert.deepStrictEqual(missing, [], 'contributed in package.json but not registered by activate()');
  });

  it('shows the Sprint Flow view container with its views', async () => {
    const container = contributes.viewsContainers?.activitybar?.find(c => c.id === 'sprintFlow');
    assert.ok(container, 'package.json contributes no activity-bar container "sprintFlow"');
    await vscode.commands.executeCommand('workbench.view.extension.sprintFlow');
    const ui = await uiCheck<{ activityBar: string[]; sideBarTitle: string; panes: string[] }>('viewTitles', { container: container.title });
    assert.ok(ui.activityBar.some(label => label.startsWith(container.title)), `activity bar: ${ui.activityBar.join(', ')}`);
    const views = (contributes.views?.sprintFlow ?? []).map(v => v.name);
    assert.deepStrictEqual(ui.panes, views, 'view panes in the side bar');
  });

  it('opens its walkthrough, every step listed, from Sprint Flow: Get Started', async () => {
    const walkthrough = contributes.walkthroughs?.[0];
    assert.ok(walkthrough, 'package.json contributes no walkthrough');
    await vscode.commands.executeCommand('sprintFlow.openWalkthrough');
    const ui = await uiCheck<{ shown: boolean; steps: string[] }>('walkthrough', { title: walkthrough.title });
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    assert.ok(ui.shown, `the editor area never showed "${walkthrough.title}"`);
    assert.deepStrictEqual(ui.steps, walkthrough.steps.map(s => s.title));
  });
});
