// The only class that talks to MapLibre. React creates it once and hands it intent
// (colours per unit, district mode, selection, camera targets); camera frames stay inside MapLibre.
import type { Map as MLMap, MapGeoJSONFeature, GeoJSONSource, StyleSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { initMapLibre } from './maplibre-init';
import { PATTERN_NAMES, patternImage, type PatternName } from './patterns';

export type Bbox = [number, number, number, number];
export type MapSelection = { kind: 'commune'; gso: string } | { kind: 'district'; code: string } | null;

export interface CommuneProps {
  gso: string;
  d: string;
}
export interface DistrictProps {
  code: string;
}
export interface MapGeo {
  communes: FeatureCollection<Polygon | MultiPolygon, CommuneProps>;
  districts: FeatureCollection<Polygon | MultiPolygon, DistrictProps>;
  bounds: Bbox;
}
export interface DistrictLabel {
  code: string;
  name: string;
  point: [number, number];
}
export interface MapCallbacks {
  onHover: (sel: MapSelection, point: { x: number; y: number } | null) => void;
  onSelect: (sel: MapSelection) => void;
}
/** What the map shows when it opens. Issue #7: written into the style itself (filters, visibility)
 *  and the colours set as feature state before the first tile is drawn, so the first frame is the
 *  final one: no `setFilter` after `load` (filters run in the worker: every tile would be cut again)
 *  and no second frame to reach `idle`. */
export interface InitialPaint {
  colors: Map<string, string>;
  patterns: Map<string, PatternName | 'none'>;
  districtColors: Map<string, string>;
  districtMode: boolean;
  selection: MapSelection;
}
export interface MapOptions {
  /** Help texts for cooperative gestures (embed mode), in the UI language. */
  cooperativeGestures?: boolean;
  locale?: Record<string, string>;
  attributionOSM: string;
  initial?: InitialPaint;
}

const SRC_COMMUNES = 'communes';
const SRC_DISTRICTS = 'districts';
const SRC_OSM = 'osm';
export const LAYERS = {
  osm: 'osm-raster',
  communeFill: 'commune-fill',
  communeLine: 'commune-line',
  districtFill: 'district-fill',
  districtLine: 'district-line',
  dim: 'dim-outside-selection',
  communeSelected: 'commune-selected',
  districtSelected: 'district-selected',
  pattern: (p: PatternName) => `commune-pattern-${p}`,
} as const;

const BACKGROUND = '#f4f3ef';
const TILE_BUFFER = 16;
const FALLBACK_FILL = '#d9d9d9';

function patternIds(patterns: Map<string, PatternName | 'none'>, p: PatternName): string[] {
  return [...patterns].filter(([, v]) => v === p).map(([k]) => k);
}

function selectionFilters(sel: MapSelection): { commune: FilterSpecification; district: FilterSpecification; dim: FilterSpecification } {
  const gso = sel?.kind === 'commune' ? sel.gso : '__none__';
  const code = sel?.kind === 'district' ? sel.code : '__none__';
  return {
    commune: ['==', ['get', 'gso'], gso],
    district: ['==', ['get', 'code'], code],
    // A selected district dims the rest of the province.
    dim: sel?.kind === 'district' ? ['!=', ['get', 'code'], code] : ['==', ['get', 'code'], '__none__'],
  };
}

function baseStyle(geo: MapGeo, initial?: InitialPaint): StyleSpecification {
  const districtMode = initial?.districtMode ?? false;
  const sel = selectionFilters(initial?.selection ?? null);
  const patternLayers: LayerSpecification[] = PATTERN_NAMES.map((p) => ({
    id: LAYERS.pattern(p),
    type: 'fill',
    source: SRC_COMMUNES,
    filter: inList('gso', initial ? patternIds(initial.patterns, p) : []),
    layout: { visibility: districtMode ? 'none' : 'visible' },
    paint: { 'fill-pattern': p },
  }));
  return {
    version: 8,
    // Issue #7: a 16 px tile buffer instead of MapLibre's 128 px. Each tile's geometry is clipped to
    // the tile plus its buffer, so at 128 px the worker cut, triangulated and drew 2.25× the tile's
    // area; 16 px is still 4× our widest line (no seams at tile edges, checked at zoom 9-13).
    // A/B, 10 paired cold runs: MapLibre style → load 1145 → 986 ms.
    sources: {
      [SRC_COMMUNES]: { type: 'geojson', data: geo.communes, promoteId: 'gso', buffer: TILE_BUFFER },
      [SRC_DISTRICTS]: { type: 'geojson', data: geo.districts, promoteId: 'code', buffer: TILE_BUFFER },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': BACKGROUND } },
      {
        id: LAYERS.communeFill,
        type: 'fill',
        source: SRC_COMMUNES,
        paint: { 'fill-color': ['coalesce', ['feature-state', 'color'], FALLBACK_FILL], 'fill-opacity': 1 },
      },
      ...patternLayers,
      {
        id: LAYERS.communeLine,
        type: 'line',
        source: SRC_COMMUNES,
        paint: { 'line-color': '#ffffff', 'line-width': ['interpolate', ['linear'], ['zoom'], 7, 0.4, 11, 1.2] },
      },
      {
        id: LAYERS.districtFill,
        type: 'fill',
        source: SRC_DISTRICTS,
        layout: { visibility: districtMode ? 'visible' : 'none' },
        paint: { 'fill-color': ['coalesce', ['feature-state', 'color'], FALLBACK_FILL] },
      },
      {
        id: LAYERS.dim,
        type: 'fill',
        source: SRC_DISTRICTS,
        filter: sel.dim,
        paint: { 'fill-color': '#ffffff', 'fill-opacity': 0.6 },
      },
      {
        id: LAYERS.districtLine,
        type: 'line',
        source: SRC_DISTRICTS,
        // Issue #7: MapLibre's default (miter) joins, not round ones: a round join adds a fan of
        // triangles at every vertex of every district boundary, invisible at 1.2-2.5 px. A/B, 10
        // paired cold runs: style → load 1021 → 936 ms. (The selection outlines, one unit, keep theirs.)
        paint: { 'line-color': '#3b3b3b', 'line-width': ['interpolate', ['linear'], ['zoom'], 7, 1.2, 11, 2.5] },
      },
      {
        id: LAYERS.districtSelected,
        type: 'line',
        source: SRC_DISTRICTS,
        filter: sel.district,
        layout: { 'line-join': 'round' },
        paint: { 'line-color': '#111111', 'line-width': 3.5 },
      },
      {
        id: LAYERS.communeSelected,
        type: 'line',
        source: SRC_COMMUNES,
        filter: sel.commune,
        layout: { 'line-join': 'round' },
        paint: { 'line-color': '#111111', 'line-width': 3 },
      },
    ],
  };
}

export class MapController {
  readonly map: MLMap;
  private districtMode = false;
  private selection: MapSelection = null;
  private hovered: string | null = null;
  private labelMarkers: { remove(): void }[] = [];
  private readyResolvers: (() => void)[] = [];
  private isReady = false;
  private destroyed = false;

  /** Throws when WebGL2 is unavailable: the caller shows the no-WebGL fallback. */
  constructor(
    container: HTMLElement,
    private readonly geo: MapGeo,
    labels: DistrictLabel[],
    private readonly callbacks: MapCallbacks,
    options: MapOptions,
  ) {
    const maplibregl = initMapLibre();
    this.map = new maplibregl.Map({
      container,
      style: baseStyle(geo, options.initial),
      bounds: geo.bounds,
      fitBoundsOptions: { padding: 16 },
      maxBounds: padBounds(geo.bounds, 1.5),
      minZoom: 6,
      maxZoom: 14,
      attributionControl: { compact: true },
      cooperativeGestures: options.cooperativeGestures ?? false,
      locale: options.locale,
      // Issue #7: no MSAA (MapLibre anti-aliases fill edges and lines itself) and no preserved
      // drawing buffer (a copy per frame): PNG export and the print snapshot read the canvas right
      // after a render instead (src/export/png.ts, src/ui/PrintButton.tsx).
      canvasContextAttributes: { preserveDrawingBuffer: false, antialias: false },
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
    });
    this.map.touchZoomRotate.disableRotation();
    this.map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    this.attributionOSM = options.attributionOSM;

    // Pattern images are generated on demand the first time a layer asks for them…
    const addPattern = (name: PatternName) => {
      const ratio = Math.max(1, Math.round(window.devicePixelRatio || 1));
      this.map.addImage(name, patternImage(name, ratio), { pixelRatio: ratio });
    };
    this.map.setMissingStyleImageResolver((id) => {
      const name = id as PatternName;
      if (!PATTERN_NAMES.includes(name) || this.map.hasImage(name)) return;
      addPattern(name);
    });
    const initial = options.initial;
    // …except those the first picture uses (issue #7): added now, before the worker parses a tile,
    // no tile waits for the worker → page → worker round trip that asks for them, and no extra frame
    // is drawn when they arrive (MapLibre `render` events during load: 6 → 5).
    if (initial) for (const p of new Set(initial.patterns.values())) if (p !== 'none') addPattern(p);
    if (initial) {
      this.districtMode = initial.districtMode;
      this.selection = initial.selection;
      // Sources exist from `style.load` on; their tiles are not cut yet, so these states are in the
      // first frame (feature state is applied at draw time, not in the worker).
      this.map.once('style.load', () => {
        this.showCommuneColors(initial.colors);
        this.showDistrictColors(initial.districtColors);
      });
    }
    this.map.on('load', () => {
      this.map.once('idle', () => {
        this.isReady = true;
        for (const r of this.readyResolvers.splice(0)) r();
      });
    });

    for (const l of labels) {
      const el = document.createElement('div');
      el.className = 'district-label';
      el.textContent = l.name; // DOM text: Vietnamese diacritics without a glyph server.
      el.setAttribute('aria-hidden', 'true');
      this.labelMarkers.push(new maplibregl.Marker({ element: el }).setLngLat(l.point).addTo(this.map));
    }

    this.map.on('mousemove', (e) => {
      const layer = this.districtMode ? LAYERS.districtFill : LAYERS.communeFill;
      const f = this.map.getLayer(layer) ? this.map.queryRenderedFeatures(e.point, { layers: [layer] })[0] : undefined;
      const sel = f ? this.selectionOf(f) : null;
      const key = sel ? (sel.kind === 'commune' ? sel.gso : sel.code) : null;
      this.map.getCanvas().style.cursor = sel ? 'pointer' : '';
      if (key !== this.hovered || sel) {
        this.hovered = key;
        this.callbacks.onHover(sel, sel ? { x: e.point.x, y: e.point.y } : null);
      }
    });
    this.map.on('mouseout', () => {
      this.hovered = null;
      this.callbacks.onHover(null, null);
    });
    this.map.on('click', (e) => {
      const layer = this.districtMode ? LAYERS.districtFill : LAYERS.communeFill;
      const f = this.map.queryRenderedFeatures(e.point, { layers: [layer] })[0];
      this.callbacks.onSelect(f ? this.selectionOf(f) : null);
    });
  }

  private attributionOSM: string;

  private selectionOf(f: MapGeoJSONFeature): MapSelection {
    const p = f.properties as Partial<CommuneProps & DistrictProps>;
    if (this.districtMode && p.code) return { kind: 'district', code: String(p.code) };
    if (p.gso) return { kind: 'commune', gso: String(p.gso) };
    return null;
  }

  /** True once our layers exist. Unlike `isStyleLoaded()`, this stays true while tiles load or the
   * map is hidden (e.g. behind the table tab), so selections and colours made then are applied. */
  hasLayers(): boolean {
    return !!this.map.getLayer(LAYERS.communeSelected);
  }

  /** Resolves after the first complete render (MapLibre `idle` once the data is drawn). */
  whenReady(): Promise<void> {
    if (this.isReady) return Promise.resolve();
    return new Promise((resolve) => this.readyResolvers.push(resolve));
  }

  /** Resolves at the next `idle` (after pending tiles and paint changes are drawn). */
  whenIdle(): Promise<void> {
    return new Promise((resolve) => {
      if (this.map.loaded() && !this.map.isMoving()) {
        this.map.once('idle', () => resolve());
        this.map.triggerRepaint();
      } else {
        this.map.once('idle', () => resolve());
      }
    });
  }

  /** Colour every commune; `patterns` lists the units that get a non-colour cue. */
  showCommuneClasses(colors: Map<string, string>, patterns: Map<string, PatternName | 'none'>): void {
    this.showCommuneColors(colors);
    // MapLibre ignores a filter equal to the current one, so unchanged patterns cost nothing.
    for (const p of PATTERN_NAMES) this.map.setFilter(LAYERS.pattern(p), inList('gso', patternIds(patterns, p)));
  }

  private showCommuneColors(colors: Map<string, string>): void {
    for (const [gso, color] of colors) this.map.setFeatureState({ source: SRC_COMMUNES, id: gso }, { color });
  }

  showDistrictColors(colors: Map<string, string>): void {
    for (const [code, color] of colors) this.map.setFeatureState({ source: SRC_DISTRICTS, id: code }, { color });
  }

  setDistrictMode(on: boolean): void {
    this.districtMode = on;
    this.map.setLayoutProperty(LAYERS.districtFill, 'visibility', on ? 'visible' : 'none');
    for (const p of PATTERN_NAMES) this.map.setLayoutProperty(LAYERS.pattern(p), 'visibility', on ? 'none' : 'visible');
  }

  setSelection(sel: MapSelection): void {
    this.selection = sel;
    const f = selectionFilters(sel);
    this.map.setFilter(LAYERS.communeSelected, f.commune);
    this.map.setFilter(LAYERS.districtSelected, f.district);
    this.map.setFilter(LAYERS.dim, f.dim);
  }

  getSelection(): MapSelection {
    return this.selection;
  }

  flyToBBox(bbox: Bbox, opts: { maxZoom?: number; animate?: boolean } = {}): void {
    this.map.fitBounds(bbox, {
      padding: { top: 40, bottom: 40, left: 40, right: 40 },
      maxZoom: opts.maxZoom ?? 11.5,
      animate: opts.animate ?? !prefersReducedMotion(),
      duration: 900,
    });
  }

  fitProvince(animate = true): void {
    this.map.fitBounds(this.geo.bounds, { padding: 16, animate: animate && !prefersReducedMotion() });
  }

  setBasemap(on: boolean): void {
    const has = !!this.map.getSource(SRC_OSM);
    if (on && !has) {
      this.map.addSource(SRC_OSM, {
        type: 'raster',
        tiles: ['https://tile.openstreetmap.org/{z}/{x}/{y}.png'],
        tileSize: 256,
        maxzoom: 19,
        attribution: this.attributionOSM,
      });
      // Below the NTM layers: a failing tile server never hides them.
      this.map.addLayer({ id: LAYERS.osm, type: 'raster', source: SRC_OSM }, LAYERS.communeFill);
      this.map.setPaintProperty(LAYERS.communeFill, 'fill-opacity', 0.72);
    } else if (!on && has) {
      this.map.removeLayer(LAYERS.osm);
      this.map.removeSource(SRC_OSM);
      this.map.setPaintProperty(LAYERS.communeFill, 'fill-opacity', 1);
    }
  }

  /** Replace geometry (e.g. after a data reload). */
  setGeo(geo: MapGeo): void {
    (this.map.getSource(SRC_COMMUNES) as GeoJSONSource).setData(geo.communes);
    (this.map.getSource(SRC_DISTRICTS) as GeoJSONSource).setData(geo.districts);
  }

  resize(): void {
    this.map.resize();
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    for (const m of this.labelMarkers) m.remove();
    this.map.remove();
  }
}

function inList(prop: string, ids: string[]): FilterSpecification {
  return ['in', ['get', prop], ['literal', ids]] as FilterSpecification;
}

function padBounds(b: Bbox, deg: number): Bbox {
  return [b[0] - deg, b[1] - deg, b[2] + deg, b[3] + deg];
}

function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && !!window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
}
