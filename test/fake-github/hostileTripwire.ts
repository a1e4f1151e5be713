/**
 * The tripwire server the hostile strings point at (images, stylesheets, fetches, form actions): any request it
 * gets means a string was parsed as HTML, CSS or Markdown somewhere. It answers nothing useful and records the path.
 */
import { createServer } from 'node:http';
import { AddressInfo } from 'node:net';

export interface Tripwire {
  origin: string;
  /** Paths requested so far, oldest first. */
  hits: string[];
  close(): Promise<void>;
}

export async function startTripwire(): Promise<Tripwire> {
  const hits: string[] = [];
  const server = createServer((req, res) => {
    hits.push(req.url ?? '/');
    res.writeHead(204);
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    hits,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
