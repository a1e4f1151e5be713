// The extensionTestsPath module: VS Code loads it into the extension host and awaits run().
// Runs every out/test/integration/**/*.test.js with mocha (BDD), prints "N passed, N failed" as the last line,
// writes the results as JSON to $SPRINT_FLOW_TEST_RESULTS (default test-results/integration.json) and rejects
// when a test failed, which makes VS Code exit non-zero.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';
import { QUIET_REFRESH, useSettings } from './sprintFixture';

interface Results { passed: string[]; failed: { title: string; error: string }[]; pending: string[]; vscode: string; node: string }

export function run(): Promise<void> {
  // A sidebar refresh on the 5-minute timer, at a moment no test chose, would add requests to the counts tests check;
  // the tests of the timer set their own interval and put this one back.
  const rootHooks = { beforeAll: () => useSettings(QUIET_REFRESH) };
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30_000, rootHooks });
  if (process.env.SPRINT_FLOW_TEST_GREP) mocha.grep(process.env.SPRINT_FLOW_TEST_GREP);
  for (const file of testFiles(__dirname)) mocha.addFile(file);

  const resultsFile = process.env.SPRINT_FLOW_TEST_RESULTS ?? path.resolve(__dirname, '../../../test-results/integration.json');
  const results: Results = { passed: [], failed: [], pending: [], vscode: vscode.version, node: process.version };
  return new Promise((resolve, reject) => {
    const runner = mocha.run(() => {
      fs.mkdirSync(path.dirname(resultsFile), { recursive: true });
      fs.writeFileSync(resultsFile, JSON.stringify(results, null, 2));
      console.log(`${results.passed.length} passed, ${results.failed.length} failed`);
      if (results.failed.length > 0) reject(new Error(`${results.failed.length} integration test(s) failed`));
      else resolve();
    });
    runner.on('pass', test => results.passed.push(test.fullTitle()));
    runner.on('pending', test => results.pending.push(test.fullTitle()));
    // 'fail' also fires for hooks, so a broken before() counts as a failure.
    runner.on('fail', (test, err) => results.failed.push({ title: test.fullTitle(), error: String(err?.stack ?? err) }));
  });
}

function testFiles(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter(f => f.endsWith('.test.js'))
    .sort()
    .map(f => path.join(dir, f));
}
