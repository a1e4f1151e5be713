// The fake GitHub in a process of its own (out/test/fake-github/cli.js), so that its board does not count in the
// extension host's memory, with its switches set over HTTP.
import { ChildProcess, spawn } from 'node:child_process';
import * as path from 'node:path';
import * as readline from 'node:readline';
import { GitHubUnderTest } from './protocol';

const CLI = path.resolve(__dirname, '../../fake-github/cli.js');

type LoggedRequest = { method: string; path: string; status: number };

export interface LocalGitHub extends GitHubUnderTest {
  origin: string;
  token: string;
  switches(values: Record<string, unknown>): Promise<void>;
  /** The requests it received, with the status it answered (0: none yet, or the socket was dropped). */
  requests(): Promise<LoggedRequest[]>;
  clearRequests(): Promise<void>;
  close(): Promise<void>;
}

export async function startLocalGitHub(args: string[] = []): Promise<LocalGitHub> {
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const info = await new Promise<{ apiUrl: string; origin: string; token: string; projectUrl: string }>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`The fake GitHub exited (${code}) before it was ready: ${stderr}`)));
    readline.createInterface({ input: child.stdout }).once('line', (line) => resolve(JSON.parse(line)));
  });
  const control = async (method: string, route: string, body?: unknown): Promise<unknown> => {
    const response = await fetch(`${info.origin}/_fake/${route}`, { method, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    if (!response.ok) {
      throw new Error(`The fake GitHub answered ${response.status} to ${method} /_fake/${route}.`);
    }
    const text = await response.text();
    return text ? JSON.parse(text) : undefined;
  };
  return {
    ...info,
    switches: async (values) => void (await control('POST', 'switches', values)),
    requests: async () => (await control('GET', 'requests')) as LoggedRequest[],
    clearRequests: async () => void (await control('DELETE', 'requests')),
    close: () => stop(child),
  };
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
