// Opens a real VS Code window (code-server and headless chromium, scripts/vscode-real/run.mjs) with the bench session
// module as its extensionTestsPath, runs one step in it and returns what the step measured.
// SPRINT_FLOW_BENCH_VERBOSE=1 prints each window's output (the workbench's and extension host's log lines).
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { GITHUB_VARIABLE, GitHubUnderTest, RESULT_FILE_VARIABLE, STEP_VARIABLE, YARDSTICK_FIRST_VARIABLE, YARDSTICK_ROWS_VARIABLE } from './protocol';

const ROOT = path.resolve(__dirname, '../../../..');

export interface WindowOptions {
  step: 'fillCache' | 'openFromCache' | 'loadLargeBoard';
  github: GitHubUnderTest & { token: string };
  /** The workspace folder the window opens. */
  folder: string;
  /** A directory that keeps the window's state for a later window (VSCODE_REAL_SESSION); none: all fresh. */
  session?: string;
  /** The file of My Sprint's rows that the tree yardstick serves (written by fillCache, read by later windows). */
  yardstickRows?: string;
  /** openFromCache: time the yardstick before My Sprint instead of after. */
  yardstickFirst?: boolean;
}

/** run.mjs exits with 2 when the window could not be opened at all (on a busy machine, a page load over 30 s). */
const COULD_NOT_OPEN = 2;
const ATTEMPTS = 3;

export async function inVSCode<T>(options: WindowOptions): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    const outcome = await openWindow<T>(options);
    if ('result' in outcome) {
      return outcome.result;
    }
    if (outcome.code !== COULD_NOT_OPEN || attempt === ATTEMPTS) {
      throw new Error(`The VS Code window for "${options.step}" failed (exit ${outcome.code}):\n${outcome.output.split('\n').slice(-40).join('\n')}`);
    }
    console.log(`  the window for ${options.step} could not open (attempt ${attempt} of ${ATTEMPTS}); trying again`);
  }
}

async function openWindow<T>({ step, github, folder, session, yardstickRows, yardstickFirst }: WindowOptions): Promise<{ result: T } | { code: number | null; output: string }> {
  const resultFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sprint-flow-bench-')), 'result.json');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    VSCODE_REAL_UI_CHECKS: path.join(ROOT, 'out/test/integration/ui'),
    SPRINT_FLOW_TOKEN: github.token,
    SPRINT_FLOW_TOKEN_HOST: new URL(github.apiUrl).host,
    [STEP_VARIABLE]: step,
    [RESULT_FILE_VARIABLE]: resultFile,
    [GITHUB_VARIABLE]: JSON.stringify({ apiUrl: github.apiUrl, projectUrl: github.projectUrl }),
    ...(session ? { VSCODE_REAL_SESSION: session } : {}),
    ...(yardstickRows ? { [YARDSTICK_ROWS_VARIABLE]: yardstickRows } : {}),
    ...(yardstickFirst ? { [YARDSTICK_FIRST_VARIABLE]: '1' } : {}),
  };
  const args = [
    path.join(ROOT, 'scripts/vscode-real/run.mjs'),
    `--extensionDevelopmentPath=${ROOT}`,
    `--extensionTestsPath=${path.join(ROOT, 'out/test/bench/vscode/session.js')}`,
    folder,
  ];
  const started = performance.now();
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (process.env.SPRINT_FLOW_BENCH_VERBOSE) console.log(output);
  console.log(`  a VS Code window for ${step}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  try {
    return code === 0 && fs.existsSync(resultFile) ? { result: JSON.parse(fs.readFileSync(resultFile, 'utf8')) as T } : { code, output };
  } finally {
    fs.rmSync(path.dirname(resultFile), { recursive: true, force: true });
  }
}
