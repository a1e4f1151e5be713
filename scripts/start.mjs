// npm start [-- --port N] [-- --screenshot FILE]
// A demo of the extension in a real VS Code against the fake GitHub: builds, starts the fake GitHub server,
// starts code-server with this extension loaded in development mode and a workspace pointed at the fake board,
// prints the URL to open in a browser and runs until Ctrl+C.
// With --screenshot FILE it opens that URL in headless chromium instead, shows the Sprint Flow view, waits for
// its tree rows, saves the screenshot and exits (non-zero if no rows appeared).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import { ROOT, install, startCodeServer, workbenchUrl, launchChromium } from './vscode-real/codeServer.mjs';

const opts = parseArgs({ options: { screenshot: { type: 'string' }, port: { type: 'string' } } }).values;
const closers = []; // undone last first, once, however we stop
let stopping;
const stop = code => (stopping ??= (async () => {
  for (const close of closers.reverse()) await close().catch(() => {});
  process.exit(code);
})());
process.on('SIGINT', () => { console.log('\nStopping…'); stop(0); });
process.on('SIGTERM', () => stop(0));

function sh(cmd, args) {
  console.log(`> ${[cmd, ...args].join(' ')}`);
  return spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit' }).status === 0;
}

/** Starts the fake GitHub demo server; resolves with the JSON line it prints once listening. */
function startFakeGitHub() {
  const cli = path.join(ROOT, 'out/test/fake-github/cli.js');
  if (!fs.existsSync(cli)) throw new Error(`${path.relative(ROOT, cli)} is missing: the fake GitHub server did not build`);
  const child = spawn(process.execPath, [cli], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  closers.push(async () => { child.kill(); });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the fake GitHub server printed nothing within 30 s')), 30_000);
    child.once('exit', code => reject(new Error(`the fake GitHub server exited (${code}) before it was ready`)));
    readline.createInterface({ input: child.stdout }).on('line', line => {
      try { const info = JSON.parse(line); clearTimeout(timer); resolve(info); } catch { console.log(`[fake-github] ${line}`); }
    });
  });
}

async function main() {
  if (!sh('npm', ['run', '--silent', 'build'])) throw new Error('the extension did not build');
  // Type errors elsewhere in the tree still leave runnable JavaScript behind; the demo only needs that.
  if (!sh('npm', ['run', '--silent', 'compile-tests'])) console.warn('compile-tests reported errors; going on with what it emitted');

  const github = await startFakeGitHub();
  console.log(`Fake GitHub at ${github.apiUrl}, signed in as ${github.login}, project ${github.projectUrl}`);

  install();
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'sprint-flow-demo-'));
  closers.push(async () => fs.rmSync(workspace, { recursive: true, force: true }));
  fs.mkdirSync(path.join(workspace, '.vscode'));
  const settings = { 'sprintFlow.project': github.projectUrl };
  fs.writeFileSync(path.join(workspace, '.vscode/settings.json'), JSON.stringify(settings, null, 2));

  const server = await startCodeServer({
    port: Number(opts.port) || 0,
    // The token goes only to the host it is for (github.com unless SPRINT_FLOW_TOKEN_HOST names another), and the
    // server only from user settings, where a folder's .vscode/settings.json cannot change it.
    env: { SPRINT_FLOW_TOKEN: github.token, SPRINT_FLOW_TOKEN_HOST: new URL(github.apiUrl).host },
    userSettings: { 'sprintFlow.githubApiUrl': github.apiUrl },
  });
  closers.push(server.stop);
  const url = workbenchUrl(server.origin, { folder: workspace, extensionDevelopmentPath: ROOT });

  if (opts.screenshot) return stop(await screenshot(url, opts.screenshot));
  console.log(`\nSprint Flow is running in a real VS Code. Open this URL in a browser on this machine:\n\n  ${url}\n`);
  console.log('Press Ctrl+C to stop.');
}

async function screenshot(url, file) {
  const browser = await launchChromium();
  closers.push(() => browser.close());
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(url);
  const container = page.locator('.part.activitybar .action-label[aria-label^="Sprint Flow"]');
  await container.waitFor({ timeout: 60_000 });
  await container.click();
  await widenSideBar(page, 480);
  await page.mouse.move(800, 400); // no hover tooltip in the picture
  const rows = page.locator('.part.sidebar .monaco-list-row');
  const shown = await rows.first().waitFor({ timeout: 60_000 }).then(() => true, () => false);
  if (shown) await settled(page, rows);
  await page.screenshot({ path: file });
  console.log(shown ? `Screenshot of ${await rows.count()} row(s) in ${file}` : `No tree rows appeared; screenshot anyway in ${file}`);
  return shown ? 0 : 1;
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

main().catch(e => { console.error(`npm start: ${e.message}`); stop(1); });
