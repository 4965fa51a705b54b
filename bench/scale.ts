// npm run bench:scale: how time to idle, bytes and JS heap grow with the number of polygons, for
// the floor (GeoJSON by URL, colour property) and our approach (fetch + GeoJSON object source +
// one setFeatureState per unit), and the Leaflet SVG page for reference.
// Data: synthetic hexagon grids (1k, 5k, 10k+ cells over Lâm Đồng's latitude) and the national
// commune file (NTM_NATIONAL, default ../shared/data/vietnam-communes-2013.geojson).
// Env: SCALE_RUNS (default 3), SCALE_SIZES (default 1000,5000,12000).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Feature, FeatureCollection, Polygon, MultiPolygon, Position } from 'geojson';
import { launch } from '../test/e2e/helpers/browser';
import { BENCH_DATA, buildPage, OUT, ROOT, SITE, writeGeoJson } from './lib/build';
import { serveStatic } from './lib/server';
import { cdp, heapUsed, kb, moments, newContext, stats, waitMarks } from './lib/measure';
import { STATUS_COLORS } from '../src/domain/palette';

const RUNS = Number(process.env.SCALE_RUNS ?? 3);
const SIZES = (process.env.SCALE_SIZES ?? '1000,5000,12000').split(',').map(Number);
const NATIONAL = resolve(process.env.NTM_NATIONAL ?? join(ROOT, '..', 'shared', 'data', 'vietnam-communes-2013.geojson'));

/** A hexagon grid of about n cells covering a w×h degree box; districts = blocks of 10×10 cells. */
function hexGrid(n: number): { communes: FeatureCollection; districts: FeatureCollection; bounds: [number, number, number, number] } {
  const aspect = 1.3;
  const cols = Math.round(Math.sqrt(n * aspect));
  const rows = Math.ceil(n / cols);
  const r = 0.02; // degrees
  const dx = r * Math.sqrt(3);
  const dy = r * 1.5;
  const w0 = 105;
  const s0 = 9;
  const features: Feature<Polygon>[] = [];
  const blocks = new Map<string, Position[][]>();
  let id = 0;
  for (let j = 0; j < rows; j++)
    for (let i = 0; i < cols && id < n; i++) {
      const cx = w0 + i * dx + (j % 2 ? dx / 2 : 0);
      const cy = s0 + j * dy;
      const ring: Position[] = [];
      for (let k = 0; k < 6; k++) {
        const a = (Math.PI / 180) * (60 * k - 30);
        ring.push([+(cx + r * Math.cos(a)).toFixed(5), +(cy + r * Math.sin(a)).toFixed(5)]);
      }
      ring.push(ring[0]!);
      const gso = String(100000 + id);
      features.push({ type: 'Feature', properties: { gso, c: STATUS_COLORS[id % STATUS_COLORS.length] }, geometry: { type: 'Polygon', coordinates: [ring] } });
      const key = `${Math.floor(i / 10)}-${Math.floor(j / 10)}`;
      // District lines: each block's bounding rectangle (enough line work for the benchmark).
      if (!blocks.has(key)) blocks.set(key, [[[cx, cy]]]);
      blocks.get(key)![0]!.push([cx, cy]);
      id++;
    }
  const districts: Feature<Polygon>[] = [...blocks].map(([k, pts]) => {
    const xs = pts[0]!.map((p) => p[0]!);
    const ys = pts[0]!.map((p) => p[1]!);
    const [a, b, c, d] = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
    return { type: 'Feature', properties: { code: k }, geometry: { type: 'Polygon', coordinates: [[[a, b], [c, b], [c, d], [a, d], [a, b]]] } };
  });
  const bounds: [number, number, number, number] = [w0 - r, s0 - r, w0 + cols * dx + dx, s0 + rows * dy + r];
  return { communes: { type: 'FeatureCollection', features }, districts: { type: 'FeatureCollection', features: districts }, bounds };
}

function national(): { communes: FeatureCollection; districts: FeatureCollection; bounds: [number, number, number, number] } | null {
  if (!existsSync(NATIONAL)) return null;
  const fc = JSON.parse(readFileSync(NATIONAL, 'utf8')) as FeatureCollection<Polygon | MultiPolygon>;
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  fc.features.forEach((f, i) => {
    f.properties = { gso: String(f.properties?.source_id ?? i), c: STATUS_COLORS[i % STATUS_COLORS.length] };
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const p of polys) for (const [x, y] of p[0]!) { w = Math.min(w, x!); e = Math.max(e, x!); s = Math.min(s, y!); n = Math.max(n, y!); }
  });
  // No district polygons in the file: the commune outlines stand in for the line layer.
  return { communes: fc, districts: { type: 'FeatureCollection', features: [] }, bounds: [w, s, e, n] };
}

async function main() {
  const t0 = Date.now();
  if (!existsSync(join(SITE, 'floor', 'index.html'))) await buildPage('floor');
  if (!existsSync(join(SITE, 'leaflet', 'index.html'))) await buildPage('leaflet');
  const sets: { name: string; n: number; bounds: [number, number, number, number] }[] = [];
  for (const n of SIZES) {
    const g = hexGrid(n);
    writeGeoJson(`hex${n}`, g.communes, g.districts);
    sets.push({ name: `hex${n}`, n: g.communes.features.length, bounds: g.bounds });
  }
  const nat = national();
  if (nat) {
    writeGeoJson('national', nat.communes, nat.districts);
    sets.push({ name: 'national', n: nat.communes.features.length, bounds: nat.bounds });
  } else console.log(`national file not found at ${NATIONAL} (set NTM_NATIONAL): skipped`);

  const server = await serveStatic(SITE);
  const browser = await launch();
  const rows: string[] = [];
  const out: unknown[] = [];
  console.log('set         polygons  data gzip   page     ready median [min–max]   heap after load');
  for (const set of sets) {
    const bytes = gzipSync(readFileSync(join(BENCH_DATA, `${set.name}-communes.geojson`)), { level: 6 }).length + gzipSync(readFileSync(join(BENCH_DATA, `${set.name}-districts.geojson`)), { level: 6 }).length;
    for (const mode of ['floor', 'ours', 'leaflet'] as const) {
      const times: (number | null)[] = [];
      let heap = 0;
      for (let i = 0; i < RUNS; i++) {
        const ctx = await newContext(browser);
        const page = await ctx.newPage();
        const s = await cdp(page);
        const path = mode === 'leaflet' ? 'leaflet/' : 'floor/';
        const url = `${server.url}${path}?data=../bench-data/${set.name}&bounds=${set.bounds.join(',')}&mode=${mode}`;
        try {
          await page.goto(url, { waitUntil: 'commit' });
          const m = await waitMarks(page, 'ready', 120000);
          times.push(moments(mode === 'leaflet' ? 'leaflet' : 'maplibre', m).ready);
          if (i === RUNS - 1) heap = await heapUsed(s);
        } catch (e) {
          times.push(null);
          console.log(`  ${set.name} ${mode}: ${(e as Error).message.split('\n')[0]}`);
        }
        await ctx.close();
      }
      const st = stats(times);
      const line = `${set.name.padEnd(11)} ${String(set.n).padStart(8)}  ${kb(bytes).padStart(9)}   ${mode.padEnd(8)} ${st ? `${Math.round(st.median)} ms [${Math.round(st.min)}–${Math.round(st.max)}]` : 'n/a'}`.padEnd(72) + kb(heap);
      console.log(line);
      rows.push(line);
      out.push({ set: set.name, polygons: set.n, dataGzip: bytes, mode, ready: st, heap });
    }
  }
  await browser.close();
  await server.close();
  writeFileSync(join(OUT, 'scale.json'), JSON.stringify(out, null, 1));
  console.log(`\n${((Date.now() - t0) / 1000).toFixed(0)} s; results in bench/out/scale.json`);
}

main().catch((e) => {
  console.error(e);
  process.exit(2);
});
