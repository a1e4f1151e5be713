// A real git repository in a temporary folder, with a bare repository beside it as its remote "origin".
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export interface TempRepository {
  dir: string;
  git(...args: string[]): string;
  /** Writes a file and commits it; returns the new commit's SHA. */
  commitFile(name: string, content: string, message: string): string;
  /** Removes the folders once the extension host exits. */
  remove(): void;
}

export function tempRepository(): TempRepository {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'sprint-flow-git-'));
  const dir = path.join(base, 'work');
  const remote = path.join(base, 'remote.git');
  const run = (cwd: string, args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();
  fs.mkdirSync(dir);
  run(base, ['init', '--bare', '--quiet', remote]);
  run(dir, ['init', '--quiet', '-b', 'main']);
  run(dir, ['config', 'user.name', 'Mara Jensen']);
  run(dir, ['config', 'user.email', 'mara@example.com']);
  run(dir, ['config', 'commit.gpgsign', 'false']);
  run(dir, ['remote', 'add', 'origin', remote]);
  const repo: TempRepository = {
    dir,
    git: (...args) => run(dir, args),
    commitFile(name, content, message) {
      fs.writeFileSync(path.join(dir, name), content);
      run(dir, ['add', name]);
      run(dir, ['commit', '--quiet', '-m', message]);
      return run(dir, ['rev-parse', 'HEAD']);
    },
    // The Git extension keeps watching the repository after the tests; removing it when the extension host exits
    // spares it from running git in a folder that is gone.
    remove: () => process.once('exit', () => fs.rmSync(base, { recursive: true, force: true })),
  };
  repo.commitFile('README.md', '# Billing webhooks\n', 'Initial commit');
  run(dir, ['push', '--quiet', '-u', 'origin', 'main']);
  return repo;
}
