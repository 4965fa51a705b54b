// A host page on another origin than the app (an article of a news site), for the embed tests:
// test/e2e/host/host.html with the test's snippet in place of <!-- NTM-EMBED -->, plus any extra
// pages a test needs (a hostile third party's). Helper layer: no knowledge of the app.
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';

export interface HostPage {
  /** http://127.0.0.1:<port>/host.html (set in beforeAll). */
  readonly url: string;
  readonly port: number;
  /** What host.html serves in place of <!-- NTM-EMBED -->: set it before opening the page. */
  snippet: string;
}

/** Registers the server's start and stop; `pages` maps other paths to their HTML. */
export function useHostPage(pages: Record<string, string> = {}): HostPage {
  let server: Server | undefined;
  const host = { url: '', port: 0, snippet: '' };
  beforeAll(async () => {
    const template = readFileSync('test/e2e/host/host.html', 'utf8');
    server = createServer((req, res) => {
      const path = (req.url ?? '/').split('?')[0]!;
      const html = path === '/host.html' ? template.replace('<!-- NTM-EMBED -->', host.snippet) : pages[path];
      if (html === undefined) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(html);
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const addr = server.address();
    host.port = typeof addr === 'object' && addr ? addr.port : 0;
    host.url = `http://127.0.0.1:${host.port}/host.html`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  });
  return host;
}
