// npm run screenshots [-- --only NAME]
// The README's pictures, from the demo board in a real VS Code, in the light and the dark theme: My Sprint, then
// each webview opened through the Command Palette as a person would. Writes media/screenshots/NAME.png and
// NAME-dark.png. Nothing from the test fixtures: only the demo board (test/fake-github/demo*.ts).
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT, launchChromium } from './vscode-real/codeServer.mjs';
import { build, openDemo, showMySprint, startFakeGitHub } from './demoSession.mjs';

/** What each picture shows: the command that opens it, and a text its webview shows once it has drawn. */
const SHOTS = [
  { name: 'sidebar' },
  { name: 'dashboard', command: 'Sprint Flow: Open Sprint Dashboard', text: 'Sprint goals' },
  { name: 'team-report', command: 'Sprint Flow: Open Team Report', text: 'Work balance' },
  { name: 'sprint-review', command: 'Sprint Flow: Open Sprint Review', text: 'Committed at the start' },
];
const THEMES = [
  { suffix: '', theme: 'Default Light Modern' },
  { suffix: '-dark', theme: 'Default Dark Modern' },
];

const { only } = parseArgs({ options: { only: { type: 'string' } } }).values;
const closers = [];
const closeAll = async () => { for (const close of closers.splice(0).reverse()) await close().catch(() => {}); };
process.on('SIGINT', () => closeAll().then(() => process.exit(130)));

async function main() {
  build();
  const github = await startFakeGitHub(closers);
  for (const { suffix, theme } of THEMES) {
    const session = [];
    const url = await openDemo(github, session, { userSettings: { 'workbench.colorTheme': theme } });
    const browser = await launchChromium();
    session.push(() => browser.close());
    try {
      for (const shot of SHOTS.filter(s => !only || s.name === only)) {
        const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
        await page.goto(url, { timeout: 120_000 });
        if (!(await showMySprint(page, 420))) throw new Error('My Sprint showed no rows');
        if (shot.command) await runCommand(page, shot.command, shot.text);
        const file = path.join(ROOT, 'media/screenshots', `${shot.name}${suffix}.png`);
        await page.screenshot({ path: file });
        console.log(`Wrote ${path.relative(ROOT, file)}`);
        await page.close();
      }
    } finally {
      for (const close of session.reverse()) await close().catch(() => {});
    }
  }
}

/** Runs a command from the Command Palette and waits until a webview shows `text`, then a moment to settle. */
async function runCommand(page, command, text) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(`>${command}`);
  await page.locator('.quick-input-list .monaco-list-row').first().waitFor();
  await page.keyboard.press('Enter');
  for (const end = Date.now() + 60_000; ; await page.waitForTimeout(250)) {
    for (const frame of page.frames()) {
      const body = await frame.locator('body').innerText({ timeout: 500 }).catch(() => '');
      if (body.includes(text) && !body.includes('Loading')) {
        await page.mouse.move(1, 890);
        await page.waitForTimeout(1500);
        return;
      }
    }
    if (Date.now() > end) throw new Error(`"${command}" showed no webview with "${text}" within 60 s`);
  }
}

main().then(closeAll, async (e) => { console.error(`npm run screenshots: ${e.message}`); await closeAll(); process.exit(1); });
