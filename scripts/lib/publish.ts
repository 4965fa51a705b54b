// What the production build publishes beyond the bundle (issue 17), as a Vite plugin:
//  - the first view's watchdog, inlined at the top of <head> (scripts/lib/watchdog.ts);
//  - the full data table as a static CSV (data/ban-do-ntm-lam-dong-bang-so-lieu-day-du.csv, the
//    same file as the export bar's "whole table" button, Vietnamese labels): what the watchdog and
//    the app's last-resort message link to, usable with no code at all. Written by
//    scripts/published-csv.ts in its own process: importing the app's modules here would put them
//    in vite.config.ts's import graph, whose extensionless imports Vite's native config loader
//    (planned as the default) cannot follow;
//  - embed.html, a copy of index.html: the embed's own path, so a server can let any site frame it
//    while the full app is framed by its own site only (docs/DEPLOY.md, scripts/lib/csp.ts);
//  - and what it must not publish: the data build's record of its inputs (data/.inputs.json holds
//    the build machine's absolute paths) and the files only the build reads (the first view's
//    inline SVG and metadata, already inside index.html). test/e2e/published.spec.ts lists dist/.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { DATA_URLS, PUBLISHED_ATTAINMENT_CSV } from '../../src/data/urls.ts';
import { EMBED_PAGE } from '../../src/url/embedPage.ts';
import { watchdogScript } from './watchdog.ts';

/** Files of public/data/ that the build reads but does not publish (relative to the site root). */
export const BUILD_ONLY_FILES = ['data/.inputs.json', 'data/first-view-inline.svg', 'data/first-view.json'] as const;

export function publishPlugin(): Plugin {
  const root = resolve(import.meta.dirname, '..', '..');
  const publicDir = join(root, 'public');
  let outDir = 'dist';
  let isBuild = false;
  return {
    name: 'ntm-publish',
    configResolved(c) {
      isBuild = c.command === 'build';
      outDir = resolve(c.root, c.build.outDir);
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        // Build only: on the dev server the entry is compiled on request and may well take longer
        // than a visitor's bound on a cold start.
        if (!isBuild) return html;
        return html.replace(/<meta charset="UTF-8" \/>/i, (m) => `${m}${watchdogScript()}`);
      },
    },
    generateBundle() {
      const dataset = join(publicDir, DATA_URLS.dataset);
      if (!existsSync(dataset)) return;
      const r = spawnSync(process.execPath, [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(root, 'scripts', 'published-csv.ts'), dataset], {
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
      });
      if (r.status !== 0) this.error(`published CSV: ${r.stderr || r.error?.message || `exit ${r.status}`}`);
      this.emitFile({ type: 'asset', fileName: PUBLISHED_ATTAINMENT_CSV, source: r.stdout });
    },
    writeBundle() {
      const index = join(outDir, 'index.html');
      if (existsSync(index)) copyFileSync(index, join(outDir, EMBED_PAGE));
      for (const f of BUILD_ONLY_FILES) rmSync(join(outDir, f), { force: true });
    },
  };
}
