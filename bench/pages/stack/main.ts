// Bytes only: what the stack costs before any app code (MapLibre main + CSS + worker, React DOM).
// The whole MapLibre module, as its main bundle ships (dist/maplibre-gl.mjs): the namespace object
// escapes, so nothing is tree-shaken. (Until 2026-11-22 this page used only `Map`, and the bundler
// dropped MapLibre's controls and markers, which the app's bytes then counted as "ours": ≈12 KB.)
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';

maplibregl.setWorkerUrl(workerUrl);
(window as unknown as { maplibregl: typeof maplibregl }).maplibregl = maplibregl;
createRoot(document.getElementById('root')!).render(createElement('div', null, String(typeof maplibregl.Map)));
