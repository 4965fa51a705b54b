// The floor: a bare MapLibre page (same version and worker setup as the app) drawing the commune
// fill and the district lines, nothing else. Modes (query `mode`):
//  - floor (default): GeoJSON sources given by URL (the worker fetches and parses), colour from a
//    property: the least work MapLibre can do for this picture;
//  - ours: the app's approach: fetch + parse on the main thread, GeoJSON object sources with
//    promoteId, then one setFeatureState per unit for its colour;
// Query: data=<prefix> (files <prefix>-communes.geojson / -districts.geojson),
// bounds=w,s,e,n (known in advance, as the app's data build knows them).
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';

maplibregl.setWorkerUrl(workerUrl);
const q = new URLSearchParams(location.search);
const prefix = q.get('data') ?? 'data/lam-dong';
const mode = q.get('mode') ?? 'floor';
const bounds = (q.get('bounds') ?? '107.2657514,11.21516485,108.73195023,12.31722787').split(',').map(Number) as [number, number, number, number];
const abs = (p: string) => new URL(p, location.href).href; // the worker resolves URLs absolutely

function mark(name: 'firstView' | 'mapReady') {
  document.documentElement.dataset[name] = 'true';
}

async function main() {
  let communes: maplibregl.SourceSpecification;
  let districts: maplibregl.SourceSpecification;
  let fillColor: maplibregl.ExpressionSpecification;
  let colors: [string, string][] | null = null;
  if (mode === 'ours') {
    const [c, d] = await Promise.all([fetch(`${prefix}-communes.geojson`).then((r) => r.json()), fetch(`${prefix}-districts.geojson`).then((r) => r.json())]);
    colors = (c.features as { properties: { gso: string; c: string } }[]).map((f) => [f.properties.gso, f.properties.c]);
    communes = { type: 'geojson', data: c, promoteId: 'gso' };
    districts = { type: 'geojson', data: d };
    fillColor = ['coalesce', ['feature-state', 'color'], '#d9d9d9'];
  } else {
    communes = { type: 'geojson', data: abs(`${prefix}-communes.geojson`) };
    districts = { type: 'geojson', data: abs(`${prefix}-districts.geojson`) };
    fillColor = ['get', 'c'];
  }
  performance.mark('ntm:map-create'); // same User Timing marks as the app (src/perf.ts), for phase comparisons
  const map = new maplibregl.Map({
    container: 'map',
    style: {
      version: 8,
      sources: { communes, districts },
      layers: [
        { id: 'bg', type: 'background', paint: { 'background-color': '#f4f3ef' } },
        { id: 'fill', type: 'fill', source: 'communes', paint: { 'fill-color': fillColor } },
        { id: 'line', type: 'line', source: 'districts', paint: { 'line-color': '#3b3b3b', 'line-width': 1.5 } },
      ],
    },
    bounds,
    fitBoundsOptions: { padding: 16 },
    attributionControl: false,
    // aa=1 / pdb=1: the app's context attributes (MSAA, preserved drawing buffer), to measure their cost.
    canvasContextAttributes: { antialias: q.get('aa') === '1', preserveDrawingBuffer: q.get('pdb') === '1' },
  });
  performance.mark('ntm:map-created');
  (window as unknown as { __benchMap: maplibregl.Map }).__benchMap = map;
  map.once('load', () => performance.mark('ntm:map-load'));
  map.on('load', () => {
    if (colors) for (const [id, color] of colors) map.setFeatureState({ source: 'communes', id }, { color });
  });
  map.once('idle', () => {
    mark('firstView');
    mark('mapReady');
  });
}
void main();
