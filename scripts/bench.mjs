// npm run bench [-- --only NAME]
// Builds for production, compiles the tests, then runs every out/test/bench/*.bench.js module's measure() one after
// another (each measures in one run against the local GitHub or a real VS Code). Prints a table, writes
// bench/results.json with the machine it ran on, and exits 1 when a figure misses the target its issue set.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const { only } = parseArgs({ options: { only: { type: 'string' } } }).values;

function sh(cmd, args) {
  console.log(`> ${[cmd, ...args].join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) process.exit(1);
}

sh('node', ['esbuild.mjs', '--production']);
sh('npm', ['run', '--silent', 'compile-tests']);

const benchDir = path.join(ROOT, 'out/test/bench');
const modules = fs.readdirSync(benchDir).filter((f) => f.endsWith('.bench.js') && (!only || f.startsWith(only))).sort();
if (modules.length === 0) throw new Error(`No bench module matches ${only ?? '*'} in ${benchDir}.`);

const figures = [];
for (const file of modules) {
  console.log(`\n> ${file}`);
  const started = performance.now();
  const { measure } = await import(pathToFileURL(path.join(benchDir, file)).href);
  figures.push(...(await measure()));
  console.log(`  done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

const machine = {
  cpu: os.cpus()[0]?.model ?? 'unknown',
  cores: os.cpus().length,
  memoryGiB: Math.round(os.totalmem() / 2 ** 30),
  os: `${os.type()} ${os.release()}`,
  node: process.version,
  date: new Date().toISOString(),
};

const met = (f) => !f.target || ((f.target.atMost === undefined || f.value <= f.target.atMost) && (f.target.atLeast === undefined || f.value >= f.target.atLeast));
const targetText = (f) => (!f.target ? '' : [f.target.atMost !== undefined ? `≤ ${f.target.atMost}` : '', f.target.atLeast !== undefined ? `≥ ${f.target.atLeast}` : ''].filter(Boolean).join(' and '));
const valueText = (f) => `${Number.isInteger(f.value) ? f.value.toLocaleString('en-US') : f.value.toFixed(f.value < 10 ? 2 : 1)} ${f.unit}`;

console.log(`\nMachine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.os}, Node ${machine.node}`);
for (const section of [...new Set(figures.map((f) => f.section))]) {
  console.log(`\n${section}`);
  const rows = figures.filter((f) => f.section === section);
  const width = Math.max(...rows.map((f) => f.name.length));
  for (const f of rows) {
    const verdict = f.target ? (met(f) ? `  target ${targetText(f)} ✓` : `  target ${targetText(f)} ✗ MISSED`) : '';
    console.log(`  ${f.name.padEnd(width)}  ${valueText(f).padStart(14)}${verdict}`);
    if (f.note) console.log(`  ${''.padEnd(width)}  (${f.note})`);
  }
}

fs.mkdirSync(path.join(ROOT, 'bench'), { recursive: true });
fs.writeFileSync(path.join(ROOT, 'bench/results.json'), `${JSON.stringify({ machine, figures: figures.map((f) => ({ ...f, met: met(f) })) }, null, 2)}\n`);
const missed = figures.filter((f) => !met(f));
console.log(`\n${figures.length} figures, ${missed.length} missed their target; written to bench/results.json`);
process.exit(missed.length > 0 ? 1 : 0);
