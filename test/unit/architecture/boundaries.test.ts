// Who may touch what: only src/map imports maplibre-gl or reads the test hook that exposes the
// map; src/domain is plain functions (no React, zustand, MapLibre, i18n or state).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importGraph, runtimeImports } from './importGraph';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [p] : [];
  });
}

const files = sources('src').map((p) => ({ path: relative('.', p).replaceAll('\\', '/'), text: readFileSync(p, 'utf8') }));
const importsOf = (text: string) => [...text.matchAll(/(?:\bfrom\s+|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g)].map((m) => m[1]);

describe('module boundaries', () => {
  it('finds the sources it checks', () => {
    expect(files.length).toBeGreaterThan(40);
    expect(files.some((f) => f.path === 'src/map/MapController.ts')).toBe(true);
  });

  it('only src/map imports maplibre-gl', () => {
    const offenders = files.filter((f) => !f.path.startsWith('src/map/') && importsOf(f.text).some((m) => m.startsWith('maplibre-gl')));
    expect(offenders.map((f) => f.path)).toEqual([]);
  });

  it('only src/map touches the test hook that exposes the MapLibre object', () => {
    const offenders = files.filter((f) => !f.path.startsWith('src/map/') && f.text.includes('__ntmDebug'));
    expect(offenders.map((f) => f.path)).toEqual([]);
  });

  it('outside src, only the e2e driver and the benchmark\'s interaction helper read the map hook', () => {
    // Specs go through test/e2e/helpers/driver.ts; the flag is set in one place (browser.ts).
    // sources() leaves out *.test.ts, this file included; the e2e *.spec.ts files are in.
    const others = [...sources('test'), ...sources('bench')].map((p) => ({ path: relative('.', p).replaceAll('\\', '/'), text: readFileSync(p, 'utf8') }));
    expect(others.some((f) => f.path === 'test/e2e/map.spec.ts')).toBe(true);
    const readers = others.filter((f) => f.text.includes('__ntmDebug')).map((f) => f.path);
    expect(readers.sort()).toEqual(['bench/lib/interact.ts', 'test/e2e/helpers/driver.ts']);
    const setters = others.filter((f) => f.text.includes('__ntmTestHooks')).map((f) => f.path);
    expect(setters.filter((p) => p !== 'test/e2e/helpers/driver.ts')).toEqual(['test/e2e/helpers/browser.ts']);
  });

  it('src/domain imports no React, zustand, MapLibre, i18n or app state', () => {
    const bad = /^(react|react-dom|zustand|maplibre-gl)(\/|$)|\/(i18n|state|map|ui)\//;
    const offenders = files
      .filter((f) => f.path.startsWith('src/domain/'))
      .flatMap((f) => importsOf(f.text).filter((m) => bad.test(m)).map((m) => `${f.path} → ${m}`));
    expect(offenders).toEqual([]);
  });
});

describe('the data build is plain Node (no app runtime)', () => {
  const APP_RUNTIME = ['react', 'react-dom', 'zustand', 'maplibre-gl'];
  const entries = ['scripts/build-data.ts', 'scripts/ensure-data.ts', 'scripts/generate-attainment.ts'];

  it('the import walker sees runtime imports and skips type-only ones', () => {
    expect(runtimeImports("import type { A } from './a';\nimport { b } from './b';\nexport type { C } from './c';\nexport { d } from 'd';\nimport 'e';\nconst f = () => import('./f');")).toEqual(['./b', 'd', 'e', './f']);
    // The app's own entry does reach React and the store: the walker would notice a leak.
    const app = importGraph(['src/main.tsx']);
    expect([...app.packages.keys()]).toEqual(expect.arrayContaining(['react', 'zustand']));
    expect(app.files.has('src/state/store.ts')).toBe(true);
  });

  it.each(entries)('%s reaches no React, zustand, MapLibre, store, UI or map module', (entry) => {
    const g = importGraph([entry]);
    expect(g.files.size).toBeGreaterThan(0);
    const leaks = APP_RUNTIME.filter((p) => g.packages.has(p)).map((p) => `${p} ← ${g.packages.get(p)!.join(', ')}`);
    expect(leaks).toEqual([]);
    expect([...g.files].filter((f) => /^src\/(state|ui|map|url|export)\//.test(f) || f.endsWith('.tsx'))).toEqual([]);
  });

  it('src/domain is pure all the way down (no package but the pure helpers it names)', () => {
    const domain = files.filter((f) => f.path.startsWith('src/domain/')).map((f) => f.path);
    const g = importGraph(domain);
    expect([...g.files].filter((f) => !f.startsWith('src/domain/'))).toEqual([]);
    expect(APP_RUNTIME.filter((p) => g.packages.has(p))).toEqual([]);
  });
});

describe('the data desk\'s worker runs the build\'s own validation, and only that (issue 16)', () => {
  const APP_RUNTIME = ['react', 'react-dom', 'zustand', 'maplibre-gl'];
  const g = importGraph(['src/desk/worker.ts']);

  it('reaches the build\'s validation modules themselves (not a copy)', () => {
    expect([...g.files]).toEqual(expect.arrayContaining(['scripts/lib/validate.ts', 'scripts/lib/csv.ts', 'scripts/lib/table.ts', 'scripts/lib/aggregate.ts', 'scripts/lib/dataset.ts', 'scripts/lib/issues.ts']));
    // And so does the build.
    expect([...importGraph(['scripts/build-data.ts']).files]).toEqual(expect.arrayContaining(['scripts/lib/table.ts', 'scripts/lib/dataset.ts']));
  });

  it('imports no React, zustand, MapLibre, store, UI or map module', () => {
    expect(APP_RUNTIME.filter((p) => g.packages.has(p)).map((p) => `${p} ← ${g.packages.get(p)!.join(', ')}`)).toEqual([]);
    expect([...g.files].filter((f) => /^src\/(state|ui|map|url|export|i18n)\//.test(f) || f.endsWith('.tsx'))).toEqual([]);
  });

  it('is browser-safe: no Node module, and the only packages are the CSV and Excel readers (no zod)', () => {
    expect([...g.packages.keys()].filter((p) => p.startsWith('node:') || ['fs', 'path', 'os', 'url', 'crypto'].includes(p))).toEqual([]);
    // zod probes for eval (new Function) and a strict CSP reports it: the browser's validation
    // reaches the units through unitIndex.ts, never units.ts (checked: importing units.ts fails this).
    expect([...g.packages.keys()].sort()).toEqual(['@e965/xlsx', 'papaparse']);
    expect([...importGraph(['src/desk/main.tsx']).packages.keys()]).not.toContain('zod');
  });

  it('the walker would see a leak (checked on the desk page itself, which does import React)', () => {
    expect(importGraph(['src/desk/main.tsx']).packages.has('react')).toBe(true);
  });
});
