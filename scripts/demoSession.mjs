// The demo: the extension built, the fake GitHub with the demo board, and a real VS Code (code-server) on it.
// Shared by `npm start` and `npm run screenshots`. Every step pushes its undo on `closers`, undone last first.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { ROOT, install, startCodeServer, workbenchUrl } from './vscode-real/codeServer.mjs';

function sh(cmd, args) {
  console.log(`> ${[cmd, ...args].join(' ')}`);
  return spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit' }).status === 0;
}

export function build() {
  if (!sh('npm', ['run', '--silent', 'build'])) throw new Error('the extension did not build');
  // Type errors elsewhere in the tree still leave runnable JavaScript behind; the demo only needs that.
  if (!sh('npm', ['run', '--silent', 'compile-tests'])) console.warn('compile-tests reported errors; going on with what it emitted');
}

/** Starts the fake GitHub demo server (on `port`, or a free one); resolves with the JSON line it prints once listening. */
export function startFakeGitHub(closers, { port } = {}) {
  const cli = path.join(ROOT, 'out/test/fake-github/cli.js');
  if (!fs.existsSync(cli)) throw new Error(`${path.relative(ROOT, cli)} is missing: the fake GitHub server did not build`);
  const child = spawn(process.execPath, [cli, ...(port ? ['--port', String(port)] : [])], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  closers.push(async () => { child.kill(); });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the fake GitHub server printed nothing within 30 s')), 30_000);
    child.once('exit', code => reject(new Error(`the fake GitHub server exited (${code}) before it was ready`)));
    readline.createInterface({ input: child.stdout }).on('line', line => {
      try { const info = JSON.parse(line); clearTimeout(timer); resolve(info); } catch { console.log(`[fake-github] ${line}`); }
    });
  });
}

/**
 * A real VS Code with Sprint Flow loaded in development mode, in a workspace pointed at the demo board.
 * Resolves with the workbench URL.
 */
export async function openDemo(github, closers, { port = 0, userSettings = {} } = {}) {
  install();
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'sprint-flow-demo-'));
  closers.push(async () => fs.rmSync(workspace, { recursive: true, force: true }));
  fs.mkdirSync(path.join(workspace, '.vscode'));
  const settings = { 'sprintFlow.project': github.projectUrl };
  fs.writeFileSync(path.join(workspace, '.vscode/settings.json'), JSON.stringify(settings, null, 2));
  const server = await startCodeServer({
    port,
    // The token goes only to the host it is for (github.com unless SPRINT_FLOW_TOKEN_HOST names another), and the
    // server only from user settings, where a folder's .vscode/settings.json cannot change it.
    env: { SPRINT_FLOW_TOKEN: github.token, SPRINT_FLOW_TOKEN_HOST: new URL(github.apiUrl).host },
    userSettings: { 'sprintFlow.githubApiUrl': github.apiUrl, ...userSettings },
  });
  closers.push(server.stop);
  return workbenchUrl(server.origin, { folder: workspace, extensionDevelopmentPath: ROOT });
}

/** Opens the Sprint Flow container, widens the side bar and waits until My Sprint's rows settle; false if none came. */
export async function showMySprint(page, width = 480) {
  const container = page.locator('.part.activitybar .action-label[aria-label^="Sprint Flow"]');
  await container.waitFor({ timeout: 60_000 });
  await container.click();
  await widenSideBar(page, width);
  await page.mouse.move(800, 400); // no hover tooltip in the picture
  const rows = page.locator('.part.sidebar .monaco-list-row');
  const shown = await rows.first().waitFor({ timeout: 60_000 }).then(() => true, () => false);
  if (shown) await settled(page, rows);
  return shown ? rows.count() : 0;
}

/** Drags the sash right of the side bar so titles are not cut off in the picture. */
async function widenSideBar(page, width) {
  const sidebar = await page.locator('.part.sidebar').boundingBox();
  if (!sidebar) return;
  const y = sidebar.y + sidebar.height / 2;
  await page.mouse.move(sidebar.x + sidebar.width + 1, y);
  await page.mouse.down();
  await page.mouse.move(sidebar.x + width, y, { steps: 5 });
  await page.mouse.up();
}

/** Waits (up to 60 s) until the view shows no progress bar and its rows stayed the same for a second: the
 *  first rows are often a "loading" placeholder. */
async function settled(page, rows) {
  const busy = page.locator('.part.sidebar .monaco-progress-container.active');
  let last = '', since = Date.now();
  for (const end = Date.now() + 60_000; Date.now() < end; await page.waitForTimeout(200)) {
    const now = (await rows.allInnerTexts()).join('\n') + (await busy.count());
    if (now !== last) { last = now; since = Date.now(); } else if (Date.now() - since > 1000 && !(await busy.count())) return;
  }
}
