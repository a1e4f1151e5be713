// npm test [-- --only unit|integration]
// Builds, runs the unit and contract tests with mocha, then the integration tests inside a real VS Code
// (code-server + headless chromium, see scripts/vscode-real/) through @vscode/test-electron's runTests.
// Ends with one line "N passed, N failed" over all suites; exits non-zero if anything failed, including a
// VS Code that cannot be installed or started (never skipped).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT, install } from './vscode-real/codeServer.mjs';

const { only } = parseArgs({ options: { only: { type: 'string' } } }).values;
if (only && !['unit', 'integration'].includes(only)) throw new Error(`--only unit|integration, not ${only}`);
const require = createRequire(import.meta.url);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sprint-flow-test-'));
const total = { passed: 0, failed: 0 };

function sh(cmd, args) {
  console.log(`\n> ${[cmd, ...args].join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit' });
  return r.status === 0;
}

/** Adds a suite's counts from its results file; a suite that wrote none, or whose run failed with no failed test
 *  to show for it (a crash, a timeout), counts as one failure. */
function addCounts(file, suite, runOk = true) {
  let counts;
  try { counts = JSON.parse(fs.readFileSync(file, 'utf8')); } catch { /* counted below */ }
  const n = v => (Array.isArray(v) ? v.length : v); // the integration results list test titles
  if (counts) { total.passed += n(counts.passed); total.failed += n(counts.failed); }
  if (!counts || (!runOk && n(counts.failed) === 0)) {
    console.error(`${suite}: ${counts ? 'the run failed' : 'no results were written'}; counting that as one failure`);
    total.failed += 1;
  }
}

function finish() {
  fs.rmSync(tmp, { recursive: true, force: true });
  console.log(`\n${total.passed} passed, ${total.failed} failed`);
  process.exit(total.failed > 0 ? 1 : 0);
}

// Building is part of the test: a type error or a broken bundle fails the run.
if (only !== 'unit' && !sh('npm', ['run', '--silent', 'build'])) { total.failed += 1; finish(); }
if (!sh('npm', ['run', '--silent', 'compile-tests'])) { total.failed += 1; finish(); }

if (only !== 'integration') {
  const out = path.join(tmp, 'unit.json');
  const ok = sh(process.execPath, [require.resolve('mocha/bin/mocha.js'), '--config', '.mocharc.json',
    '--reporter', path.join(ROOT, 'scripts/mocha-count-reporter.cjs'), '--reporter-option', `out=${out}`]);
  addCounts(out, 'unit and contract tests', ok);
}

if (only !== 'unit') {
  const results = path.join(tmp, 'integration.json');
  let ok = true;
  try {
    install();
    const workspace = path.join(tmp, 'workspace');
    fs.mkdirSync(workspace);
    const { runTests } = require('@vscode/test-electron');
    console.log('\n> integration tests in a real VS Code');
    await runTests({
      vscodeExecutablePath: path.join(ROOT, 'scripts/vscode-real/code-shim.sh'),
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: path.join(ROOT, 'out/test/integration/index.js'),
      launchArgs: [workspace],
      extensionTestsEnv: { SPRINT_FLOW_TEST_RESULTS: results },
    });
  } catch (e) {
    ok = false;
    console.error(`integration tests: ${e.message}`);
  }
  addCounts(results, 'integration tests', ok);
}
finish();
