// React owner of the MapController: creates it once, then turns store intent into map calls.
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { useApp } from '../state/store';
import { useIndex } from '../state/useIndex';
import { classifyAll, classifyDistricts, colorOf, legendClasses, shareClasses } from '../domain/classify';
import type { DataIndex } from '../domain/dataIndex';
import type { MeasureId } from '../domain/measures';
import { useT } from '../i18n';
import { HoverCard } from '../ui/HoverCard';
import { MapDescription } from '../ui/MapDescription';
import { showTable } from '../ui/showTable';
import { MapController, type MapGeo, type MapSelection } from './MapController';
import type { PatternName } from './patterns';
// Issue #7: the static first view stays over the map until MapLibre is idle (same extent and colours).
import { FirstView, StaticMap, firstViewMatches } from '../ui/FirstView';
import { prewarmMapLibre } from './maplibre-init';
import { perfMark } from '../perf';

// Issue #7: warm the worker while the data loads (this module is its own chunk, loaded at startup).
perfMark('map-chunk');
if (typeof window !== 'undefined' && typeof Worker !== 'undefined') prewarmMapLibre();

export interface MapViewProps {
  geo: MapGeo;
  /** Embed mode: cooperative gestures so the host page scrolls normally. */
  embed?: boolean;
  onController?: (c: MapController | null) => void;
  /** Called once, when the map is first idle with its data drawn (interactive ready). */
  onReady?: () => void;
}

export function communePaint(idx: DataIndex, measure: MeasureId, year: number) {
  const classes = classifyAll(idx, measure, year);
  const patternOf = new Map(legendClasses(measure).map((c) => [c.key, c.pattern]));
  const colors = new Map<string, string>();
  const patterns = new Map<string, PatternName | 'none'>();
  for (const [gso, key] of classes) {
    colors.set(gso, colorOf(measure, key));
    patterns.set(gso, (patternOf.get(key) ?? 'none') as PatternName | 'none');
  }
  return { colors, patterns };
}

export function districtPaint(idx: DataIndex, measure: MeasureId, year: number) {
  const bins = new Map(shareClasses().map((b) => [b.key, b.color]));
  const colors = new Map<string, string>();
  for (const [code, key] of classifyDistricts(idx, measure, year)) colors.set(code, bins.get(key) ?? '#cccccc');
  return colors;
}

export function MapView({ geo, embed = false, onController, onReady }: MapViewProps) {
  const t = useT();
  const containerRef = useRef<HTMLDivElement>(null);
  const ctrlRef = useRef<MapController | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [hover, setHover] = useState<{ sel: MapSelection; x: number; y: number } | null>(null);
  // The canvas points to a text summary of the current view (src/ui/MapDescription.tsx).
  const descriptionId = useId();
  // Issue #7: shown while the map opens on exactly what the first view shows; removed at ready.
  const [firstView, setFirstView] = useState(() => firstViewMatches(useApp.getState()));
  const idx = useIndex();
  const measure = useApp((s) => s.measure);
  const year = useApp((s) => s.year);
  const districtMode = useApp((s) => s.districtMode);
  const selection = useApp((s) => s.selection);
  const basemap = useApp((s) => s.basemap);

  // Create once per geometry. A layout effect (issue #7): the map and its GL context are created in
  // the commit that shows the layout, before the browser paints it, not after that paint.
  useLayoutEffect(() => {
    const el = containerRef.current;
    if (!el || !idx) return;
    // Issue #7: no separate WebGL2 probe (a second GL context costs ~0.3-1 s with software GL):
    // MapLibre throws "WebGL2 is required…" itself, caught below.
    let ctrl: MapController;
    perfMark('map-create');
    // Issue #7: the map opens on the current picture (baked into its style), not a blank one repainted at `load`.
    const s0 = useApp.getState();
    const first = { measure: s0.measure, year: s0.year, districtMode: s0.districtMode, selection: s0.selection };
    try {
      ctrl = new MapController(
        el,
        geo,
        idx.ds.districts.map((d) => ({ code: d.code, name: d.name, point: d.labelPoint })),
        {
          onHover: (sel, point) => setHover(sel && point ? { sel, ...point } : null),
          onSelect: (sel) => useApp.getState().select(sel),
        },
        {
          cooperativeGestures: embed,
          // MapLibre's own labels (canvas, zoom buttons, attribution) in the UI language.
          locale: {
            'Map.Title': t('map.label'),
            'NavigationControl.ZoomIn': t('a11y.zoomIn'),
            'NavigationControl.ZoomOut': t('a11y.zoomOut'),
            'AttributionControl.ToggleAttribution': t('a11y.attribution'),
            ...(embed
              ? {
                  'CooperativeGesturesHandler.WindowsHelpText': t('map.coopWindows'),
                  'CooperativeGesturesHandler.MacHelpText': t('map.coopMac'),
                  'CooperativeGesturesHandler.MobileHelpText': t('map.coopMobile'),
                }
              : {}),
          },
          initial: {
            ...communePaint(idx, first.measure, first.year),
            districtColors: districtPaint(idx, first.measure, first.year),
            districtMode: first.districtMode,
            selection: first.selection,
          },
          attributionOSM: '© <a href="https://www.openstreetmap.org/copyright" target="_blank" rel="noopener">OpenStreetMap</a>',
        },
      );
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      setFailed(/webgl/i.test(message) ? 'webgl' : message);
      return;
    }
    perfMark('map-created');
    ctrlRef.current = ctrl;
    ctrl.map.getCanvas().setAttribute('aria-describedby', descriptionId);
    window.__ntmDebug = { map: ctrl.map };
    onController?.(ctrl);
    let cancelled = false;
    ctrl.map.once('style.load', () => perfMark('map-style'));
    ctrl.map.on('load', () => {
      if (cancelled) return;
      perfMark('map-load');
      // Only what changed while the map was opening (the effects below skip a map without layers).
      const s = useApp.getState();
      if (s.measure !== first.measure || s.year !== first.year) {
        const { colors, patterns } = communePaint(idx, s.measure, s.year);
        ctrl.showCommuneClasses(colors, patterns);
        ctrl.showDistrictColors(districtPaint(idx, s.measure, s.year));
      }
      if (s.districtMode !== first.districtMode) ctrl.setDistrictMode(s.districtMode);
      if (s.selection !== first.selection) ctrl.setSelection(s.selection);
      if (s.basemap) ctrl.setBasemap(true);
    });
    void ctrl.whenReady().then(() => {
      if (cancelled) return;
      perfMark('ready');
      document.documentElement.dataset.mapReady = 'true';
      setFirstView(false); // issue #7: swap the static first view for the live map
      onReady?.();
    });
    // Follows the container (window resizes, panels opening, the map tab shown again).
    // While the person has not moved the map and nothing is selected, keep the whole province in view.
    let userMoved = false;
    ctrl.map.on('movestart', (e: { originalEvent?: unknown }) => {
      if (e.originalEvent) userMoved = true;
    });
    let wasHidden = false;
    const ro = new ResizeObserver(() => {
      const hidden = el.clientWidth === 0 || el.clientHeight === 0;
      if (hidden) {
        wasHidden = true; // behind the table tab: nothing to frame until it is shown again
        return;
      }
      ctrl.resize();
      if (!ctrl.hasLayers()) return;
      const sel = useApp.getState().selection;
      const box = sel?.kind === 'commune' ? idx.unit(sel.gso)?.bbox : sel?.kind === 'district' ? idx.district(sel.code)?.bbox : undefined;
      // Shown again after a selection made in the table: frame it now that the map has a size.
      if (wasHidden && box) ctrl.flyToBBox(box, { maxZoom: sel?.kind === 'commune' ? 10 : 10.5, animate: false });
      else if (!userMoved && !sel) ctrl.fitProvince(false);
      wasHidden = false;
    });
    ro.observe(el);
    return () => {
      cancelled = true;
      ro.disconnect();
      onController?.(null);
      ctrl.destroy();
      ctrlRef.current = null;
      delete window.__ntmDebug;
      delete document.documentElement.dataset.mapReady;
    };
    // The controller is created once per geometry and dataset; later changes go through the effects below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [geo, idx]);

  useEffect(() => {
    const ctrl = ctrlRef.current;
    if (!ctrl || !idx || !ctrl.hasLayers()) return;
    const { colors, patterns } = communePaint(idx, measure, year);
    ctrl.showCommuneClasses(colors, patterns);
    ctrl.showDistrictColors(districtPaint(idx, measure, year));
  }, [idx, measure, year]);

  useEffect(() => {
    const ctrl = ctrlRef.current;
    if (!ctrl || !ctrl.hasLayers()) return;
    ctrl.setDistrictMode(districtMode);
  }, [districtMode]);

  useEffect(() => {
    const ctrl = ctrlRef.current;
    if (!ctrl || !ctrl.hasLayers()) return;
    ctrl.setBasemap(basemap);
  }, [basemap]);

  useEffect(() => {
    const ctrl = ctrlRef.current;
    if (!ctrl || !idx) return;
    const prev = ctrl.getSelection();
    const same =
      (prev === null && selection === null) ||
      (prev?.kind === 'commune' && selection?.kind === 'commune' && prev.gso === selection.gso) ||
      (prev?.kind === 'district' && selection?.kind === 'district' && prev.code === selection.code);
    if (ctrl.hasLayers()) ctrl.setSelection(selection);
    if (same) return;
    // A hidden map (table tab) has no size to fit into: the ResizeObserver frames it when shown.
    if (!containerRef.current?.clientHeight) return;
    if (selection?.kind === 'commune') {
      const u = idx.unit(selection.gso);
      if (u) ctrl.flyToBBox(u.bbox, { maxZoom: 10 });
    } else if (selection?.kind === 'district') {
      const d = idx.district(selection.code);
      if (d) ctrl.flyToBBox(d.bbox, { maxZoom: 10.5 });
    }
  }, [selection, idx]);

  if (failed) {
    return (
      <div className="map-fallback" role="alert">
        <h2 className="status-title">{failed === 'webgl' ? t('error.noWebglTitle') : t('error.mapFailedTitle')}</h2>
        {failed === 'webgl' && <p>{t('error.noWebglBody')}</p>}
        <p>{t('error.stillAvailable')}</p>
        <button type="button" className="fallback-action" onClick={showTable}>
          {t('error.showTable')}
        </button>
        {failed !== 'webgl' && <p className="hint">{t('error.technical', { message: failed })}</p>}
        <StaticMap alt={t('map.label')} />
      </div>
    );
  }
  return (
    <div className="map-wrap">
      <div ref={containerRef} className="map" data-testid="map" />
      <MapDescription id={descriptionId} />
      {firstView && <FirstView />}
      {hover?.sel && (
        <div className="map-tooltip" style={{ left: hover.x + 14, top: hover.y + 14 }} role="presentation">
          <HoverCard selection={hover.sel} />
        </div>
      )}
    </div>
  );
}
