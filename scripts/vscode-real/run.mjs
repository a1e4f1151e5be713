// The test driver behind code-shim.sh. Takes desktop VS Code's test command line
//   --extensionDevelopmentPath=EXT --extensionTestsPath=TESTS [FOLDER]   (other --flags are ignored)
// starts code-server, opens the workbench in headless chromium with that payload, forwards the extension host's
// console to stdout and exits with the code the workbench reports through window.codeAutomationExit.
//
// UI checks: the extension host cannot see the workbench DOM, so while the tests run this driver serves
// POST /check/NAME on a loopback port whose URL reaches the extension host as VSCODE_REAL_UI_URL. It runs
// `check(page, args)` exported by NAME.js in the UI-checks folder (VSCODE_REAL_UI_CHECKS, default: ui/ beside
// the tests module) against the live page and answers { ok, value } or { ok: false, error }. The assertion stays
// in the mocha test, so it is counted like any other and the extension host is still running while the DOM is
// read (after the tests end the workbench stops the extension host before it reports the exit code, so checks
// run "afterwards" would see a torn-down UI). Checks run one at a time.
//
// Environment: VSCODE_REAL_SCREENSHOT=FILE  screenshot of the workbench at the end
//              VSCODE_REAL_TIMEOUT=SECONDS  give up on the tests after this long (default 1200)
//              VSCODE_REAL_VERBOSE=1        also print the page's console and all extension-host log lines
//              VSCODE_REAL_SESSION=DIR      keep code-server's user data, the browser profile and the port in DIR,
//                                           so a later run on the same DIR and folder reopens the same window with
//                                           its state, as restarting VS Code does (default: all fresh, then deleted)
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { format } from 'node:util';
import { startCodeServer, workbenchUrl, launchChromium, sleep } from './codeServer.mjs';

const args = { folder: undefined, ext: undefined, tests: undefined };
for (const a of process.argv.slice(2)) {
  if (a.startsWith('--extensionDevelopmentPath=')) args.ext = a.slice(a.indexOf('=') + 1);
  else if (a.startsWith('--extensionTestsPath=')) args.tests = a.slice(a.indexOf('=') + 1);
  else if (!a.startsWith('-')) args.folder = a;
}
const verbose = !!process.env.VSCODE_REAL_VERBOSE;
const timeoutS = Number(process.env.VSCODE_REAL_TIMEOUT || 1200);
const uiDir = process.env.VSCODE_REAL_UI_CHECKS || (args.tests && path.join(path.dirname(args.tests), 'ui'));
// Log lines of the workbench and extension host itself that say nothing about the extension under test.
const NOISE = /connection token|Creating a socket|grace time|builtin extensions|Service Worker|AgentHost|AccountPolicy|open-vsx|ChatModelSelection/;
const WORKBENCH_FRAME = /^\s+at .*\/static\/out\/vs\//; // stack frames inside the workbench's own bundle

const t0 = Date.now();
const say = msg => console.log(`[vscode-real ${((Date.now() - t0) / 1000).toFixed(1)}s] ${msg}`);
const closers = []; // undone last first, once, on every way out (a signal and a failing main() may both ask)
let cleaning;
const cleanup = () => (cleaning ??= (async () => { for (const close of closers.reverse()) await close().catch(() => {}); })());
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, async () => { await cleanup(); process.exit(130); });

async function main() {
  if (!args.tests) throw new Error('usage: code-shim.sh --extensionDevelopmentPath=DIR --extensionTestsPath=FILE [FOLDER]');
  let folder = args.folder;
  if (!folder) {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'vscode-real-ws-'));
    closers.push(async () => fs.rmSync(folder, { recursive: true, force: true }));
  }
  let page;
  const ui = await serveUiChecks(() => page);
  closers.push(ui.close);
  const session = process.env.VSCODE_REAL_SESSION ? keptSession(process.env.VSCODE_REAL_SESSION) : undefined;
  const server = await startCodeServer({ env: { VSCODE_REAL_UI_URL: ui.url }, log: say, ...session?.codeServer });
  closers.push(server.stop);
  session?.keepPort(server.port);
  const viewport = { width: 1400, height: 900 };
  const browser = await launchChromium(session ? { profileDir: session.browserProfile, viewport } : {});
  closers.push(() => browser.close());
  try {
    page = await browser.newPage({ viewport });
    let exit;
    const exited = new Promise(resolve => (exit = resolve));
    await page.exposeFunction('codeAutomationLog', (type, logArgs) => {
      let line = format(...(logArgs || []));
      if (!verbose) {
        if (NOISE.test(line.split('\n')[0])) return; // a test failure may quote such a line further down
        line = line.split('\n').filter(l => !WORKBENCH_FRAME.test(l)).join('\n');
      }
      console.log(type === 'error' || type === 'warn' ? `[${type}] ${line}` : line);
    });
    await page.exposeFunction('codeAutomationExit', code => exit(code));
    if (verbose) page.on('console', m => console.log('[page]', m.text().slice(0, 500)));
    page.on('pageerror', e => console.log('[pageerror]', e.message));
    const url = workbenchUrl(server.origin, { folder, extensionDevelopmentPath: args.ext, extensionTestsPath: args.tests });
    say(`open ${url}`);
    await page.goto(url);
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    say('workbench loaded; running the tests in the extension host');
    const code = await Promise.race([exited, sleep(timeoutS * 1000).then(() => 'timeout')]);
    say(`extension host exited with ${code}`);
    if (process.env.VSCODE_REAL_SCREENSHOT) {
      await page.screenshot({ path: process.env.VSCODE_REAL_SCREENSHOT });
      say(`screenshot ${process.env.VSCODE_REAL_SCREENSHOT}`);
    }
    return code === 0 ? 0 : 1;
  } finally {
    await cleanup();
  }
}

/**
 * Where a kept session lives. The port is kept too: the browser stores the workbench's state per origin, and the
 * workspace's storage is keyed by the folder's URI, whose authority is code-server's host:port.
 */
function keptSession(dir) {
  const portFile = path.join(dir, 'port');
  const port = fs.existsSync(portFile) ? Number(fs.readFileSync(portFile, 'utf8')) : 0;
  fs.mkdirSync(dir, { recursive: true });
  return {
    codeServer: { dir: path.join(dir, 'code-server'), port },
    browserProfile: path.join(dir, 'browser'),
    keepPort: p => fs.writeFileSync(portFile, String(p)),
  };
}

/** The loopback endpoint the extension-host tests call to read the workbench DOM (see the top of this file). */
function serveUiChecks(getPage) {
  const load = createRequire(import.meta.url);
  let queue = Promise.resolve();
  const srv = http.createServer((req, res) => {
    const name = /^\/check\/([\w-]+)$/.exec(req.url || '')?.[1];
    let body = '';
    req.on('data', d => (body += d));
    req.on('end', () => {
      const run = async () => {
        if (req.method !== 'POST' || !name) throw new Error(`expected POST /check/NAME, got ${req.method} ${req.url}`);
        if (!uiDir) throw new Error('no UI-checks folder');
        const file = path.join(uiDir, `${name}.js`);
        if (!fs.existsSync(file)) throw new Error(`no UI check ${file}`);
        const page = getPage();
        if (!page) throw new Error('the workbench page is not open yet');
        return load(file).check(page, body ? JSON.parse(body) : {});
      };
      queue = queue.then(run).then(value => ({ ok: true, value: value ?? null }), e => ({ ok: false, error: String(e?.stack || e) }))
        .then(reply => { res.setHeader('content-type', 'application/json'); res.end(JSON.stringify(reply)); });
    });
  });
  return new Promise(resolve => srv.listen(0, '127.0.0.1', () =>
    resolve({ url: `http://127.0.0.1:${srv.address().port}`, close: async () => srv.close() })));
}

main().then(code => process.exit(code), async e => {
  console.error('[vscode-real] could not run the tests in VS Code:', e?.stack || e);
  await cleanup();
  process.exit(2);
});
