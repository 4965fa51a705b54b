// The vector-tile variant of the floor page (../floor/main.ts): the same bare MapLibre, worker setup
// and picture (commune fill coloured by the property `c`, district lines), but the geometry comes
// from ONE static PMTiles archive of Mapbox Vector Tiles, read with HTTP Range requests through the
// `pmtiles` protocol: only the header + root directory (first 16 KB) and the tiles in view are
// fetched. `promoteId` keeps `gso` as the feature id, so the app's feature-state colouring would work
// unchanged. Marks `data-first-view` / `data-map-ready` at MapLibre's first `idle`, as the floor does.
// Query: data=<prefix> (archive <prefix>.pmtiles, layers `communes` and `districts`),
// bounds=w,s,e,n (known in advance, as the app's data build knows them).
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { Protocol } from 'pmtiles';

maplibregl.setWorkerUrl(workerUrl);
maplibregl.addProtocol('pmtiles', new Protocol().tile);
const q = new URLSearchParams(location.search);
const prefix = q.get('data') ?? 'bench-data/national';
const bounds = (q.get('bounds') ?? '102.14,8.56,109.47,23.39').split(',').map(Number) as [number, number, number, number];
const archive = new URL(`${prefix}.pmtiles`, location.href).href;

function mark(name: 'firstView' | 'mapReady') {
  document.documentElement.dataset[name] = 'true';
}

const map = new maplibregl.Map({
  container: 'map',
  style: {
    version: 8,
    sources: { tiles: { type: 'vector', url: `pmtiles://${archive}`, promoteId: { communes: 'gso' } } },
    // Keep in step with ../floor/main.ts (same colours and widths).
    layers: [
      { id: 'bg', type: 'background', paint: { 'background-color': '#f4f3ef' } },
      { id: 'fill', type: 'fill', source: 'tiles', 'source-layer': 'communes', paint: { 'fill-color': ['get', 'c'] } },
      { id: 'line', type: 'line', source: 'tiles', 'source-layer': 'districts', paint: { 'line-color': '#3b3b3b', 'line-width': 1.5 } },
    ],
  },
  bounds,
  fitBoundsOptions: { padding: 16 },
  attributionControl: false,
  canvasContextAttributes: { antialias: q.get('aa') === '1', preserveDrawingBuffer: q.get('pdb') === '1' },
});
(window as unknown as { __benchMap: maplibregl.Map }).__benchMap = map;
map.once('idle', () => {
  mark('firstView');
  mark('mapReady');
});
