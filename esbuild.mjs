import * as esbuild from 'esbuild';
import fs from 'node:fs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = { bundle: true, minify: production, sourcemap: !production, logLevel: 'info' };

/** The codicon font and its CSS ship inside dist/webview: webviews may load nothing from outside it. */
function copyCodicons() {
  fs.mkdirSync('dist/webview/codicons', { recursive: true });
  for (const file of ['codicon.css', 'codicon.ttf']) {
    fs.copyFileSync(`node_modules/@vscode/codicons/dist/${file}`, `dist/webview/codicons/${file}`);
  }
}

const contexts = await Promise.all([
  esbuild.context({
    ...common,
    entryPoints: ['src/extension.ts'],
    outfile: 'dist/extension.js',
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['vscode'],
  }),
  esbuild.context({
    ...common,
    entryPoints: { dashboard: 'src/webview/dashboard/main.ts', teamReport: 'src/webview/teamReport/main.ts', teamStandup: 'src/webview/standup/main.ts', sprintReview: 'src/webview/review/main.ts', webview: 'src/webview/webview.css' },
    outdir: 'dist/webview',
    platform: 'browser',
    target: 'es2022',
    format: 'iife',
    tsconfig: 'src/webview/tsconfig.json',
  }),
]);

copyCodicons();
if (watch) {
  await Promise.all(contexts.map((ctx) => ctx.watch()));
} else {
  await Promise.all(contexts.map((ctx) => ctx.rebuild()));
  await Promise.all(contexts.map((ctx) => ctx.dispose()));
}
