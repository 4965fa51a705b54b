// Builds what the benchmark serves, all under bench/out/site/ (gitignored):
//   /            the app's production build (same vite.config.ts as `npm run build`, own outDir, so
//                it never touches dist/ that the browser tests use)
//   /floor/      bare MapLibre page        /leaflet/  Leaflet SVG page      /stack/  bytes-only page
//   /bench-data/ the app's public/data/geo.json converted to GeoJSON (+ colour property `c`)
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import type { Topology } from 'topojson-specification';
import { geoFromTopology } from '../../src/data/loadData';
import { parseDatasetText } from '../../src/data/wire';
import { buildFirstView } from '../../scripts/lib/firstView';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const OUT = join(ROOT, 'bench', 'out');
export const SITE = join(OUT, 'site');
export const BENCH_DATA = join(SITE, 'bench-data');

export interface BuiltSite {
  bounds: [number, number, number, number];
}

export async function buildPage(name: string, outDir = join(SITE, name)): Promise<void> {
  await build({
    configFile: false,
    root: join(ROOT, 'bench', 'pages', name),
    base: './',
    logLevel: 'error',
    build: { outDir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 5000, reportCompressedSize: false },
  });
}

/** GeoJSON of a FeatureCollection with a colour property, for the reference pages. */
export function writeGeoJson(prefix: string, communes: unknown, districts: unknown): void {
  mkdirSync(BENCH_DATA, { recursive: true });
  writeFileSync(join(BENCH_DATA, `${prefix}-communes.geojson`), JSON.stringify(communes));
  writeFileSync(join(BENCH_DATA, `${prefix}-districts.geojson`), JSON.stringify(districts));
}

export async function buildSite(log: (s: string) => void = console.log): Promise<BuiltSite> {
  const t0 = Date.now();
  const ensure = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(ROOT, 'scripts', 'ensure-data.ts')], { cwd: ROOT, stdio: 'inherit' });
  if (ensure.status !== 0) throw new Error('data build failed');
  await build({ configFile: join(ROOT, 'vite.config.ts'), root: ROOT, logLevel: 'error', build: { outDir: SITE, emptyOutDir: true, reportCompressedSize: false } });
  for (const p of ['floor', 'leaflet', 'stack']) await buildPage(p);

  // Same geometry and colours as the app: the TopoJSON it loads, decoded by the app's own function.
  const topo = JSON.parse(readFileSync(join(ROOT, 'public', 'data', 'geo.json'), 'utf8')) as Topology;
  const ds = parseDatasetText(readFileSync(join(ROOT, 'public', 'data', 'ntm.json'), 'utf8'));
  const geo = geoFromTopology(topo);
  const fv = buildFirstView(topo, ds);
  const communes = { ...geo.communes, features: geo.communes.features.map((f) => ({ ...f, properties: { ...f.properties, c: fv.colors.get(f.properties.gso) ?? '#d9d9d9' } })) };
  writeGeoJson('lam-dong', communes, geo.districts);
  log(`built site in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return { bounds: geo.bounds };
}
