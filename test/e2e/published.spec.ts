// What the production build publishes (issue 17): exactly the files a visitor's browser needs,
// nothing that exposes the build machine (no absolute path, no build record, no source map).
// Reads dist/ as `npm test` built it (no browser needed; here because the e2e suite runs after the build).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPaths, REPO_ROOT } from '../../scripts/lib/paths';

const DIST = resolve('dist');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : [relative(DIST, p).replaceAll('\\', '/')];
  });
}

/** Every file dist/ may hold, as patterns: the pages (the map, its embed page, the officers' data
 *  desk of issue 16), their policies, the hashed bundle, the data. */
const PUBLISHED = [
  /^index\.html$/, /^embed\.html$/, /^desk\.html$/, /^embed\.js$/, /^favicon\.svg$/, /^csp\.txt$/, /^csp-embed\.txt$/,
  /^assets\/[\w.-]+-[\w-]{8}\.(js|css)$/,
  /^data\/(ntm|geo|targets)\.json$/, /^data\/(geo-2025|today)\.json$/, /^data\/first-view\.svg$/,
  // Issue 13: loaded when asked for (the 2026–2030 catalog view, the desk's code sets).
  /^data\/criteria-\d{4}-\d{4}\.json$/, /^data\/codes\.json$/, /^data\/ban-do-ntm-lam-dong-bang-so-lieu-day-du\.csv$/,
];

describe('what dist/ publishes', () => {
  const all = files(DIST).sort();

  it('only the files the site needs (the list, not just an absence of known bad ones)', () => {
    expect(all.filter((f) => !PUBLISHED.some((p) => p.test(f)))).toEqual([]);
    for (const f of ['index.html', 'embed.html', 'embed.js', 'csp.txt', 'csp-embed.txt', 'data/ntm.json', 'data/geo.json', 'data/targets.json', 'data/geo-2025.json', 'data/today.json', 'data/ban-do-ntm-lam-dong-bang-so-lieu-day-du.csv']) {
      expect(all, f).toContain(f);
    }
  });

  it('no build record, no build-only inputs, no source maps', () => {
    expect(all).not.toContain('data/.inputs.json');
    expect(all.filter((f) => f.endsWith('.map'))).toEqual([]);
    for (const f of all.filter((f) => /\.(js|css)$/.test(f))) {
      expect(readFileSync(join(DIST, f), 'utf8'), f).not.toMatch(/sourceMappingURL=/);
    }
  });

  it('no absolute path of the build machine in any file', () => {
    const paths = buildPaths();
    // The repo, its parent (../shared), the input files' folders, the home folder.
    const machine = [...new Set([REPO_ROOT, dirname(REPO_ROOT), dirname(paths.boundaries), dirname(paths.attainment), homedir()])].filter((p) => p.length > 1);
    const hits: string[] = [];
    for (const f of all) {
      const text = readFileSync(join(DIST, f), 'latin1');
      for (const p of machine) if (text.includes(`${p}/`)) hits.push(`${f}: ${p}`);
      // Generic shapes of home and temporary folders, whatever the machine.
      const generic = /(?:\/home\/[a-z_][\w-]*\/|\/Users\/\w+\/|[A-Z]:\\\\Users\\\\)/.exec(text);
      if (generic) hits.push(`${f}: ${generic[0]}`);
    }
    expect(hits).toEqual([]);
  });

  it('embed.html is the same page as index.html (the embed layout is chosen by the app)', () => {
    expect(readFileSync(join(DIST, 'embed.html'), 'utf8')).toBe(readFileSync(join(DIST, 'index.html'), 'utf8'));
  });
});
