// node scripts/render-icon.mjs: renders media/icon.png (128×128, the Marketplace icon) from the activity-bar
// artwork media/sprint-flow.svg, drawn in white on a rounded tile, with the headless chromium of scripts/vscode-real.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, launchChromium } from './vscode-real/codeServer.mjs';

const artwork = fs.readFileSync(path.join(ROOT, 'media/sprint-flow.svg'), 'utf8')
  .replace('stroke="currentColor"', 'stroke="#ffffff"')
  .replace('width="24" height="24"', 'width="84" height="84"');
const html = `<html><body style="margin:0;background:transparent">
<div style="width:128px;height:128px;border-radius:24px;display:flex;align-items:center;justify-content:center;
background:linear-gradient(135deg,#2f81f7 0%,#1a5fb4 100%)">${artwork}</div></body></html>`;

const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 128, height: 128 } });
await page.setContent(html);
await page.screenshot({ path: path.join(ROOT, 'media/icon.png'), omitBackground: true });
await browser.close();
console.log('Wrote media/icon.png');
