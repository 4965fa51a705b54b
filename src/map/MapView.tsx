// React owner of the MapController: creates it once, then hands it the view model's picture, the
// selection and the basemap, and decides the camera (framing a selection, a camera requested by
// the URL sync, keeping the province in view on resize). Nothing else moves the map.
import { Suspense, lazy, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { useApp } from '../state/store';
import { useIndex } from '../state/useIndex';
import { useViewModel } from '../state/useViewModel';
import { mapViewModel } from '../domain/viewModel';
import type { MapGeo, MapSelection } from '../domain/geo';
import { useLocale, useT } from '../i18n';
import { unitName } from '../i18n/labels';
import { communeLabelText } from '../domain/labelText';
import type { CommuneLabel } from './communeLabels';
import { MapDescription } from '../ui/MapDescription';
import { showTable } from '../ui/showTable';
import { MapController } from './MapController';
import { pictureOf } from './picture';
import { boxesOf } from '../data/topology';
import {
  onCameraRequest, peekCameraRequest, registerMapController, takeCameraRequest, type CameraRequest, type MapHandle,
} from '../url/mapRegistry';
// Issue #7: the static first view stays over the map until MapLibre is idle (same extent and colours).
import { FirstView, StaticMap, firstViewMatches } from '../ui/FirstView';
import { prewarmMapLibre } from './maplibre-init';
import { perfMark } from '../perf';
import { mapKey } from '../i18n/parts/map'; // the map's own messages load with this chunk
import { useBasemapStatus } from '../state/basemapStatus';
import { SRC_OSM } from './style';
// The basemap's notice beside its toggle (App.tsx) ships in this chunk.
export { BasemapNotice } from '../ui/BasemapNotice';
import type { TodayIndex } from '../domain/crosswalk';
// Issue 13's budget: the tooltip's code is fetched once the map is ready, not with the first view
// (a hover before that shows its tooltip when the chunk arrives).
const hoverCardModule = () => import('../ui/HoverCard');
const HoverCard = lazy(() => hoverCardModule().then((m) => ({ default: m.HoverCard })));
import type { Selection } from '../state/store';

// Issue #7: warm the worker while the data loads (this module is its own chunk, loaded at startup).
perfMark('map-chunk');
if (typeof window !== 'undefined' && typeof Worker !== 'undefined') prewarmMapLibre();

export interface MapViewProps {
  geo: MapGeo;
  /** Embed mode: cooperative gestures so the host page scrolls normally. */
  embed?: boolean;
  /** Also told of the controller (it is always registered in src/url/mapRegistry.ts). */
  onController?: (c: MapHandle | null) => void;
  /** Called once, when the map is first idle with its data drawn (interactive ready). */
  onReady?: () => void;
  /** Today's geography (issue 13): `geo` is then its 124 units and former-province outlines. */
  today?: TodayIndex | null;
}

/** Max zoom when framing a selected commune / district. */
const FRAME_ZOOM = { commune: 10, district: 10.5 } as const;

function selectionBox(geo: MapGeo, sel: Selection, today?: TodayIndex | null) {
  // Boxes come from the geometry drawn (`geo` is today's units when `today` is set).
  const boxes = boxesOf(geo);
  if (sel?.kind === 'today') return today ? boxes.communes.get(sel.code) : undefined;
  if (today) return undefined; // an old unit's code means another unit on today's map
  return sel?.kind === 'commune' ? boxes.communes.get(sel.gso) : sel?.kind === 'district' ? boxes.districts.get(sel.code) : undefined;
}

/** The map knows communes by code; on today's map a commune is one of today's units (issue 13). */
function toMap(sel: Selection, today?: TodayIndex | null): MapSelection {
  if (!sel) return null;
  if (today) return sel.kind === 'today' ? { kind: 'commune', gso: sel.code } : null;
  return sel.kind === 'today' ? null : sel;
}
function fromMap(sel: MapSelection, today?: TodayIndex | null): Selection {
  if (!today || !sel) return sel;
  return sel.kind === 'commune' ? { kind: 'today', code: sel.gso } : null; // former provinces are not selectable
}

function sameSelection(a: MapSelection, b: MapSelection): boolean {
  if (a === null || b === null) return a === b;
  return a.kind === 'commune' ? b.kind === 'commune' && a.gso === b.gso : b.kind === 'district' && a.code === b.code;
}

export function MapView({ geo, embed = false, onController, onReady, today = null }: MapViewProps) {
  const t = useT();
  const locale = useLocale();
  const containerRef = useRef<HTMLDivElement>(null);
  const ctrlRef = useRef<MapController | null>(null);
  const readyRef = useRef(false);
  const [failed, setFailed] = useState<string | null>(null);
  const [hover, setHover] = useState<{ sel: Selection; x: number; y: number } | null>(null);
  // The canvas points to a text summary of the current view (src/ui/MapDescription.tsx).
  const descriptionId = useId();
  // Issue #7: shown while the map opens on exactly what the first view shows; removed at ready.
  const [firstView, setFirstView] = useState(() => firstViewMatches(useApp.getState()));
  const idx = useIndex();
  const vm = useViewModel();
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
    try {
      ctrl = new MapController(el, {
        geo,
        labels: today ? [] : idx.ds.districts.map((d) => ({ code: d.code, name: d.name, point: d.labelPoint })),
        picture: pictureOf(mapViewModel(idx, { measure: s0.measure, year: s0.year, districtMode: today ? false : s0.districtMode }, today)),
        selection: toMap(s0.selection, today),
        callbacks: {
          onHover: (sel, point) => {
            const s = fromMap(sel, today);
            setHover(s && point ? { sel: s, ...point } : null);
          },
          onSelect: (sel) => useApp.getState().select(fromMap(sel, today)),
          onProblem: (p) => {
            // Before the first picture, a map that fails is no map: show the fallback. Later
            // problems (a basemap tile server offline) leave the NTM layers drawn.
            if (!readyRef.current && p.sourceId === null) setFailed(p.message);
            else {
              // Issue 14: failing basemap tiles are said beside the toggle (BasemapNotice).
              if (p.sourceId === SRC_OSM && useApp.getState().basemap) useBasemapStatus.setState({ failed: true });
              console.warn('map:', p.sourceId ?? '', p.message);
            }
          },
        },
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
        resetLabel: t(mapKey('map.resetView')),
        attributionOSM: '© <a href="https://www.openstreetmap.org/copyright" target="_blank" rel="noopener">OpenStreetMap</a>',
      });
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      setFailed(/webgl/i.test(message) ? 'webgl' : message);
      return;
    }
    perfMark('map-created');
    ctrlRef.current = ctrl;
    readyRef.current = false;
    ctrl.describeCanvasBy(descriptionId);
    ctrl.setBasemap(s0.basemap);
    registerMapController(ctrl);
    onController?.(ctrl);
    let cancelled = false;

    /** A camera asked for by the URL sync (a link, back/forward). */
    const applyCamera = (req: CameraRequest) => {
      ctrl.setCamera(req.camera);
      // An embed is usually narrower than the screen the link was made on: if the link's camera
      // cuts the selected unit off, zoom out just enough to show it whole.
      const box = selectionBox(geo, useApp.getState().selection, today);
      if (embed && req.fromLink && box) ctrl.ensureVisible(box, req.camera.zoom);
    };
    // Applied now when the selection it goes with is already shown; otherwise the selection
    // effect below applies it instead of framing the selection (a link's camera wins).
    const offCamera = onCameraRequest(() => {
      if (!readyRef.current || !peekCameraRequest()) return;
      if (!sameSelection(toMap(useApp.getState().selection, today), ctrl.getSelection())) return;
      applyCamera(takeCameraRequest()!);
    });

    void ctrl.whenReady().then(() => {
      if (cancelled) return;
      readyRef.current = true;
      const req = takeCameraRequest();
      if (req) applyCamera(req);
      else if (today) {
        // Issue 13: today's map opens after its files load, with the link's unit already chosen.
        const box = selectionBox(geo, useApp.getState().selection, today);
        if (box) ctrl.frame(box, { maxZoom: FRAME_ZOOM.commune, animate: false });
      }
      perfMark('ready');
      document.documentElement.dataset.mapReady = 'true';
      setFirstView(false); // issue #7: swap the static first view for the live map
      void hoverCardModule().catch(() => undefined); // a failure shows as no tooltip, tried again on hover
      onReady?.();
    });
    // Follows the container (window resizes, panels opening, the map tab shown again).
    // While the person has not moved the map and nothing is selected, keep the whole province in view.
    let userMoved = false;
    const offUserMove = ctrl.onUserMoveStart(() => {
      userMoved = true;
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
      const box = selectionBox(geo, sel, today);
      // Shown again after a selection made in the table: frame it now that the map has a size.
      if (wasHidden && box) ctrl.frame(box, { maxZoom: sel?.kind === 'commune' ? FRAME_ZOOM.commune : FRAME_ZOOM.district, animate: false });
      else if (!userMoved && !sel) ctrl.resetView(false);
      wasHidden = false;
    });
    ro.observe(el);
    return () => {
      cancelled = true;
      ro.disconnect();
      offCamera();
      offUserMove();
      registerMapController(null);
      onController?.(null);
      ctrl.destroy();
      ctrlRef.current = null;
      delete document.documentElement.dataset.mapReady;
    };
    // The controller is created once per geometry and dataset; later changes go through the effects below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [geo, idx, today]);

  useEffect(() => {
    if (vm) ctrlRef.current?.show(pictureOf(vm));
  }, [vm]);

  // Issue 14: commune names at high zooms, in the UI language (a number alone reads as a count).
  useEffect(() => {
    const ctrl = ctrlRef.current;
    if (!ctrl || !idx) return;
    const boxes = boxesOf(geo).communes;
    const priority = (code: string) => {
      const b = boxes.get(code);
      return b ? (b[2] - b[0]) * (b[3] - b[1]) : 0;
    };
    const labels: CommuneLabel[] = today
      ? today.units.map((u) => ({ id: u.code, text: communeLabelText(u.name, u.fullName), point: u.labelPoint, priority: priority(u.code) }))
      : idx.ds.units.map((u) => ({
          id: u.gso,
          text: /^\d+$/.test(u.name) ? unitName(u, locale) : communeLabelText(u.name, u.fullName),
          point: u.labelPoint,
          priority: priority(u.gso),
        }));
    ctrl.setCommuneLabels(labels);
  }, [geo, idx, today, locale]);

  useEffect(() => {
    ctrlRef.current?.setResetLabel(t(mapKey('map.resetView')));
  }, [t, geo, idx, today]);

  useEffect(() => {
    useBasemapStatus.setState({ failed: false }); // off: nothing to fail; on again: the tile server is tried anew
    ctrlRef.current?.setBasemap(basemap);
  }, [basemap]);

  useEffect(() => {
    const ctrl = ctrlRef.current;
    if (!ctrl || !idx) return;
    const same = sameSelection(ctrl.getSelection(), toMap(selection, today));
    ctrl.select(toMap(selection, today));
    if (same) return;
    // A camera requested with this selection (back/forward to a zoomed view) replaces its framing.
    if (readyRef.current && peekCameraRequest()) {
      const req = takeCameraRequest()!;
      ctrl.setCamera(req.camera);
      return;
    }
    // A hidden map (table tab) has no size to fit into: the ResizeObserver frames it when shown.
    if (!containerRef.current?.clientHeight) return;
    const box = selectionBox(geo, selection, today);
    if (box && selection) ctrl.frame(box, { maxZoom: FRAME_ZOOM[selection.kind === 'district' ? 'district' : 'commune'] });
  }, [selection, idx, geo, today]);

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
      {firstView && <FirstView geo={geo} />}
      {hover?.sel && (
        <div className="map-tooltip" style={{ left: hover.x + 14, top: hover.y + 14 }} role="presentation">
          <Suspense fallback={null}>
            <HoverCard selection={hover.sel} />
          </Suspense>
        </div>
      )}
    </div>
  );
}
