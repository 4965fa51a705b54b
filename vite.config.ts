import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { cspPlugin } from './scripts/lib/csp.ts';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DATA_URLS } from './src/data/urls.ts';
import { firstViewImage } from './scripts/lib/firstViewInline.ts';
import { publishPlugin } from './scripts/lib/publish.ts';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * Instant first view (issue #7). When the data build has written public/data/first-view-inline.svg
 * and first-view.json, the page's HTML carries:
 *  - `data-first-view="true"` on <html>, set statically (no inline script: a strict CSP can forbid
 *    them). It means "this document paints the first useful view without JS"; the benchmark times
 *    the first paint of such a document;
 *  - in #root, a shell with the app's own layout classes: header, the static legend, and the picture
 *    in the map's place (an <img> of the SVG: scripts/lib/firstViewInline.ts says why). src/ui/FirstView.tsx adopts those nodes when React starts, so nothing moves;
 *  - (build only) the entry CSS inlined as <style>, so the first paint needs the HTML alone: on a slow
 *    3G link every extra request costs a 2 s round trip. With a strict CSP, allow it by hash
 *    (`style-src 'sha256-…'`, printed at build time). MapLibre's own CSS stays in its lazy chunk.
 */
/** Modules the app imports dynamically at start (src/App.tsx, called from src/main.tsx). */
const START_CHUNKS = ['/src/map/MapView.tsx'];

function firstViewPlugin(): Plugin {
  const dataDir = resolve(import.meta.dirname, 'public', 'data');
  let isBuild = false;
  return {
    name: 'ntm-first-view',
    configResolved(c) {
      isBuild = c.command === 'build';
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        // Only the map's page: the officers' desk (desk.html, issue 16) has no first view.
        if (/desk\.html$/.test(ctx.path)) return html;
        const svgFile = resolve(dataDir, 'first-view-inline.svg');
        const metaFile = resolve(dataDir, 'first-view.json');
        if (!existsSync(svgFile) || !existsSync(metaFile)) return html;
        const svg = readFileSync(svgFile, 'utf8');
        const image = firstViewImage(svg);
        const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as { legendHtml: string; title: string; subtitle: string };
        const shell =
          `<div class="app"><header class="app-header"><div class="app-header-text">` +
          `<h1 class="app-title">${escapeHtml(meta.title)}</h1><p class="app-subtitle">${escapeHtml(meta.subtitle)}</p></div>` +
          `<div class="app-header-actions fv-actions"></div></header>` +
          `<div class="layout"><aside class="controls"><div id="ntm-first-view-legend">${meta.legendHtml}</div></aside>` +
          `<main class="main"><div class="tabs fv-tabs"></div><section class="map-section"><div class="map-wrap">` +
          `<div class="first-view" id="ntm-first-view">${image}</div></div></section></main><aside class="panel"></aside></div></div>`;
        let out = html
          .replace(/<html([^>]*)>/, (m, attrs: string) => (attrs.includes('data-first-view') ? m : `<html${attrs} data-first-view="true">`))
          .replace('<div id="root"></div>', `<div id="root">${shell}</div>`);
        // Issue #7: start the data and the map chunk (MapLibre, ≈300 KB gzip) with the HTML, not after
        // the entry script has run: the entry would otherwise discover them one after the other.
        const preloads = [
          ...Object.values(DATA_URLS).map((u) => `<link rel="preload" href="./${u}" as="fetch" crossorigin>`),
        ];
        if (isBuild && ctx.bundle) {
          // The chunks the app imports dynamically at start (START_CHUNKS: the map view with MapLibre),
          // with what they import: fetched and compiled while the HTML paints, not discovered one
          // after the other.
          const bundle = ctx.bundle;
          // (Rolldown may merge a dynamically imported module into a shared chunk: look it up by module.)
          const chunkOf = (suffix: string) =>
            Object.values(bundle).find((c) => c.type === 'chunk' && c.moduleIds.some((m) => m.endsWith(suffix)));
          const entry = Object.values(bundle).find((c) => c.type === 'chunk' && c.isEntry);
          const seen = new Set<string>(entry && entry.type === 'chunk' ? [entry.fileName, ...entry.imports] : []);
          const visit = (fileName: string) => {
            if (seen.has(fileName)) return;
            seen.add(fileName);
            const c = bundle[fileName];
            if (!c || c.type !== 'chunk') return;
            for (const dep of c.imports) visit(dep);
            preloads.push(`<link rel="modulepreload" crossorigin href="./${c.fileName}">`);
            for (const css of c.viteMetadata?.importedCss ?? []) preloads.push(`<link rel="preload" as="style" crossorigin href="./${css}">`);
          };
          for (const module of START_CHUNKS) {
            const c = chunkOf(module);
            if (!c) throw new Error(`vite.config.ts: no chunk holds ${module} (START_CHUNKS is out of date)`);
            visit(c.fileName);
          }
        }
        out = out.replace('</head>', `${preloads.join('')}</head>`);
        if (isBuild && ctx.bundle) {
          // Inline the entry's CSS (the only stylesheet linked from the HTML).
          out = out.replace(/<link rel="stylesheet"(?: crossorigin)? href="\.\/(assets\/[^"]+\.css)">/g, (m, file: string) => {
            const asset = ctx.bundle![file];
            if (!asset || asset.type !== 'asset') return m;
            const css = String(asset.source);
            // The disabled <link> is never fetched (HTML: a disabled stylesheet link is not obtained);
            // it tells Vite's dynamic-import helper that this stylesheet is on the page, or it would
            // download the file again for every chunk whose components import part of it.
            return `<style>${css}</style><link rel="stylesheet" crossorigin href="./${file}" disabled>`;
          });
        }
        return out;
      },
    },
  };
}

// Relative base: the built site works when served from any sub-path.
// Two builds into dist/: the public map (the default mode, also what the benchmark builds) and,
// with `--mode desk`, the officers' data desk (desk.html, issue 16). Built apart, the map's chunks
// are exactly what they would be without the desk: it adds nothing to the map's first load.
// (`vite` in development serves both pages.)
export default defineConfig(({ mode }) =>
  mode === 'desk'
    ? {
        base: './',
        plugins: [react(), cspPlugin()],
        // The map's build already copied public/ (and emptied dist/).
        publicDir: false,
        build: {
          target: 'es2022',
          sourcemap: process.env.NTM_SOURCEMAP === '1',
          emptyOutDir: false,
          chunkSizeWarningLimit: 1200,
          rollupOptions: { input: { desk: resolve(import.meta.dirname, 'desk.html') } },
        },
        worker: { format: 'es' as const },
      }
    : {
        base: './',
        // cspPlugin: the strict Content-Security-Policy for `vite preview` and dist/csp.txt (issue #6, docs/DEPLOY.md).
        // publishPlugin (issue 17): the watchdog, the static CSV, embed.html; no build-only files in dist/.
        plugins: [react(), firstViewPlugin(), publishPlugin(), cspPlugin()],
        build: {
          target: 'es2022',
          // No source maps in what is deployed, unless asked for (NTM_SOURCEMAP=1 npm run build).
          sourcemap: process.env.NTM_SOURCEMAP === '1',
          chunkSizeWarningLimit: 1200,
        },
        server: { host: '127.0.0.1' },
        // The desk's worker (served by `vite` in development) imports modules.
        worker: { format: 'es' as const },
      },
);
