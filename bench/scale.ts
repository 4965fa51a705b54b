// npm run bench:scale: how time to idle, bytes and JS heap grow with the number of polygons, for
// the floor (GeoJSON by URL, colour property), our approach (fetch + GeoJSON object source + one
// setFeatureState per unit), vector tiles from one static PMTiles archive (cut at benchmark build
// time with geojson-vt + vt-pbf, read through the `pmtiles` protocol), and the Leaflet SVG page.
// Data: synthetic hexagon grids (1k, 5k, 10k+ cells over Lâm Đồng's latitude) and the national
// commune file (NTM_NATIONAL, default ../shared/data/vietnam-communes-2013.geojson).
// Env: SCALE_RUNS (default 3), SCALE_SIZES (default 1000,5000,12000),
// SCALE_MODES (default floor,ours,leaflet,pmtiles), SCALE_TILE_ZOOMS (default 4-10),
// SCALE_TILE_TOLERANCE (geojson-vt tolerance, default 4 = half a pixel).
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import type { Feature, FeatureCollection, Polygon, MultiPolygon, Position } from 'geojson';
import { launch } from '../test/e2e/helpers/browser';
import { BENCH_DATA, buildPage, OUT, ROOT, SITE, writeGeoJson } from './lib/build';
import { serveStatic } from './lib/server';
import { cdp, heapUsed, kb, moments, newContext, stats, waitMarks, warmUpBrowser } from './lib/measure';
import { cutVectorTiles } from './lib/vector-tiles';
import { writePmtiles } from './lib/pmtiles-writer';
import { STATUS_COLORS } from '../src/domain/palette';

const RUNS = Number(process.env.SCALE_RUNS ?? 3);
const SIZES = (process.env.SCALE_SIZES ?? '1000,5000,12000').split(',').map(Number);
const NATIONAL = resolve(process.env.NTM_NATIONAL ?? join(ROOT, '..', 'shared', 'data', 'vietnam-communes-2013.geojson'));
const MODES = (process.env.SCALE_MODES ?? 'floor,ours,leaflet,pmtiles').split(',') as Mode[];
type Mode = 'floor' | 'ours' | 'leaflet' | 'pmtiles';
// Zooms 4-10: the national view at 1280×800 is z≈5 (a portrait phone's about the same), so z4
// leaves one level to zoom out; a z10 tile (≈38 km at 16°N, extent 4096) resolves ≈10 m, finer than
// the simplified commune outlines need until MapLibre overzooms past z13-14. Lâm Đồng's view is z≈9.
const [MIN_ZOOM, MAX_ZOOM] = (process.env.SCALE_TILE_ZOOMS ?? '4-10').split('-').map(Number) as [number, number];
// MapLibre draws a 4096-unit tile over 512 px: 8 units per CSS pixel, so 4 = simplified to ½ px
// (geojson-vt's default 3 ≈ ⅜ px made the national z4-z7 tiles 11-17% larger, archive 3.90 vs
// 3.74 MB, for no visible difference; z8-z10 barely change: the source's own detail ends there).
const TOLERANCE = Number(process.env.SCALE_TILE_TOLERANCE ?? 4);

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

/** The page a mode runs on (the pmtiles page is built here when missing or older than its source). */
const PAGE: Record<Mode, string> = { floor: 'floor', ours: 'floor', leaflet: 'leaflet', pmtiles: 'pmtiles' };

function staleBuild(page: string): boolean {
  const built = join(SITE, page, 'index.html');
  if (!existsSync(built)) return true;
  const src = join(ROOT, 'bench', 'pages', page);
  const newest = Math.max(...readdirSync(src).map((f) => statSync(join(src, f)).mtimeMs));
  return newest > statSync(built).mtimeMs;
}

interface TileSet {
  archive: number;
  tiles: number;
  perZoom: Record<number, { tiles: number; bytes: number }>;
  seconds: number;
}

/** Cuts a set into vector tiles and writes `<name>.pmtiles` next to its GeoJSON. */
function writeTileSet(name: string, communes: FeatureCollection, districts: FeatureCollection, bounds: [number, number, number, number]): TileSet {
  const t0 = Date.now();
  // A numeric feature id as well as the `gso` property (`promoteId` uses the property; vt-pbf only
  // writes numeric ids).
  const withIds: FeatureCollection = { ...communes, features: communes.features.map((f) => ({ ...f, id: Number(f.properties?.gso) })) };
  const tiles = cutVectorTiles({ communes: withIds, districts }, { minZoom: MIN_ZOOM, maxZoom: MAX_ZOOM, tolerance: TOLERANCE });
  const a = writePmtiles(tiles, {
    bounds,
    metadata: {
      name,
      description: 'bench:scale vector tiles (geojson-vt + vt-pbf)',
      vector_layers: [
        { id: 'communes', fields: { gso: 'String', c: 'String' }, minzoom: MIN_ZOOM, maxzoom: MAX_ZOOM },
        { id: 'districts', fields: { code: 'String' }, minzoom: MIN_ZOOM, maxzoom: MAX_ZOOM },
      ],
    },
  });
  writeFileSync(join(BENCH_DATA, `${name}.pmtiles`), a.bytes);
  const perZoom: TileSet['perZoom'] = {};
  for (const t of tiles) {
    const z = (perZoom[t.z] ??= { tiles: 0, bytes: 0 });
    z.tiles++;
    z.bytes += gzipSync(t.data).length; // as stored (the writer gzips each tile)
  }
  return { archive: a.bytes.length, tiles: tiles.length, perZoom, seconds: (Date.now() - t0) / 1000 };
}

/** Bytes of the set's data actually transferred (body + headers) by the page, worker included. */
function recordDataTransfer(page: Page): () => Promise<{ bytes: number; requests: number }> {
  const sizes: Promise<number>[] = [];
  page.on('requestfinished', (req) => {
    // By path: the page's own URL names the data prefix in its query (?data=../bench-data/…).
    if (!new URL(req.url()).pathname.startsWith('/bench-data/')) return;
    sizes.push(req.sizes().then((s) => s.responseBodySize + s.responseHeadersSize, () => 0));
  });
  return async () => {
    const all = await Promise.all(sizes);
    return { bytes: all.reduce((a, b) => a + b, 0), requests: all.length };
  };
}

interface Result {
  set: string;
  polygons: number;
  dataGzip: number;
  archive: number;
  mode: Mode;
  ready: ReturnType<typeof stats>;
  fetched: { bytes: number; requests: number } | null;
  heap: number;
}

async function main() {
  const t0 = Date.now();
  for (const p of new Set(MODES.map((m) => PAGE[m])))
    if (p === 'pmtiles' ? staleBuild(p) : !existsSync(join(SITE, p, 'index.html'))) await buildPage(p);
  const sets: { name: string; n: number; bounds: [number, number, number, number]; tiles: TileSet | null }[] = [];
  const add = (name: string, g: { communes: FeatureCollection; districts: FeatureCollection; bounds: [number, number, number, number] }) => {
    writeGeoJson(name, g.communes, g.districts);
    const tiles = MODES.includes('pmtiles') ? writeTileSet(name, g.communes, g.districts, g.bounds) : null;
    if (tiles) {
      const zs = Object.entries(tiles.perZoom).map(([z, v]) => `z${z} ${v.tiles}/${kb(v.bytes)}`).join(', ');
      console.log(`tiles ${name}: ${tiles.tiles} tiles z${MIN_ZOOM}-${MAX_ZOOM} (${zs}); archive ${kb(tiles.archive)}; cut + written in ${tiles.seconds.toFixed(1)} s`);
    }
    sets.push({ name, n: g.communes.features.length, bounds: g.bounds, tiles });
  };
  for (const n of SIZES) add(`hex${n}`, hexGrid(n));
  const nat = national();
  if (nat) add('national', nat);
  else console.log(`national file not found at ${NATIONAL} (set NTM_NATIONAL): skipped`);

  const server = await serveStatic(SITE);
  const browser = await launch();
  const out: Result[] = [];
  console.log(`\n${RUNS} cold runs per page, the pages taking turns (each round starts with the next page)`);
  console.log('set         polygons  data        page     ready median [min–max]   fetched at load       heap after load');
  // One discarded load of each page of the smallest set: the first navigation of a fresh browser also
  // pays Chromium's start-up (GPU process, shaders), which belongs to no page (bench/README.md).
  const first = sets[0];
  if (first) {
    await warmUpBrowser(
      browser,
      MODES.map((mode) => ({ url: `${server.url}${PAGE[mode]}/?data=../bench-data/${first.name}&bounds=${first.bounds.join(',')}&mode=${mode}`, until: 'ready' as const })),
    );
  }
  for (const set of sets) {
    const bytes = gzipSync(readFileSync(join(BENCH_DATA, `${set.name}-communes.geojson`)), { level: 6 }).length + gzipSync(readFileSync(join(BENCH_DATA, `${set.name}-districts.geojson`)), { level: 6 }).length;
    const times = new Map<Mode, (number | null)[]>(MODES.map((m) => [m, []]));
    const last = new Map<Mode, { heap: number; fetched: { bytes: number; requests: number } | null }>();
    for (let i = 0; i < RUNS; i++) {
      // Interleaved: the pages share the machine's drift within a set, and no page always goes first.
      const order = MODES.map((_, k) => MODES[(k + i) % MODES.length]!);
      for (const mode of order) {
        const ctx = await newContext(browser);
        const page = await ctx.newPage();
        const s = await cdp(page);
        const fetched = recordDataTransfer(page);
        const url = `${server.url}${PAGE[mode]}/?data=../bench-data/${set.name}&bounds=${set.bounds.join(',')}&mode=${mode}`;
        try {
          await page.goto(url, { waitUntil: 'commit' });
          const m = await waitMarks(page, 'ready', 120000);
          times.get(mode)!.push(moments(mode === 'leaflet' ? 'leaflet' : 'maplibre', m).ready);
          if (i === RUNS - 1) {
            const heap = await heapUsed(s);
            last.set(mode, { heap, fetched: await fetched() });
            if (mode === 'pmtiles') await page.screenshot({ path: join(OUT, `scale-${set.name}-pmtiles.png`) });
          }
        } catch (e) {
          times.get(mode)!.push(null);
          console.log(`  ${set.name} ${mode}: ${(e as Error).message.split('\n')[0]}`);
        }
        await ctx.close();
      }
    }
    for (const mode of MODES) {
      const st = stats(times.get(mode)!);
      const l = last.get(mode);
      const data = mode === 'pmtiles' ? `${kb(set.tiles?.archive ?? 0)}*` : kb(bytes);
      const f = l?.fetched ? `${kb(l.fetched.bytes)} (${l.fetched.requests} req)` : 'n/a';
      console.log(`${set.name.padEnd(11)} ${String(set.n).padStart(8)}  ${data.padStart(10)}  ${mode.padEnd(8)} ${(st ? `${Math.round(st.median)} ms [${Math.round(st.min)}–${Math.round(st.max)}]` : 'n/a').padEnd(24)} ${f.padEnd(21)} ${kb(l?.heap ?? 0)}`);
      out.push({ set: set.name, polygons: set.n, dataGzip: bytes, archive: set.tiles?.archive ?? 0, mode, ready: st, fetched: l?.fetched ?? null, heap: l?.heap ?? 0 });
    }
  }
  await browser.close();
  await server.close();
  console.log('* pmtiles: the archive\'s total size (tiles gzip-compressed inside, served as is); the others: GeoJSON gzip');
  console.log('fetched: the set\'s data transferred before the page was ready (body + headers, Range requests for pmtiles)');
  console.log('\nMarkdown (ready = median [min–max] ms; heap MB):');
  const get = (set: string, mode: Mode) => out.find((r) => r.set === set && r.mode === mode);
  const ms = (r: Result | undefined) => (r?.ready ? `${Math.round(r.ready.median)} [${Math.round(r.ready.min)}–${Math.round(r.ready.max)}]` : 'n/a');
  const mb = (r: Result | undefined) => (r ? (r.heap / 1048576).toFixed(1) : 'n/a');
  const fk = (r: Result | undefined) => (r?.fetched ? `${(r.fetched.bytes / 1024).toFixed(1)} KB` : 'n/a');
  console.log(`| set | polygons | GeoJSON gzip | PMTiles archive | fetched: ${MODES.join(' / ')} | ready: ${MODES.join(' / ')} | heap: ${MODES.join(' / ')} |`);
  console.log('|---|---|---|---|---|---|---|');
  for (const set of sets) {
    const r = MODES.map((m) => get(set.name, m));
    console.log(`| ${set.name} | ${set.n.toLocaleString('en')} | ${kb(r[0]?.dataGzip ?? 0)} | ${set.tiles ? kb(set.tiles.archive) : 'n/a'} | ${r.map(fk).join(' / ')} | ${r.map(ms).join(' / ')} | ${r.map(mb).join(' / ')} |`);
  }
  writeFileSync(join(OUT, 'scale.json'), JSON.stringify({ runs: RUNS, tileZooms: [MIN_ZOOM, MAX_ZOOM], tolerance: TOLERANCE, tiles: Object.fromEntries(sets.map((s) => [s.name, s.tiles])), results: out }, null, 1));
  console.log(`\n${((Date.now() - t0) / 1000).toFixed(0)} s; results in bench/out/scale.json, pmtiles screenshots in bench/out/scale-<set>-pmtiles.png`);
}

main().catch((e) => {
  console.error(e);
  process.exit(2);
});
