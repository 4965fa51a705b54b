// The Content-Security-Policy the production build runs under (issue #6): the text deployers send
// (docs/DEPLOY.md), and a Vite plugin that serves it from `vite preview`, so every browser test
// runs under it, and writes it for this exact build to dist/csp.txt.
//
// The build inlines its entry CSS as one <style> (issue #7, first paint from the HTML alone):
// that element is allowed by its SHA-256 hash, which changes whenever the CSS changes, so the
// policy is computed from the built index.html rather than written by hand. No 'unsafe-inline'.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

/** Directives, each with its reason (docs/DEPLOY.md explains them for deployers). */
export const CSP_DIRECTIVES: readonly (readonly [string, string])[] = [
  // Nothing is allowed unless listed below.
  ['default-src', "'self'"],
  // Only our own bundled scripts: no inline scripts, no eval (the build has none).
  ['script-src', "'self'"],
  // MapLibre's worker is our own file; MapLibre wraps it in a blob: URL when the assets are
  // served from another origin (a CDN), so blob: is allowed too.
  ['worker-src', "'self' blob:"],
  // Our CSS files plus the inlined entry CSS by hash (added at build time). MapLibre and React set
  // element.style through the CSSOM, which a CSP does not block; the build has no style="" attributes.
  ['style-src', "'self'"],
  // OpenStreetMap basemap tiles (decoded from blob: URLs); data: for the print snapshot.
  ['img-src', "'self' data: blob: https://tile.openstreetmap.org"],
  // Our data files; MapLibre fetches the OSM tiles with fetch().
  ['connect-src', "'self' https://tile.openstreetmap.org"],
  ['font-src', "'self'"],
  // The embed view is meant to be framed by any news site.
  ['frame-ancestors', '*'],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
  ['object-src', "'none'"],
];

/** `'sha256-…'` sources of every inline <style> in an HTML document. */
export function inlineStyleHashes(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/gi)) {
    out.push(`'sha256-${createHash('sha256').update(m[1]!, 'utf8').digest('base64')}'`);
  }
  return [...new Set(out)];
}

/** Inline <script> elements with content (the policy forbids them; the build must have none). */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter((m) => !/\bsrc\s*=/.test(m[1]!) && m[2]!.trim() !== '')
    .map((m) => m[2]!.slice(0, 80));
}

/** The header value for a build whose HTML files contain these inline styles. */
export function contentSecurityPolicy(styleHashes: readonly string[] = []): string {
  return CSP_DIRECTIVES.map(([k, v]) => (k === 'style-src' && styleHashes.length ? `${k} ${v} ${styleHashes.join(' ')}` : `${k} ${v}`)).join('; ');
}

/** The policy for the built site in `dir` (hashes of the inline styles of all its HTML files). */
export function policyForBuild(dir: string): string {
  const hashes = existsSync(dir)
    ? readdirSync(dir).filter((f) => f.endsWith('.html')).flatMap((f) => inlineStyleHashes(readFileSync(join(dir, f), 'utf8')))
    : [];
  return contentSecurityPolicy([...new Set(hashes)]);
}

/** Writes dist/csp.txt after a build and sends the policy from `vite preview`. */
export function cspPlugin(): Plugin {
  let outDir = 'dist';
  return {
    name: 'ntm-csp',
    configResolved(c) {
      outDir = resolve(c.root, c.build.outDir);
    },
    closeBundle() {
      if (existsSync(join(outDir, 'index.html'))) writeFileSync(join(outDir, 'csp.txt'), `${policyForBuild(outDir)}\n`);
    },
    configurePreviewServer(server) {
      const policy = policyForBuild(outDir);
      server.middlewares.use((_req, res, next) => {
        res.setHeader('Content-Security-Policy', policy);
        next();
      });
    },
  };
}
