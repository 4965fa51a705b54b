// npm run bench:phases: where the time to interactive ready goes, and A/B of two builds.
// Cold loads of the app and the bare MapLibre floor, interleaved run by run, with the User Timing
// marks both set (src/perf.ts: ntm:main, data, map-chunk, map-create, map-created, map-style,
// map-load, ready; the floor sets the map ones). Prints each mark's median and every paired ratio.
// Figures only, never a test.
//
// Env: PHASES_RUNS (default 8); PHASES_CPU=<n>: CDP CPU throttling of the page (e.g. 4); BENCH_NO_BUILD=1 reuses bench/out/site; PHASES_VARIANT=<dir>: a
// production build of another tree (e.g. `npx vite build --outDir /tmp/b`), served at /variant/
// and measured as a third page, for A/B of a change against the working tree.
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { launch } from '../test/e2e/helpers/browser';
import { buildSite, OUT, SITE } from './lib/build';
import { serveStatic } from './lib/server';
import { cdp, moments, newContext, stats, waitMarks, warmUpBrowser, type PageKind } from './lib/measure';

const RUNS = Number(process.env.PHASES_RUNS ?? 8);
/** PHASES_CPU=4: the renderer's main thread slowed 4× (CDP), roughly a mid-range phone. */
const CPU_SLOWDOWN = Number(process.env.PHASES_CPU ?? 1);

async function main() {
  console.log(`phases: ${new Date().toISOString()}, load ${loadavg().map((x) => x.toFixed(2)).join(' ')}, ${RUNS} cold runs per page${CPU_SLOWDOWN > 1 ? `, CPU ${CPU_SLOWDOWN}× slower` : ''}`);
  const bounds: number[] =
    process.env.BENCH_NO_BUILD && existsSync(join(OUT, 'bounds.json'))
      ? JSON.parse(readFileSync(join(OUT, 'bounds.json'), 'utf8'))
      : (await buildSite(() => undefined)).bounds;
  const pages: { name: string; kind: PageKind; path: string }[] = [
    { name: 'app', kind: 'app', path: '' },
    { name: 'floor', kind: 'maplibre', path: `floor/?data=../bench-data/lam-dong&bounds=${bounds.join(',')}` },
  ];
  if (process.env.PHASES_VARIANT) {
    cpSync(process.env.PHASES_VARIANT, join(SITE, 'variant'), { recursive: true });
    pages.push({ name: 'variant', kind: 'app', path: 'variant/' });
  }
  const server = await serveStatic(SITE);
  const browser = await launch();
  const marks: Record<string, Record<string, number[]>> = {};
  const ready: Record<string, number[]> = {};
  await warmUpBrowser(browser, pages.map((p) => ({ url: server.url + p.path, until: 'ready' as const })));
  for (let i = 0; i < RUNS; i++) {
    for (const p of pages) {
      const ctx = await newContext(browser);
      const page = await ctx.newPage();
      if (CPU_SLOWDOWN > 1) await (await cdp(page)).send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
      await page.goto(server.url + p.path, { waitUntil: 'commit' });
      const m = await waitMarks(page, 'ready');
      (ready[p.name] ??= []).push(moments(p.kind, m).ready ?? NaN);
      const entries = await page.evaluate(() =>
        performance.getEntriesByType('mark').filter((e) => e.name.startsWith('ntm:')).map((e) => [e.name, e.startTime] as const),
      );
      for (const [k, v] of entries) ((marks[p.name] ??= {})[k] ??= []).push(v);
      await ctx.close();
    }
  }
  await browser.close();
  await server.close();

  const med = (xs: number[]) => stats(xs)?.median ?? NaN;
  for (const p of pages) {
    console.log(`\n== ${p.name}: interactive ready ${Math.round(med(ready[p.name]!))} ms [${ready[p.name]!.map(Math.round).join(', ')}]`);
    const rows = Object.entries(marks[p.name] ?? {}).map(([k, v]) => [k, med(v)] as const).sort((a, b) => a[1] - b[1]);
    for (const [k, v] of rows) console.log(`${String(Math.round(v)).padStart(7)}  ${k}`);
    const c = marks[p.name]?.['ntm:map-create'];
    const d = marks[p.name]?.['ntm:map-created'];
    if (c && d) console.log(`  map constructor: ${Math.round(med(d.map((x, i) => x - c[i]!)))} ms`);
  }
  for (const p of pages.filter((x) => x.kind === 'app')) {
    const r = ready[p.name]!.map((x, i) => x / ready.floor![i]!);
    console.log(`\n${p.name}/floor ready, paired by run: ${r.map((x) => x.toFixed(2)).join(' ')}; median ${med(r).toFixed(2)}`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(2);
});
