// Shared by the test driver (run.mjs) and `npm start`: start code-server (a real VS Code: web workbench + Node
// extension host) on a loopback port, build workbench URLs, launch headless Debian chromium.
// install.sh must have run first; everything it installed lives under $VSCODE_REAL_HOME.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const HERE = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(HERE, '../..');
export const HOME = process.env.VSCODE_REAL_HOME || path.join(os.homedir(), '.cache/vscode-real');
const NODE24_BIN = path.join(HOME, 'node24/bin');
const CODE_SERVER = path.join(HOME, 'cs/bin/code-server');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

/** Runs install.sh (idempotent; about a second when everything is there). Throws if it fails. */
export function install() {
  if (!fs.existsSync(CODE_SERVER)) console.log('Installing a real VS Code (first run only, ~3 minutes)…');
  const r = spawnSync('bash', [path.join(HERE, 'install.sh')], { stdio: 'inherit' });
  // Exit 3: the script has said in a sentence why this machine cannot have the real VS Code, and what to do instead.
  if (r.status === 3) throw new Error('no real VS Code on this machine (see above)');
  if (r.status !== 0) throw new Error(`scripts/vscode-real/install.sh failed (exit ${r.status ?? r.signal})`);
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer().once('error', reject);
    srv.listen(0, '127.0.0.1', () => { const { port } = srv.address(); srv.close(() => resolve(port)); });
  });
}

const USER_SETTINGS = {
  'workbench.startupEditor': 'none', 'workbench.tips.enabled': false, 'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false, 'extensions.autoUpdate': false, 'update.mode': 'none',
  'chat.disableAIFeatures': true, 'security.workspace.trust.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
};

/**
 * Starts code-server with all its state in a fresh temp dir (never the home folder). `env` is added to the
 * environment, which the extension host inherits; `userSettings` to the user settings (where settings of
 * application scope must go). Resolves once /healthz answers.
 * With `dir`, the state lives there instead and outlives stop(), so a later start on the same dir continues that
 * session (its user settings are then left as the session changed them).
 * Returns { port, origin, dir, stop() }; stop() ends code-server and everything it started (its process group).
 */
export async function startCodeServer({ env = {}, userSettings = {}, port = 0, dir: keptDir, log = () => {} } = {}) {
  if (!fs.existsSync(CODE_SERVER)) throw new Error(`no code-server at ${CODE_SERVER}: run bash scripts/vscode-real/install.sh`);
  port ||= await freePort();
  const dir = keptDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'vscode-real-'));
  fs.mkdirSync(path.join(dir, 'user-data/User'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'extensions'), { recursive: true });
  const settingsFile = path.join(dir, 'user-data/User/settings.json');
  if (!keptDir || !fs.existsSync(settingsFile)) fs.writeFileSync(settingsFile, JSON.stringify({ ...USER_SETTINGS, ...userSettings }, null, 2));
  fs.writeFileSync(path.join(dir, 'config.yaml'), `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const serverLog = path.join(dir, 'server.log');
  const out = fs.openSync(serverLog, 'a');
  const childEnv = { ...process.env, ...env, PATH: `${NODE24_BIN}:${process.env.PATH}`,
    XDG_DATA_HOME: path.join(dir, 'xdg-data'), XDG_CONFIG_HOME: path.join(dir, 'xdg-config') };
  delete childEnv.NODE_OPTIONS; // meant for this Node, not for code-server's Node 24
  // enable-smoke-test-driver: without it the workbench silently ignores the test payload in the URL.
  // detached: its own process group, so stop() can end the extension host and other children with it.
  const child = spawn(CODE_SERVER, ['--config', path.join(dir, 'config.yaml'), '--disable-telemetry',
    '--disable-update-check', '--disable-workspace-trust', '--user-data-dir', path.join(dir, 'user-data'),
    '--extensions-dir', path.join(dir, 'extensions'), '--vscode-option', 'enable-smoke-test-driver'],
  { env: childEnv, stdio: ['ignore', out, out], detached: true });
  fs.closeSync(out);
  let exited = null;
  child.on('exit', (code, signal) => { exited = code ?? signal; });

  let stopped = false;
  const stop = async () => {
    if (stopped) return; stopped = true;
    const kill = sig => { try { process.kill(-child.pid, sig); } catch { /* already gone */ } };
    kill('SIGTERM');
    for (let i = 0; i < 30 && groupAlive(child.pid); i++) await sleep(100);
    kill('SIGKILL');
    if (!keptDir && !process.env.VSCODE_REAL_KEEP) fs.rmSync(dir, { recursive: true, force: true });
  };
  // A synchronous last resort if the caller dies without awaiting stop().
  process.once('exit', () => { if (!stopped) try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } });

  const origin = `http://127.0.0.1:${port}`;
  const t0 = Date.now();
  for (;;) {
    if (exited !== null) throw new Error(`code-server exited (${exited}) before it was ready:\n${tail(serverLog)}`);
    if (Date.now() - t0 > 60_000) { await stop(); throw new Error(`code-server not ready after 60 s:\n${tail(serverLog)}`); }
    try { if ((await fetch(`${origin}/healthz`)).ok) break; } catch { /* not listening yet */ }
    await sleep(200);
  }
  log(`code-server ${origin} ready in ${((Date.now() - t0) / 1000).toFixed(1)} s (pid ${child.pid}, log ${serverLog})`);
  return { port, origin, dir, serverLog, stop };
}

/**
 * The workbench URL for a folder, with the payload desktop VS Code gets as --extensionDevelopmentPath /
 * --extensionTestsPath. The vscode-remote authority must be exactly the host:port the browser opens.
 */
export function workbenchUrl(origin, { folder, extensionDevelopmentPath, extensionTestsPath }) {
  const remote = p => `vscode-remote://${new URL(origin).host}${path.resolve(p)}`;
  const payload = [];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  return `${origin}/?folder=${encodeURIComponent(path.resolve(folder))}` +
    (payload.length ? `&payload=${encodeURIComponent(JSON.stringify(payload))}` : '');
}

/**
 * Headless chromium with no outside connections; playwright gives each launch a fresh temp profile.
 * With `profileDir` the profile lives there and is kept: the web workbench stores its state (an extension's
 * globalState and workspaceState among it) in the browser's IndexedDB. What is returned then is a persistent
 * browser context, which opens pages (of `viewport` size) and closes like a browser.
 * Signals are left to the caller: playwright's own handlers would exit the process before code-server is stopped.
 */
export async function launchChromium({ profileDir, viewport } = {}) {
  const { chromium } = createRequire(path.join(ROOT, 'package.json'))('playwright-core');
  const options = { executablePath: CHROMIUM, headless: true, handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false, args: ['--no-sandbox', '--disable-gpu',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'] };
  return profileDir ? chromium.launchPersistentContext(profileDir, { ...options, viewport }) : chromium.launch(options);
}

function groupAlive(pgid) { try { process.kill(-pgid, 0); return true; } catch { return false; } }
function tail(file) { try { return fs.readFileSync(file, 'utf8').split('\n').slice(-30).join('\n'); } catch { return ''; } }
export const sleep = ms => new Promise(r => setTimeout(r, ms));
