// Global MapLibre setup, done once. MapLibre 6 is ESM-only and does not bundle its worker:
// `?worker&url` makes Vite emit the worker with its sibling chunk (a plain `?url` 404s in production).
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';

let done = false;
export function initMapLibre(): typeof maplibregl {
  if (!done) {
    maplibregl.setWorkerUrl(workerUrl);
    done = true;
  }
  return maplibregl;
}

/** True when this browser can create a WebGL2 context (MapLibre 6 needs it). */
export function hasWebGL2(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return !!canvas.getContext('webgl2');
  } catch {
    return false;
  }
}

/** Issue #7: start MapLibre's worker (fetch ≈145 KB gzip + start-up) as soon as this chunk loads, in
 *  parallel with the data fetch and React's first render, instead of when the map is created. */
export function prewarmMapLibre(): void {
  initMapLibre().prewarm();
}
