// The Content-Security-Policy the production build runs under (issue #6): the text deployers send
// (docs/DEPLOY.md), and a Vite plugin that serves it from `vite preview`, so every browser test
// runs under it, and writes it for this exact build to dist/csp.txt.
//
// The build inlines its entry CSS as one <style> (issue #7, first paint from the HTML alone) and
// the first view's watchdog as one <script> (issue 17, scripts/lib/watchdog.ts): both are allowed
// by their SHA-256 hashes, which change whenever the CSS or the watchdog changes, so the policy is
// computed from the built HTML rather than written by hand. No 'unsafe-inline'.
//
// Framing (issue 17): two policies that differ only in `frame-ancestors`. The full app (csp.txt)
// may be framed by its own site only; the embed page, embed.html (csp-embed.txt), by any site.
// Embed codes made before embed.html existed point at index.html?…&embed=1: the server redirects
// those to embed.html (docs/DEPLOY.md has the nginx and Apache rules; `vite preview` does the same
// here), so the document that is framed is always the embed page, which shows nothing else.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { EMBED_PAGE, isEmbedPath } from '../../src/url/embedPage.ts';

/** Directives, each with its reason (docs/DEPLOY.md explains them for deployers). */
export const CSP_DIRECTIVES: readonly (readonly [string, string])[] = [
  // Nothing is allowed unless listed below.
  ['default-src', "'self'"],
  // Only our own bundled scripts and the watchdog by hash (added at build time): no other inline
  // script, no eval (the build has none).
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
  // The full app: framed by its own site only (the embed page's policy says `*`: FRAME_ANCESTORS).
  ['frame-ancestors', "'self'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
  ['object-src', "'none'"],
];

/** Who may frame each page: the full app its own site, the embed page anyone (news sites). */
export const FRAME_ANCESTORS = { app: "'self'", embed: '*' } as const;
export type PolicyKind = keyof typeof FRAME_ANCESTORS;
/** The policy files the build writes next to index.html. */
export const POLICY_FILES: Record<PolicyKind, string> = { app: 'csp.txt', embed: 'csp-embed.txt' };

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** `'sha256-…'` sources of every inline <style> in an HTML document. */
export function inlineStyleHashes(html: string): string[] {
  return [...new Set([...html.matchAll(/<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/gi)].map((m) => sha256(m[1]!)))];
}

/** `'sha256-…'` sources of every inline <script> with content (the watchdog) in an HTML document. */
export function inlineScriptHashes(html: string): string[] {
  return [...new Set(inlineScriptBodies(html).map(sha256))];
}

function inlineScriptBodies(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter((m) => !/\bsrc\s*=/.test(m[1]!) && m[2]!.trim() !== '')
    .map((m) => m[2]!);
}

/** Inline <script> elements with content, their first 80 characters (only the watchdog may be one). */
export function inlineScripts(html: string): string[] {
  return inlineScriptBodies(html).map((b) => b.slice(0, 80));
}

export interface InlineHashes {
  styles?: readonly string[];
  scripts?: readonly string[];
}

/** The header value for a build whose HTML files contain these inline styles and scripts. */
export function contentSecurityPolicy(hashes: InlineHashes = {}, kind: PolicyKind = 'app'): string {
  const extra: Record<string, readonly string[] | undefined> = { 'style-src': hashes.styles, 'script-src': hashes.scripts };
  return CSP_DIRECTIVES.map(([k, v]) => {
    const value = k === 'frame-ancestors' ? FRAME_ANCESTORS[kind] : v;
    const more = extra[k];
    return more?.length ? `${k} ${value} ${more.join(' ')}` : `${k} ${value}`;
  }).join('; ');
}

/** The policy for the built site in `dir` (hashes of the inline styles and scripts of all its HTML files). */
export function policyForBuild(dir: string, kind: PolicyKind = 'app'): string {
  const pages = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.html')).map((f) => readFileSync(join(dir, f), 'utf8')) : [];
  return contentSecurityPolicy(
    { styles: [...new Set(pages.flatMap(inlineStyleHashes))], scripts: [...new Set(pages.flatMap(inlineScriptHashes))] },
    kind,
  );
}

/** An old embed code's request (index.html?…&embed=1, any occurrence): where it is redirected. */
export function embedRedirect(url: string): string | null {
  const u = new URL(url, 'http://x');
  if (!/(^|\/)(index\.html)?$/.test(u.pathname) || !/(^|&)embed=1(&|$)/.test(u.search.slice(1))) return null;
  return `${u.pathname.replace(/index\.html$/, '')}${EMBED_PAGE}${u.search}`;
}

/** Writes dist/csp.txt and dist/csp-embed.txt after a build, and serves `vite preview` as
 *  docs/DEPLOY.md tells a server to: the embed policy for embed.html, the app's for the rest, and
 *  old embed codes redirected to embed.html. */
export function cspPlugin(): Plugin {
  let outDir = 'dist';
  return {
    name: 'ntm-csp',
    configResolved(c) {
      outDir = resolve(c.root, c.build.outDir);
    },
    closeBundle() {
      if (!existsSync(join(outDir, 'index.html'))) return;
      for (const kind of ['app', 'embed'] as const) writeFileSync(join(outDir, POLICY_FILES[kind]), `${policyForBuild(outDir, kind)}\n`);
    },
    configurePreviewServer(server) {
      const policy = { app: policyForBuild(outDir, 'app'), embed: policyForBuild(outDir, 'embed') };
      server.middlewares.use((req, res, next) => {
        const to = embedRedirect(req.url ?? '/');
        if (to) {
          res.writeHead(301, { Location: to, 'Content-Security-Policy': policy.app }).end();
          return;
        }
        const path = new URL(req.url ?? '/', 'http://x').pathname;
        res.setHeader('Content-Security-Policy', isEmbedPath(path) ? policy.embed : policy.app);
        next();
      });
    },
  };
}
