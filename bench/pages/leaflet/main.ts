// The alternative many developers would pick: a Leaflet (SVG renderer) choropleth of the same
// polygons, no basemap. Drawn = first useful view = ready (Leaflet has no later "idle").
import * as L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import type { FeatureCollection } from 'geojson';

const q = new URLSearchParams(location.search);
const prefix = q.get('data') ?? 'data/lam-dong';
const [w, s, e, n] = (q.get('bounds') ?? '107.2657514,11.21516485,108.73195023,12.31722787').split(',').map(Number) as [number, number, number, number];

async function main() {
  const [c, d] = await Promise.all([
    fetch(`${prefix}-communes.geojson`).then((r) => r.json() as Promise<FeatureCollection>),
    fetch(`${prefix}-districts.geojson`).then((r) => r.json() as Promise<FeatureCollection>),
  ]);
  const map = L.map('map', { zoomSnap: 0, attributionControl: false, renderer: L.svg() });
  map.fitBounds([[s, w], [n, e]], { padding: [16, 16], animate: false });
  L.geoJSON(c, { style: (f) => ({ fillColor: String(f?.properties?.c ?? '#d9d9d9'), fillOpacity: 1, color: '#ffffff', weight: 0.6 }) }).addTo(map);
  L.geoJSON(d, { style: () => ({ fill: false, color: '#3b3b3b', weight: 1.5 }), interactive: false }).addTo(map);
  // Marked after the frame that shows the polygons.
  requestAnimationFrame(() => {
    document.documentElement.dataset.firstView = 'true';
    document.documentElement.dataset.mapReady = 'true';
  });
}
void main();
