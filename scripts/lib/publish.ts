// What the production build publishes beyond the bundle (issue 17), as a Vite plugin:
//  - the first view's watchdog, inlined at the top of <head> (scripts/lib/watchdog.ts);
//  - the full data table as a static CSV (data/ban-do-ntm-lam-dong-bang-so-lieu-day-du.csv, the
//    same file as the export bar's "whole table" button, Vietnamese labels): what the watchdog and
//    the app's last-resort message link to, usable with no code at all;
//  - embed.html, a copy of index.html: the embed's own path, so a server can let any site frame it
//    while the full app is framed by its own site only (docs/DEPLOY.md, scripts/lib/csp.ts);
//  - and what it must not publish: the data build's record of its inputs (data/.inputs.json holds
//    the build machine's absolute paths) and the files only the build reads (the first view's
//    inline SVG and metadata, already inside index.html). test/e2e/published.spec.ts lists dist/.
import { copyFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { attainmentCsv } from '../../src/export/csv';
import { PUBLISHED_ATTAINMENT_CSV } from '../../src/export/fileNames';
import { buildIndex } from '../../src/domain/dataIndex';
import { isDataset } from '../../src/data/loadData';
import { DATA_URLS } from '../../src/data/urls';
import { EMBED_PAGE } from '../../src/url/embedPage';
import { watchdogScript } from './watchdog';

/** Files of public/data/ that the build reads but does not publish (relative to the site root). */
export const BUILD_ONLY_FILES = ['data/.inputs.json', 'data/first-view-inline.svg', 'data/first-view.json'] as const;

/** The published CSV of a dataset file (ntm.json), or an error naming the file. */
export function publishedCsv(datasetFile: string): string {
  const ds: unknown = JSON.parse(readFileSync(datasetFile, 'utf8'));
  if (!isDataset(ds)) throw new Error(`${datasetFile}: not an NTM dataset (run \`npm run data\`)`);
  return attainmentCsv(buildIndex(ds), 'vi');
}

export function publishPlugin(): Plugin {
  const publicDir = resolve(import.meta.dirname, '..', '..', 'public');
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
      if (existsSync(dataset)) this.emitFile({ type: 'asset', fileName: PUBLISHED_ATTAINMENT_CSV, source: publishedCsv(dataset) });
    },
    writeBundle() {
      const index = join(outDir, 'index.html');
      if (existsSync(index)) copyFileSync(index, join(outDir, EMBED_PAGE));
      for (const f of BUILD_ONLY_FILES) rmSync(join(outDir, f), { force: true });
    },
  };
}
