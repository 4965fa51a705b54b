// Bytes only: what the stack costs before any app code (MapLibre main + CSS + worker, React DOM).
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';

maplibregl.setWorkerUrl(workerUrl);
createRoot(document.getElementById('root')!).render(createElement('div', null, String(typeof maplibregl.Map)));
