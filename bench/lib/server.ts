// One static server for the benchmark, on 127.0.0.1: the app and the reference pages, gzip-encoded
// as a production host would (precompressed once, level 9), with the caching a static host should
// send: hashed assets `immutable` for a year, everything else `no-cache` + ETag (revalidated, 304).
import { createServer, type Server } from 'node:http';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.pmtiles': 'application/octet-stream',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.geojson', '.svg']);

interface Entry {
  raw: Buffer;
  gz: Buffer | null;
  etag: string;
  mtime: number;
}

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** Serves `root` (a directory) at http://127.0.0.1:<port>/. Supports Range for .pmtiles. */
export async function serveStatic(root: string, port = 0): Promise<StaticServer> {
  const base = resolve(root);
  const cache = new Map<string, Entry>();
  const load = (file: string): Entry => {
    const mtime = statSync(file).mtimeMs;
    const hit = cache.get(file);
    if (hit && hit.mtime === mtime) return hit;
    const raw = readFileSync(file);
    const ext = extname(file);
    const e: Entry = {
      raw,
      gz: COMPRESSIBLE.has(ext) ? gzipSync(raw, { level: 9 }) : null,
      etag: `"${createHash('sha1').update(raw).digest('hex').slice(0, 16)}"`,
      mtime,
    };
    cache.set(file, e);
    return e;
  };
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let path = normalize(decodeURIComponent(url.pathname));
    if (path.endsWith('/')) path += 'index.html';
    const file = join(base, path);
    if (!file.startsWith(base) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    const ext = extname(file);
    const e = load(file);
    const hashed = /\/assets\//.test(path);
    const headers: Record<string, string> = {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      etag: e.etag,
      vary: 'accept-encoding',
      'accept-ranges': 'bytes',
    };
    if (req.headers['if-none-match'] === e.etag) {
      res.writeHead(304, headers);
      res.end();
      return;
    }
    const range = req.headers.range;
    if (range && ext === '.pmtiles') {
      const m = /bytes=(\d+)-(\d*)/.exec(range);
      if (m) {
        const start = Number(m[1]);
        const end = m[2] ? Math.min(Number(m[2]), e.raw.length - 1) : e.raw.length - 1;
        res.writeHead(206, { ...headers, 'content-range': `bytes ${start}-${end}/${e.raw.length}`, 'content-length': String(end - start + 1) });
        res.end(e.raw.subarray(start, end + 1));
        return;
      }
    }
    const gzipOk = e.gz && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const body = gzipOk ? e.gz! : e.raw;
    if (gzipOk) headers['content-encoding'] = 'gzip';
    headers['content-length'] = String(body.length);
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
  const addr = server.address();
  const p = typeof addr === 'object' && addr ? addr.port : port;
  return {
    url: `http://127.0.0.1:${p}/`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
