// The extensionTestsPath module of a bench session: VS Code loads it into the extension host and awaits run(), which
// runs the step named in the environment and writes what it measured to the result file (see protocol.ts). A
// rejection makes the window exit non-zero, and the bench reports the session's output.
import * as fs from 'node:fs';
import { GITHUB_VARIABLE, GitHubUnderTest, RESULT_FILE_VARIABLE, STEP_VARIABLE, StepResult } from './protocol';
import { fillCache, loadLargeBoard, openFromCache } from './steps';

const STEPS: Record<string, (github: GitHubUnderTest) => Promise<StepResult>> = { fillCache, openFromCache, loadLargeBoard };

export async function run(): Promise<void> {
  const step = STEPS[process.env[STEP_VARIABLE] ?? ''];
  const resultFile = process.env[RESULT_FILE_VARIABLE];
  const github = process.env[GITHUB_VARIABLE];
  if (!step || !resultFile || !github) {
    throw new Error(`A bench session needs ${STEP_VARIABLE} (one of ${Object.keys(STEPS).join(', ')}), ${RESULT_FILE_VARIABLE} and ${GITHUB_VARIABLE}.`);
  }
  const result = await step(JSON.parse(github) as GitHubUnderTest);
  fs.writeFileSync(resultFile, JSON.stringify(result, null, 2));
}
