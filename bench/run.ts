// npm run bench: builds the production site and the two reference pages from the same data, then
// measures in headless Debian Chromium (software WebGL) and prints every figure against its budget
// (bench/budgets.json). Exits 1 when a budget is broken. Figures, never assertions in tests.
//
// Env: BENCH_RUNS (default 5) cold/warm runs per page; BENCH_THROTTLED_RUNS (default 2);
//      BENCH_NO_BUILD=1 reuses bench/out/site; BENCH_OUT (default bench/out/results.json).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { cpus, freemem, loadavg, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { launch } from '../test/e2e/helpers/browser';
import { buildSite, OUT, ROOT, SITE } from './lib/build';
import { serveStatic } from './lib/server';
import { cdp, fmtMs, heapUsed, kb, moments, NETWORKS, newContext, recordTransfer, stats, waitMarks, warmUpBrowser, type NetworkName, type PageKind, type Transfer } from './lib/measure';
import { camera, communePoints, measureOptions, resetCamera, timeHover, timeSelect, timeSwitch } from './lib/interact';
import { measureToday, todayBytes } from './lib/today';
import { ANSWER_NETWORKS, ANSWER_QUERY, timeToAnswer, type AnswerNetwork } from './lib/answer';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const THROTTLED_RUNS = Number(process.env.BENCH_THROTTLED_RUNS ?? 2);
const t0 = Date.now();
const log = (s: string) => console.log(s);

interface PageDef {
  name: 'app' | 'floor' | 'leaflet' | 'before';
  kind: PageKind;
  path: string;
}

async function load(page: Page, url: string, kind: PageKind, until: 'firstView' | 'ready', timeout = 60000) {
  await page.goto(url, { waitUntil: 'commit', timeout });
  const m = await waitMarks(page, until, timeout);
  const r = moments(kind, m);
  // A page without a first view of its own (the baseline) shows nothing useful before ready.
  return { ...r, firstView: r.firstView ?? r.ready };
}

function fileSizes(dir: string, pred: (f: string) => boolean = () => true): { file: string; raw: number; gzip: number }[] {
  const out: { file: string; raw: number; gzip: number }[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d)) {
      const p = join(d, e);
      if (statSync(p).isDirectory()) walk(p);
      else if (pred(p)) {
        const b = readFileSync(p);
        out.push({ file: relative(SITE, p), raw: b.length, gzip: gzipSync(b, { level: 9 }).length });
      }
    }
  };
  walk(dir);
  return out;
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const machine = {
    date: new Date().toISOString(),
    cpus: cpus().length,
    memGiB: +(totalmem() / 2 ** 30).toFixed(1),
    freeGiB: +(freemem() / 2 ** 30).toFixed(1),
    loadavg: loadavg().map((x) => +x.toFixed(2)),
    chromium: (() => {
      try {
        return execFileSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).trim();
      } catch {
        return 'unknown';
      }
    })(),
  };
  log(`bench: ${machine.date}, ${machine.cpus} CPUs, load ${machine.loadavg.join(' ')}, ${machine.chromium}`);

  const site = process.env.BENCH_NO_BUILD && existsSync(join(SITE, 'index.html')) ? { bounds: JSON.parse(readFileSync(join(OUT, 'bounds.json'), 'utf8')) } : await buildSite(log);
  writeFileSync(join(OUT, 'bounds.json'), JSON.stringify(site.bounds));
  const server = await serveStatic(SITE);
  const q = `?data=../bench-data/lam-dong&bounds=${site.bounds.join(',')}`;
  const pages: PageDef[] = [
    { name: 'app', kind: 'app', path: '' },
    { name: 'floor', kind: 'maplibre', path: `floor/${q}` },
    { name: 'leaflet', kind: 'leaflet', path: `leaflet/${q}` },
  ];
  // Optional baseline for before/after in the same run: a production build of an older tree put in
  // bench/out/before/ (e.g. `git stash && npx vite build --outDir bench/out/before && git stash pop`).
  const beforeDir = process.env.BENCH_BEFORE ?? join(OUT, 'before');
  if (existsSync(join(beforeDir, 'index.html'))) {
    cpSync(beforeDir, join(SITE, 'before'), { recursive: true });
    pages.push({ name: 'before', kind: 'app', path: 'before/' });
  }
  const browser: Browser = await launch();
  const results: Record<string, Record<string, (number | null)[]>> = {};
  const put = (page: string, key: string, v: number | null) => {
    ((results[page] ??= {})[key] ??= []).push(v);
  };
  const transfer: Record<string, Transfer[]> = {};
  const afterReady: Record<string, Transfer[]> = {};

  // ---- cold and warm loads, pages interleaved so they share the machine's noise ----
  await warmUpBrowser(browser, pages.map((p) => ({ url: server.url + p.path, until: 'ready' as const })));
  for (let i = 0; i < RUNS; i++) {
    const order = pages.map((_, k) => pages[(k + i) % pages.length]!);
    for (const p of order) {
      const ctx = await newContext(browser);
      const page = await ctx.newPage();
      const finish = i === 0 ? recordTransfer(page) : null;
      const cold = await load(page, server.url + p.path, p.kind, 'ready');
      if (finish) {
        // "At load" = requests started before interactive ready; what starts later (prefetch when
        // idle) is listed apart. Wait for it, so the list is complete.
        const readyAt = await page.evaluate((r) => performance.timeOrigin + r, cold.ready ?? 0);
        await page.waitForTimeout(3500);
        const all = finish();
        transfer[p.name] = all.filter((r) => r.start <= readyAt + 1);
        afterReady[p.name] = all.filter((r) => r.start > readyAt + 1);
      }
      const warm = await load(page, server.url + p.path, p.kind, 'ready');
      put(p.name, 'coldFirstView', cold.firstView);
      put(p.name, 'coldFcp', cold.fcp);
      put(p.name, 'coldReady', cold.ready);
      put(p.name, 'warmFirstView', warm.firstView);
      put(p.name, 'warmReady', warm.ready);
      await ctx.close();
    }
    log(`  run ${i + 1}/${RUNS}: ` + pages.map((p) => `${p.name} fv ${Math.round(results[p.name]!.coldFirstView!.at(-1) ?? NaN)} ready ${Math.round(results[p.name]!.coldReady!.at(-1) ?? NaN)}`).join(' | '));
  }

  // ---- screenshots: the pre-JS first view (JS off) and the ready map, same viewport ----
  {
    const ctx = await newContext(browser, { javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(server.url, { waitUntil: 'load' });
    await page.screenshot({ path: join(OUT, 'first-view-nojs.png') });
    await ctx.close();
    const ctx2 = await newContext(browser);
    const p2 = await ctx2.newPage();
    await load(p2, server.url, 'app', 'ready');
    await p2.waitForTimeout(300);
    await p2.screenshot({ path: join(OUT, 'ready.png') });
    await ctx2.close();
  }

  // ---- throttled networks: first useful view ----
  for (const net of Object.keys(NETWORKS) as NetworkName[]) {
    for (let i = 0; i < THROTTLED_RUNS; i++) {
      // The floor needs all of MapLibre before its first view: on slow 3G that is minutes; skipped.
      for (const p of pages.filter((p) => !(net === 'slow-3g' && (p.name === 'floor' || p.name === 'before')))) {
        const ctx = await newContext(browser);
        const page = await ctx.newPage();
        const session = await cdp(page);
        await session.send('Network.enable');
        await session.send('Network.emulateNetworkConditions', NETWORKS[net]);
        try {
          const until = net === 'slow-3g' && p.name !== 'before' ? 'firstView' : 'ready';
          const m = await load(page, server.url + p.path, p.kind, until, 90000);
          put(p.name, `${net}FirstView`, m.firstView);
          if (until === 'ready') put(p.name, `${net}Ready`, m.ready);
        } catch (e) {
          log(`  ${net} ${p.name}: ${(e as Error).message.split('\n')[0]}`);
          put(p.name, `${net}FirstView`, null);
        }
        await ctx.close();
      }
    }
    log(`  ${net}: ` + pages.map((p) => `${p.name} ${fmtMs(stats(results[p.name]![`${net}FirstView`] ?? []))}`).join(' | '));
  }

  // ---- issue 14: time to an answer on slow links (search "xuan tho", read its status) ----
  const answers: Record<string, number[]> = {};
  for (const net of Object.keys(ANSWER_NETWORKS) as AnswerNetwork[]) {
    for (let i = 0; i < THROTTLED_RUNS; i++) {
      const ms = await timeToAnswer(browser, server.url, net);
      (answers[net] ??= []).push(ms ?? NaN);
      if (ms === null) log(`  answer ${net}: no answer within the timeout`);
    }
    log(`  answer ${net} ("${ANSWER_QUERY}" → Xuân Thọ's status): ${fmtMs(stats(answers[net]!.filter(Number.isFinite)))}`);
  }

  // ---- interactions and heap, on the app ----
  const inter: Record<string, number[]> = { switch: [], select: [], hover: [] };
  let heap = { afterLoad: 0, after50: 0, floorAfterLoad: 0, leafletAfterLoad: 0 };
  {
    const ctx = await newContext(browser);
    const page = await ctx.newPage();
    const session = await cdp(page);
    await load(page, server.url, 'app', 'ready');
    await page.waitForTimeout(500);
    heap.afterLoad = await heapUsed(session);
    const cam = await camera(page);
    const opts = await measureOptions(page);
    const pts = await communePoints(page, 12);
    const measures = [opts.find((o) => o === 'count') ?? opts[1]!, opts[2] ?? opts[1]!, 'status'];
    let n = 0;
    for (let i = 0; i < 17; i++) {
      const v = await timeSwitch(page, measures[i % measures.length]!);
      if (i > 0) inter.switch!.push(v); // the first switch compiles code paths: reported apart
      else put('app', 'firstSwitch', v);
      n++;
    }
    for (let i = 0; i < 17; i++) {
      await resetCamera(page, cam);
      // Hover and click alternate over distinct communes, so the pointer always really moves.
      inter.hover!.push(await timeHover(page, pts[(2 * i) % pts.length]!));
      inter.select!.push(await timeSelect(page, pts[(2 * i + 1) % pts.length]!));
      n += 2;
    }
    await resetCamera(page, cam);
    heap.after50 = await heapUsed(session);
    log(`  interactions: ${n} done`);
    await ctx.close();
    for (const p of pages.slice(1, 3)) {
      const c = await newContext(browser);
      const pg = await c.newPage();
      const s = await cdp(pg);
      await load(pg, server.url + p.path, p.kind, 'ready');
      await pg.waitForTimeout(500);
      if (p.name === 'floor') heap.floorAfterLoad = await heapUsed(s);
      else heap.leafletAfterLoad = await heapUsed(s);
      await c.close();
    }
  }
  // ---- today's map (issue 13): reported beside the budgets, loaded only when asked for ----
  const todayTimes = await measureToday(browser, server.url, Math.max(1, Math.min(RUNS, 3)));
  log(`  today's map: ${todayTimes.first.length} switches done`);
  await browser.close();
  await server.close();

  // ---- bytes ----
  const stackFiles = fileSizes(join(SITE, 'stack', 'assets'));
  const stackFloor = stackFiles.reduce((s, f) => s + f.gzip, 0);
  const sizeOf = (url: string) => {
    const path = decodeURIComponent(new URL(url).pathname).replace(/^\//, '') || 'index.html';
    const file = join(SITE, path.endsWith('/') ? path + 'index.html' : path);
    if (!existsSync(file)) return { raw: 0, gzip: 0 };
    const b = readFileSync(file);
    return { raw: b.length, gzip: gzipSync(b, { level: 9 }).length };
  };
  const kindOf = (url: string) => {
    const p = new URL(url).pathname;
    if (/worker/.test(p)) return 'worker';
    if (p.endsWith('.js')) return 'js';
    if (p.endsWith('.css')) return 'css';
    if (p.endsWith('.html') || p.endsWith('/')) return 'html';
    if (p.endsWith('.svg') && !p.includes('/data/')) return 'other';
    return 'data';
  };
  const bytes: Record<string, Record<string, { raw: number; gzip: number; wire: number }>> = {};
  for (const [name, list] of Object.entries(transfer)) {
    const b: Record<string, { raw: number; gzip: number; wire: number }> = {};
    for (const r of list) {
      if (r.url.startsWith('data:')) continue;
      const k = kindOf(r.url);
      const s = sizeOf(r.url);
      b[k] ??= { raw: 0, gzip: 0, wire: 0 };
      b[k].raw += s.raw;
      b[k].gzip += s.gzip;
      b[k].wire += r.encoded;
    }
    b.total = Object.values(b).reduce((a, x) => ({ raw: a.raw + x.raw, gzip: a.gzip + x.gzip, wire: a.wire + x.wire }), { raw: 0, gzip: 0, wire: 0 });
    bytes[name] = b;
  }
  const appLazy = fileSizes(join(SITE, 'assets'), (f) => f.endsWith('.js') || f.endsWith('.css')).filter((f) => !transfer.app?.some((r) => r.url.endsWith(f.file)));

  // ---- report ----
  const S = (page: string, key: string) => stats(results[page]?.[key] ?? []);
  const med = (page: string, key: string) => S(page, key)?.median ?? NaN;
  const ratio = (a: number, b: number) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? a / b : NaN);
  log('\n== Load (ms from navigation; median [min–max] of ' + RUNS + ' runs, headless, software WebGL) ==');
  log('page      cold first view        cold ready             warm first view        warm ready');
  for (const p of pages) {
    log(`${p.name.padEnd(9)} ${fmtMs(S(p.name, 'coldFirstView')).padEnd(22)} ${fmtMs(S(p.name, 'coldReady')).padEnd(22)} ${fmtMs(S(p.name, 'warmFirstView')).padEnd(22)} ${fmtMs(S(p.name, 'warmReady'))}   (FCP cold ${fmtMs(S(p.name, 'coldFcp'))})`);
  }
  log(`ratios (same run): app/leaflet first view cold ${ratio(med('app', 'coldFirstView'), med('leaflet', 'coldFirstView')).toFixed(2)}, warm ${ratio(med('app', 'warmFirstView'), med('leaflet', 'warmFirstView')).toFixed(2)}; ` +
    `app/floor ready cold ${ratio(med('app', 'coldReady'), med('floor', 'coldReady')).toFixed(2)}, warm ${ratio(med('app', 'warmReady'), med('floor', 'warmReady')).toFixed(2)}`);
  // The same ratio run by run (the pages of one run share its conditions), for reading the noise.
  const paired = (results.app?.coldReady ?? []).map((a, i) => (a !== null && results.floor?.coldReady?.[i] ? a / results.floor.coldReady[i]! : NaN));
  log(`app/floor ready cold, paired by run: ${paired.map((x) => x.toFixed(2)).join(' ')} (median ${(stats(paired)?.median ?? NaN).toFixed(2)}; the budget uses the ratio of the medians above)`);
  log('\n== Throttled (first useful view; 4G also ready) ==');
  for (const p of pages) log(`${p.name.padEnd(9)} slow 3G fv ${fmtMs(S(p.name, 'slow-3gFirstView')).padEnd(24)} 4G fv ${fmtMs(S(p.name, '4gFirstView')).padEnd(24)} 4G ready ${fmtMs(S(p.name, '4gReady'))}`);
  log('\n== Interactions (app, in-page: event → paint that shows the result) ==');
  for (const [k, v] of Object.entries(inter)) log(`${k.padEnd(8)} ${fmtMs(stats(v))} (n=${v.filter(Number.isFinite).length})`);
  log(`first switch (cold code paths): ${Math.round(results.app?.firstSwitch?.[0] ?? NaN)} ms`);
  log('\n== Heap (JS heap used after GC) ==');
  log(`app after load ${kb(heap.afterLoad)}, after 50 interactions ${kb(heap.after50)}; floor ${kb(heap.floorAfterLoad)}; leaflet ${kb(heap.leafletAfterLoad)}`);
  log('\n== Transfer at cold load (raw / gzip -9 of the files; wire = bytes on the wire incl. headers) ==');
  for (const [name, b] of Object.entries(bytes)) {
    log(`${name.padEnd(9)} ` + Object.entries(b).map(([k, v]) => `${k} ${kb(v.raw)}/${kb(v.gzip)}`).join(', '));
  }
  const appTotal = bytes.app?.total.gzip ?? NaN;
  const ours = appTotal - stackFloor;
  log(`stack floor (MapLibre main + CSS + worker + React DOM, built alone): ${kb(stackFloor)} gzip; app total ${kb(appTotal)} gzip → ours ${kb(ours)} gzip (JS+CSS+HTML ${kb(appTotal - stackFloor - (bytes.app?.data?.gzip ?? 0))}, data ${kb(bytes.app?.data?.gzip ?? 0)})`);
  const prefetched = (afterReady.app ?? []).filter((r) => !r.url.startsWith('data:')).map((r) => ({ file: new URL(r.url).pathname.split('/').pop()!, gzip: sizeOf(r.url).gzip }));
  log(`prefetched after interactive ready (idle, not counted above): ${prefetched.map((f) => `${f.file} ${kb(f.gzip)}`).join(', ') || 'none'}` + (prefetched.length ? ` = ${kb(prefetched.reduce((a, f) => a + f.gzip, 0))}` : ''));
  log(`lazy, loaded on demand: ${appLazy.filter((f) => !prefetched.some((p) => f.file.endsWith(p.file))).map((f) => `${f.file} ${kb(f.gzip)}`).join(', ') || 'none'}`);

  const tb = todayBytes(SITE);
  log("\n== Today's map (issue 13; not in the first view, loaded when today's boundaries are chosen) ==");
  log(`files: ${tb.map((f) => `${f.file} ${kb(f.raw)}/${kb(f.gzip)}`).join(', ')} = ${kb(tb.reduce((a, f) => a + f.gzip, 0))} gzip`);
  log(`choose today's boundaries → 124 units drawn: first (files fetched) ${fmtMs(stats(todayTimes.first))}, again (cached) ${fmtMs(stats(todayTimes.again))}`);

  // ---- budgets ----
  const budgets = JSON.parse(readFileSync(join(ROOT, 'bench', 'budgets.json'), 'utf8')) as Record<string, { max?: number; description: string }>;
  const figures: Record<string, number> = {
    firstViewVsLeaflet: ratio(med('app', 'coldFirstView'), med('leaflet', 'coldFirstView')),
    readyVsFloor: ratio(med('app', 'coldReady'), med('floor', 'coldReady')),
    oursKbGzip: ours / 1024,
    slow3gFirstViewMs: med('app', 'slow-3gFirstView'),
    slow3gAnswerMs: stats((answers['slow-3g'] ?? []).map((x) => (Number.isFinite(x) ? x : 1e9)))?.median ?? NaN,
  };
  log('\n== Budgets (bench/budgets.json) ==');
  let broken = 0;
  for (const [k, b] of Object.entries(budgets)) {
    if (k.startsWith('$')) continue;
    const v = figures[k];
    const ok = v !== undefined && Number.isFinite(v) && (b.max === undefined || v <= b.max);
    if (!ok) broken++;
    log(`${ok ? 'PASS' : 'FAIL'}  ${k.padEnd(20)} ${v === undefined ? 'n/a' : v.toFixed(k.endsWith('Ms') || k.endsWith('Gzip') ? 1 : 3).padStart(9)}  ≤ ${b.max}  ${b.description}`);
  }
  const secs = ((Date.now() - t0) / 1000).toFixed(0);
  writeFileSync(process.env.BENCH_OUT ?? join(OUT, 'results.json'), JSON.stringify({ machine, runs: RUNS, results, answers, inter, heap, bytes, stackFloor, appLazy, prefetched, today: { bytes: tb, times: todayTimes }, figures, budgets, seconds: Number(secs) }, null, 1));
  log(`\n${broken ? `${broken} budget(s) broken` : 'all budgets met'}; ${secs} s; results in ${relative(ROOT, process.env.BENCH_OUT ?? join(OUT, 'results.json'))}`);
  process.exit(broken ? 1 : 0);
}

main().catch((e) => {
  console.error(e);
  process.exit(2);
});
