// node scripts/demo-github.mjs [--port N]
// The demo board for pressing F5 in VS Code ("Run Extension (demo board)" in .vscode/launch.json): starts the fake
// GitHub on a fixed loopback port and writes the settings the Extension Development Host reads, its user settings
// (githubApiUrl has application scope, so only user settings may set it) and a demo workspace pointed at the board.
// Prints the fake GitHub's JSON line once it listens (the launch task waits for it) and runs until stopped.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from './vscode-real/codeServer.mjs';
import { startFakeGitHub } from './demoSession.mjs';

const port = parseArgs({ options: { port: { type: 'string', default: '47011' } } }).values.port;
const demo = path.join(ROOT, '.vscode-test/demo');
const closers = [];
const stop = async () => { for (const close of closers.reverse()) await close().catch(() => {}); process.exit(0); };
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

try {
  const github = await startFakeGitHub(closers, { port });
  writeJson(path.join(demo, 'user-data/User/settings.json'), {
    'sprintFlow.githubApiUrl': github.apiUrl, 'workbench.startupEditor': 'none', 'security.workspace.trust.enabled': false,
  });
  writeJson(path.join(demo, 'workspace/.vscode/settings.json'), { 'sprintFlow.project': github.projectUrl });
  console.log(`Demo board at ${github.projectUrl}, signed in as ${github.login}`);
  console.log(JSON.stringify(github));
} catch (error) {
  console.error(`${error.message} (run npm run compile-tests first)`);
  await stop();
}

function writeJson(file, value) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}
