// The only class that talks to MapLibre, and the only writer of the camera. React (MapView)
// creates it once and hands it intent: the picture of a view model, the selection, a framing,
// a camera from a link. The MapLibre object stays private; the URL sync, the exports and the
// embed use the intent methods below (through src/url/mapRegistry.ts).
import type { Map as MLMap, MapGeoJSONFeature, MapOptions as MLMapOptions } from 'maplibre-gl';
import { COMMUNE_LABEL_MIN_ZOOM, FIT_PADDING_PX } from '../domain/mapStyle';
import type { Bbox, Camera, CommuneProps, DistrictProps, MapGeo, MapSelection } from '../domain/geo';
import type { MapPicture } from './picture';
import { initMapLibre } from './maplibre-init';
import { PATTERN_NAMES, patternImage, type PatternName } from './patterns';
import { LAYERS, SRC_COMMUNES, SRC_DISTRICTS, baseStyle, inList, patternIds, selectionFilters } from './style';
import { showBasemap } from './basemap';
import { snapshotDataUrl } from './snapshot';
import { perfMark } from '../perf';
import type { ResetViewControl } from './resetControl';
import type { CommuneLabels, CommuneLabel } from './communeLabels';

import type { MapCallbacks, MapControllerOptions, MapImage, MapProblem } from './controllerTypes';

export type { Bbox, Camera, MapGeo, MapSelection } from '../domain/geo';
export type * from './controllerTypes';
export { LAYERS } from './style';

export class MapController {
  private readonly map: MLMap;
  private readonly geo: MapGeo;
  private readonly callbacks: MapCallbacks;
  private readonly attributionOSM: string;
  /** What the map should show, and what it has been told (diffed on every change). */
  private wanted: MapPicture;
  private applied: MapPicture | null = null;
  private selection: MapSelection;
  private appliedSelection: MapSelection;
  private basemap = false;
  private appliedBasemap = false;
  private styleLoaded = false;
  private hovered: string | null = null;
  private labelMarkers: { remove(): void }[] = [];
  private resetControl: ResetViewControl | null = null;
  private resetLabel: string;
  private communeLabels: CommuneLabels | null = null;
  private pendingCommuneLabels: readonly CommuneLabel[] | null = null;
  private communeLabelWatch: (() => void) | null = null;
  private readyResolvers: (() => void)[] = [];
  private isReady = false;
  private destroyed = false;

  /** Throws when WebGL2 is unavailable: the caller shows the no-WebGL fallback. */
  constructor(container: HTMLElement, o: MapControllerOptions) {
    const maplibregl = o.maplibre ?? initMapLibre();
    this.geo = o.geo;
    this.callbacks = o.callbacks;
    this.attributionOSM = o.attributionOSM;
    this.wanted = o.picture;
    this.selection = o.selection;
    this.appliedSelection = o.selection;
    const options: MLMapOptions = {
      container,
      style: baseStyle(o.geo, { picture: o.picture, selection: o.selection }),
      bounds: o.geo.bounds,
      fitBoundsOptions: { padding: FIT_PADDING_PX },
      maxBounds: padBounds(o.geo.bounds, 1.5),
      minZoom: 6,
      maxZoom: 14,
      attributionControl: { compact: true },
      cooperativeGestures: o.cooperativeGestures ?? false,
      locale: o.locale,
      // Issue #7: no MSAA (MapLibre anti-aliases fill edges and lines itself) and no preserved
      // drawing buffer (a copy per frame): exports read the canvas right after a render (capture.ts).
      canvasContextAttributes: { preserveDrawingBuffer: false, antialias: false },
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
    };
    this.map = new maplibregl.Map(options);
    this.map.touchZoomRotate.disableRotation();
    this.map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    // Issue 14: "show the whole province", below the zoom buttons.
    // Added once the map is ready (its code is not part of the first load: nothing to reset before).
    this.resetLabel = o.resetLabel ?? '';
    // Tests and the benchmark read the map through this hook; only when they ask for it first.
    if (typeof window !== 'undefined' && window.__ntmTestHooks === true) window.__ntmDebug = { map: this.map };

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
    // …except those the first picture uses (issue #7): added now, before the worker parses a tile,
    // so no tile waits for a worker → page → worker round trip and no extra frame is drawn.
    for (const p of new Set(o.picture.patterns.values())) if (p !== 'none') addPattern(p);

    // Sources exist from `style.load` on; their tiles are not cut yet, so these states are in the
    // first frame (feature state is applied at draw time, not in the worker).
    this.map.once('style.load', () => {
      perfMark('map-style');
      this.styleLoaded = true;
      this.applied = { ...o.picture, colors: new Map(), districtColors: new Map() };
      this.sync();
    });
    this.map.on('load', () => {
      perfMark('map-load');
      this.map.once('idle', () => {
        this.isReady = true;
        for (const r of this.readyResolvers.splice(0)) r();
        void this.addResetControl();
      });
    });
    this.map.on('error', (e: { error?: { message?: string }; sourceId?: string }) => {
      const problem: MapProblem = { sourceId: e.sourceId ?? null, message: e.error?.message ?? 'map error' };
      if (this.callbacks.onProblem) this.callbacks.onProblem(problem);
      else console.warn('map:', problem.sourceId ?? '', problem.message);
    });

    for (const l of o.labels) {
      const el = document.createElement('div');
      el.className = 'district-label';
      el.textContent = l.name; // DOM text: Vietnamese diacritics without a glyph server.
      el.setAttribute('aria-hidden', 'true');
      this.labelMarkers.push(new maplibregl.Marker({ element: el }).setLngLat(l.point).addTo(this.map));
    }

    this.map.on('mousemove', (e) => {
      const sel = this.featureAt(e.point);
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
    this.map.on('click', (e) => this.callbacks.onSelect(this.featureAt(e.point)));
  }

  private featureAt(point: { x: number; y: number }): MapSelection {
    const layer = this.wanted.districtMode ? LAYERS.districtFill : LAYERS.communeFill;
    if (!this.map.getLayer(layer)) return null;
    const f = this.map.queryRenderedFeatures([point.x, point.y], { layers: [layer] })[0];
    return f ? this.selectionOf(f) : null;
  }

  private selectionOf(f: MapGeoJSONFeature): MapSelection {
    const p = f.properties as Partial<CommuneProps & DistrictProps>;
    if (this.wanted.districtMode && p.code) return { kind: 'district', code: String(p.code) };
    if (p.gso) return { kind: 'commune', gso: String(p.gso) };
    return null;
  }

  // ---- what is shown -------------------------------------------------------------------------

  /** Show a picture (src/map/picture.ts); only what differs from the last one reaches MapLibre. */
  show(picture: MapPicture): void {
    this.wanted = picture;
    this.sync();
  }

  select(sel: MapSelection): void {
    this.selection = sel;
    this.sync();
  }

  getSelection(): MapSelection {
    return this.selection;
  }

  /** Applies the wanted picture and selection once our layers exist, diffed against the last. */
  private sync(): void {
    if (this.destroyed || !this.styleLoaded || !this.applied) return;
    const want = this.wanted;
    const had = this.applied;
    if (want.colors !== had.colors) {
      for (const [gso, color] of want.colors) {
        if (had.colors.get(gso) !== color) this.map.setFeatureState({ source: SRC_COMMUNES, id: gso }, { color });
      }
    }
    if (want.districtColors !== had.districtColors) {
      for (const [code, color] of want.districtColors) {
        if (had.districtColors.get(code) !== color) this.map.setFeatureState({ source: SRC_DISTRICTS, id: code }, { color });
      }
    }
    if (want.patterns !== had.patterns) {
      for (const p of PATTERN_NAMES) {
        const ids = patternIds(want.patterns, p);
        // Only a changed list: a new filter makes the worker cut every tile again.
        if (!sameList(ids, patternIds(had.patterns, p))) this.map.setFilter(LAYERS.pattern(p), inList('gso', ids));
      }
    }
    if (want.districtMode !== had.districtMode) {
      const on = want.districtMode;
      this.map.setLayoutProperty(LAYERS.districtFill, 'visibility', on ? 'visible' : 'none');
      for (const p of PATTERN_NAMES) this.map.setLayoutProperty(LAYERS.pattern(p), 'visibility', on ? 'none' : 'visible');
    }
    this.applied = want;
    if (!sameSelection(this.selection, this.appliedSelection)) {
      const f = selectionFilters(this.selection);
      this.map.setFilter(LAYERS.communeSelected, f.commune);
      this.map.setFilter(LAYERS.districtSelected, f.district);
      this.map.setFilter(LAYERS.dim, f.dim);
      this.appliedSelection = this.selection;
    }
    if (this.basemap !== this.appliedBasemap) {
      showBasemap(this.map, this.basemap, this.attributionOSM);
      this.appliedBasemap = this.basemap;
    }
  }

  /** The optional OpenStreetMap basemap under the NTM layers. */
  setBasemap(on: boolean): void {
    this.basemap = on;
    this.sync();
  }

  // ---- camera (this class is its only writer) -------------------------------------------------

  /** Frame a unit's or district's box. */
  frame(bbox: Bbox, opts: { maxZoom?: number; animate?: boolean } = {}): void {
    this.map.fitBounds(bbox, {
      padding: { top: 40, bottom: 40, left: 40, right: 40 },
      maxZoom: opts.maxZoom ?? 11.5,
      animate: opts.animate ?? !prefersReducedMotion(),
      duration: 900,
    });
  }

  /** The whole province, as the map opened. */
  resetView(animate = true): void {
    this.map.fitBounds(this.geo.bounds, { padding: FIT_PADDING_PX, animate: animate && !prefersReducedMotion() });
  }

  /** Commune names shown at high zooms without overlaps (src/map/communeLabels.ts), in the UI language. */
  setCommuneLabels(labels: readonly CommuneLabel[]): void {
    if (this.destroyed) return;
    if (this.communeLabels) return this.communeLabels.setLabels(labels);
    this.pendingCommuneLabels = labels;
    this.watchForCommuneLabels();
  }

  /** Issue 13's budget: the label code loads when the map first comes near the labels' zoom
   *  (or opens there, from a link), not with the first view. A failed load (offline) is tried
   *  again on the next zoom. */
  private watchForCommuneLabels(): void {
    if (this.communeLabelWatch) return;
    const check = () => {
      if (this.destroyed || this.map.getZoom() < COMMUNE_LABEL_MIN_ZOOM - 1) return;
      this.map.off('zoom', check);
      import('./communeLabels')
        .then(({ CommuneLabels }) => {
          if (this.destroyed) return;
          this.communeLabels = new CommuneLabels(this.map);
          if (this.pendingCommuneLabels) this.communeLabels.setLabels(this.pendingCommuneLabels);
        })
        .catch(() => {
          if (!this.destroyed) this.map.on('zoom', check);
        });
    };
    this.communeLabelWatch = check;
    this.map.on('zoom', check);
    check();
  }

  private async addResetControl(): Promise<void> {
    const { ResetViewControl } = await import('./resetControl').catch(() => ({ ResetViewControl: null }));
    if (!ResetViewControl || this.destroyed || this.resetControl) return; // offline: the zoom buttons remain
    this.resetControl = new ResetViewControl(() => this.resetView(), this.resetLabel);
    this.map.addControl(this.resetControl, 'top-right');
  }

  /** The reset control's accessible name, in the UI language. */
  setResetLabel(label: string): void {
    this.resetLabel = label;
    this.resetControl?.setLabel(label);
  }

  getCamera(): Camera {
    const c = this.map.getCenter();
    return { lon: c.lng, lat: c.lat, zoom: this.map.getZoom() };
  }

  /** Jump to a camera (from a link), stopping any flight in progress. */
  setCamera(c: Camera): void {
    this.map.stop();
    this.map.jumpTo({ center: [c.lon, c.lat], zoom: c.zoom });
  }

  /** Zoom out just enough that `bbox` is in view (no more than `maxZoom`), if it is not. */
  ensureVisible(bbox: Bbox, maxZoom: number): void {
    const view = this.map.getBounds();
    const inside = view.contains([bbox[0], bbox[1]]) && view.contains([bbox[2], bbox[3]]);
    if (!inside) this.map.fitBounds(bbox, { padding: 24, maxZoom, animate: false });
  }

  /** Calls `cb` after every camera move; returns the unsubscribe. */
  onMoveEnd(cb: () => void): () => void {
    this.map.on('moveend', cb);
    return () => this.map.off('moveend', cb);
  }

  /** Calls `cb` when the reader starts moving the map (not when the app does). */
  onUserMoveStart(cb: () => void): () => void {
    const h = (e: { originalEvent?: unknown }) => {
      if (e.originalEvent) cb();
    };
    this.map.on('movestart', h);
    return () => this.map.off('movestart', h);
  }

  // ---- life cycle -----------------------------------------------------------------------------

  /** True once our layers exist (stays true while the map is hidden behind another tab). */
  hasLayers(): boolean {
    return this.styleLoaded && !!this.map.getLayer(LAYERS.communeSelected);
  }

  /** Resolves after the first complete render (MapLibre `idle` once the data is drawn). */
  whenReady(): Promise<void> {
    if (this.isReady) return Promise.resolve();
    return new Promise((resolve) => this.readyResolvers.push(resolve));
  }

  /** Resolves at the next `idle` (after pending tiles, paint changes and moves are drawn). */
  whenIdle(): Promise<void> {
    return new Promise((resolve) => {
      if (this.destroyed) return resolve();
      this.map.once('idle', () => resolve());
      this.map.triggerRepaint();
    });
  }

  resize(): void {
    this.map.resize();
  }

  /** Points the canvas at a text alternative (aria-describedby). */
  describeCanvasBy(id: string): void {
    this.map.getCanvas().setAttribute('aria-describedby', id);
  }

  // ---- pictures -------------------------------------------------------------------------------

  /** A frame at `ratio` device px per CSS px, with the projection of the view it shows. */
  async captureImage(ratio: number): Promise<MapImage> {
    const canvas = this.map.getCanvas();
    const pr = this.map.getPixelRatio() || 1;
    const width = Math.round(canvas.clientWidth || canvas.width / pr);
    const height = Math.round(canvas.clientHeight || canvas.height / pr);
    // The capture code loads with the first export, not with the map.
    const { captureFrame } = await import('./capture');
    const frame = await captureFrame(this.map, ratio);
    return { canvas: frame, width, height, project: (p) => this.map.project(p) };
  }

  /** The map as drawn now, as a PNG data URL (print), or null. */
  snapshotPng(): string | null {
    return this.destroyed ? null : snapshotDataUrl(this.map);
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    for (const m of this.labelMarkers) m.remove();
    this.communeLabels?.destroy();
    if (typeof window !== 'undefined' && window.__ntmDebug?.map === this.map) delete window.__ntmDebug;
    this.map.remove();
  }
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function sameSelection(a: MapSelection, b: MapSelection): boolean {
  if (a === null || b === null) return a === b;
  if (a.kind === 'commune') return b.kind === 'commune' && a.gso === b.gso;
  return b.kind === 'district' && a.code === b.code;
}

function padBounds(b: Bbox, deg: number): Bbox {
  return [b[0] - deg, b[1] - deg, b[2] + deg, b[3] + deg];
}

function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && !!window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
}
