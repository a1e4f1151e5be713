// The sizes a user downloads: the extension's bundle (built for production by the bench runner before this
// runs), the webview scripts beside it, and the .vsix that `npm run package` makes from them.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BenchFigure } from './figures';

const ROOT = path.resolve(__dirname, '../../..');
const SECTION = 'Sizes (1 KB = 1,024 bytes, as vsce counts)';
const VSIX = path.join(ROOT, 'sprint-flow.vsix');

const kilobytes = (file: string) => fs.statSync(path.join(ROOT, file)).size / 1024;

export async function measure(): Promise<BenchFigure[]> {
  const bundle = 'dist/extension.js';
  if (fs.readFileSync(path.join(ROOT, bundle), 'utf8').trimEnd().split('\n').pop()?.startsWith('//# sourceMappingURL')) {
    throw new Error(`${bundle} is a development build (it has a source map): run the bench through npm run bench, which builds for production.`);
  }
  fs.rmSync(VSIX, { force: true });
  const packaged = spawnSync('npm', ['run', '--silent', 'package'], { cwd: ROOT, encoding: 'utf8' });
  if (packaged.status !== 0 || !fs.existsSync(VSIX)) {
    throw new Error(`npm run package failed (exit ${packaged.status}):\n${packaged.stdout}\n${packaged.stderr}`);
  }
  const webviewScripts = ['dist/webview/dashboard.js', 'dist/webview/teamReport.js'];
  return [
    { section: SECTION, name: `${bundle} (minified, one bundle with Octokit)`, value: kilobytes(bundle), unit: 'KB', target: { atMost: 600 } },
    { section: SECTION, name: 'webview scripts (dashboard.js + teamReport.js)', value: webviewScripts.reduce((sum, f) => sum + kilobytes(f), 0), unit: 'KB' },
    { section: SECTION, name: 'sprint-flow.vsix (npm run package)', value: kilobytes(path.basename(VSIX)), unit: 'KB', ...vsixNote(packaged.stdout) },
  ];
}

/** vsce ends with "Packaged: sprint-flow.vsix (12 files, 223.08 KB)". */
function vsixNote(output: string): { note?: string } {
  const files = /\((\d+) files,/.exec(output)?.[1];
  return files ? { note: `${files} files` } : {};
}
