/**
 * Runs the fake GitHub with the demo board until SIGINT/SIGTERM:
 *   node out/test/fake-github/cli.js [--port N] [--no-items-query] [--board-items N]
 * Prints one JSON line once listening: {"apiUrl","origin","token","login","projectUrl"}.
 */
import { DEMO_LOGIN, DEMO_TOKEN, demoBoard, demoProjectUrl } from './demo';
import { startFakeGitHub } from './server';

async function main(argv: string[]): Promise<void> {
  let port = 0;
  let itemsQuery = true;
  let boardItems: number | undefined;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--port') {
      port = Number(argv[++i]);
    } else if (arg.startsWith('--port=')) {
      port = Number(arg.slice('--port='.length));
    } else if (arg === '--no-items-query') {
      itemsQuery = false;
    } else if (arg === '--board-items') {
      boardItems = Number(argv[++i]);
      if (!Number.isInteger(boardItems) || boardItems < 20) {
        throw new Error('--board-items needs a whole number of at least 20.');
      }
    } else {
      throw new Error(`Unknown argument ${arg}. Usage: cli.js [--port N] [--no-items-query] [--board-items N]`);
    }
  }
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error('--port needs a number between 0 and 65535.');
  }
  const github = await startFakeGitHub({ port, switches: { itemsQuery }, ...(boardItems ? { state: demoBoard({ boardItems }) } : {}) });
  process.stdout.write(
    `${JSON.stringify({ apiUrl: github.apiUrl, origin: github.origin, token: DEMO_TOKEN, login: DEMO_LOGIN, projectUrl: demoProjectUrl(github.origin) })}\n`,
  );
  const stop = () => {
    github.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
