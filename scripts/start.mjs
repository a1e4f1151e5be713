// npm start [-- --port N] [-- --screenshot FILE]
// A demo of the extension in a real VS Code against the fake GitHub: builds, starts the fake GitHub server,
// starts code-server with this extension loaded in development mode and a workspace pointed at the fake board,
// prints the URL to open in a browser and runs until Ctrl+C.
// With --screenshot FILE it opens that URL in headless chromium instead, shows the Sprint Flow view, waits for
// its tree rows, saves the screenshot and exits (non-zero if no rows appeared).
import { parseArgs } from 'node:util';
import { launchChromium } from './vscode-real/codeServer.mjs';
import { build, openDemo, showMySprint, startFakeGitHub } from './demoSession.mjs';

const opts = parseArgs({ options: { screenshot: { type: 'string' }, port: { type: 'string' } } }).values;
const closers = []; // undone last first, once, however we stop
let stopping;
const stop = code => (stopping ??= (async () => {
  for (const close of closers.reverse()) await close().catch(() => {});
  process.exit(code);
})());
process.on('SIGINT', () => { console.log('\nStopping…'); stop(0); });
process.on('SIGTERM', () => stop(0));

async function main() {
  build();
  const github = await startFakeGitHub(closers);
  console.log(`Fake GitHub at ${github.apiUrl}, signed in as ${github.login}, project ${github.projectUrl}`);
  const url = await openDemo(github, closers, { port: Number(opts.port) || 0 });
  if (opts.screenshot) return stop(await screenshot(url, opts.screenshot));
  console.log(`\nSprint Flow is running in a real VS Code. Open this URL in a browser on this machine:\n\n  ${url}\n`);
  console.log('Press Ctrl+C to stop.');
}

async function screenshot(url, file) {
  const browser = await launchChromium();
  closers.push(() => browser.close());
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(url, { timeout: 120_000 });
  const rows = await showMySprint(page);
  await page.screenshot({ path: file });
  console.log(rows ? `Screenshot of ${rows} row(s) in ${file}` : `No tree rows appeared; screenshot anyway in ${file}`);
  return rows ? 0 : 1;
}

main().catch(e => { console.error(`npm start: ${e.message}`); stop(1); });
