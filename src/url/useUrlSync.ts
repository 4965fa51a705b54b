// Store ⇄ URL. Mounted once (App). The URL is written from the store (pushState for the choices a
// reader steps back through: selection, measure, year; replaceState for the rest and for camera
// moves on `moveend`) and read into the store at start and on back/forward.
//
// Loop guards: `applying` while URL → store writes run (the store listener ignores them); camera
// writes only after the camera from the link has been applied.
// The camera: this module reads it (MapHandle.getCamera, on `moveend`) but never moves the map. A
// camera in a link, or in a history entry, is a request (mapRegistry.requestCamera) that MapView,
// the one camera writer, applies when the map is ready and the selection it goes with is shown.
// In embed mode every write is a replaceState: an iframe's pushState would add entries to the
// host page's session history, and the reader's Back button would step through the map instead
// of leaving the article.
import { measureForYear, timelineYears } from '../domain/catalogs';
import { useEffect } from 'react';
import type { NtmDataset } from '../domain/types';
import { useApp, type AppState } from '../state/store';
import { onMapChange, requestCamera, type MapHandle } from './mapRegistry';
import {
  URL_DEFAULTS, decodeFull, decodeState, sameCamera, sameSelection, toQueryString,
  type Camera, type DecodeContext, type UrlState,
} from './urlState';
import { capHash } from './limits';
import { EMBED_PAGE, appPath, isEmbedPath } from './embedPage';
import { effectiveGeography } from '../state/useGeography';
import { useToday } from '../state/todayStore';

/** The dataset's codes and years, for decoding. */
export function contextOf(data: NtmDataset): DecodeContext {
  return {
    communes: new Set(data.units.map((u) => u.gso)),
    districts: new Set(data.districts.map((d) => d.code)),
    // The timeline: the years with data and each catalog's first year (2026: "no data yet").
    years: timelineYears(data),
  };
}

type StoreView = Pick<UrlState, 'measure' | 'year' | 'selection' | 'districtMode' | 'locale' | 'basemap' | 'view' | 'geography'>;

/** The geography a link names (issue 13): the one chosen; with a commune selected, always the one
 *  shown (commune codes are reused between geographies); otherwise none (the year's default). */
function urlGeography(s: AppState): UrlState['geography'] {
  const shown = s.data ? effectiveGeography(s.data, s.year, s.geography) : s.geography;
  if (s.selection?.kind === 'today') return '2025';
  if (s.selection?.kind === 'commune') return shown ?? '2020';
  return s.geography === null ? null : shown;
}

function storeView(s: AppState): StoreView {
  return {
    measure: s.measure, year: s.year, selection: s.selection, districtMode: s.districtMode,
    locale: s.locale, basemap: s.basemap, view: s.view,
    geography: urlGeography(s),
  };
}

function cameraOf(h: MapHandle): Camera {
  return h.getCamera();
}

// ---- module state (one sync per page) ---------------------------------------------------------

let embed = false;
/** Issue 15: the page's year player flag (from its URL, kept in every write like `embed`). */
let player = false;
let handle: MapHandle | null = null;
/** The framing MapLibre chose before anyone moved it (whole province): not written to the URL. */
let home: Camera | null = null;
/** A camera from the URL not yet applied to the map. */
let pendingCamera: Camera | null = null;
let cameraSettled = false;

/** The camera as the URL should carry it: null for the home framing. */
export function currentCamera(): Camera | null {
  if (!cameraSettled) return pendingCamera;
  if (!handle) return null;
  const c = cameraOf(handle);
  return home && sameCamera(c, home) ? null : c;
}

/** The view as a permalink carries it (store + live camera). */
export function currentUrlState(opts: { embed?: boolean; player?: boolean } = {}): UrlState {
  return { ...URL_DEFAULTS, ...storeView(useApp.getState()), camera: currentCamera(), embed: opts.embed ?? false, player: opts.player ?? false };
}

/** Does this page's URL ask for the year player (an embed-code option)? */
export function isPlayerPage(): boolean {
  if (typeof window === 'undefined') return false;
  return decodeState(window.location.search).player === true;
}

/** The app's own address without query (works from any sub-path; from the embed page too). */
export function appBaseUrl(loc: Location = window.location): string {
  return `${loc.origin}${appPath(loc.pathname)}`;
}

/** Absolute link to a view: the full app, or with `embed` the embed page (`embed=1` kept in the
 *  query, so the link also works where embed.html is not served). */
export function permalink(state: Partial<UrlState>, loc: Location = window.location): string {
  const base = appBaseUrl(loc);
  return `${state.embed ? new URL(EMBED_PAGE, base).href : base}${toQueryString(state)}`;
}

/** Is this page the embed layout (opened as embed.html, or with `embed=1`, as embed codes made
 *  before embed.html existed are)? */
export function isEmbedPage(): boolean {
  if (typeof window === 'undefined') return false;
  return isEmbedPath(window.location.pathname) || decodeState(window.location.search).embed === true;
}

/**
 * Starts the sync; returns its teardown. Exported apart from the hook so it can be tested and used
 * without React.
 */
export function startUrlSync(): () => void {
  const win = window;
  const initial = decodeFull(win.location.search);
  embed = isEmbedPage();
  player = initial.player;
  pendingCamera = initial.camera;
  cameraSettled = false;
  requestCamera(initial.camera ? { camera: initial.camera, fromLink: true } : null);
  let ctx: DecodeContext | null = null;
  let applying = false;
  let ready = false;
  let stopped = false;
  const cleanups: (() => void)[] = [];

  const apply = (patch: Partial<AppState>) => {
    applying = true;
    try {
      useApp.setState(patch);
    } finally {
      applying = false;
    }
  };

  const write = (mode: 'push' | 'replace') => {
    const state: UrlState = { ...URL_DEFAULTS, ...storeView(useApp.getState()), camera: currentCamera(), embed, player };
    // An over-long hash is not written back (src/url/limits.ts).
    const url = `${win.location.pathname}${toQueryString(state)}${capHash(win.location.hash)}`;
    const now = `${win.location.pathname}${win.location.search}${win.location.hash}`;
    if (url === now) return;
    if (mode === 'push' && !embed) win.history.pushState(null, '', url);
    else win.history.replaceState(win.history.state, '', url);
  };

  // 1. Intent that needs no data: right away (also done when this module loads, see the end).
  apply(earlyPatch(initial));

  // 2. Selection (and the year, against the dataset's years) once the codes are known.
  const onData = (data: NtmDataset) => {
    ctx = contextOf(data);
    const d = decodeState(win.location.search, ctx);
    const year = useApp.getState().year;
    // A year the link asked for but the dataset lacks falls back to the default.
    const y = d.year ?? (ctx.years?.includes(year) ? year : URL_DEFAULTS.year);
    apply({
      selection: d.selection ?? null,
      year: y,
      // A measure of another catalog than the year's (c8 in 2026) falls back to the status.
      measure: measureForYear(data, d.measure ?? useApp.getState().measure, y),
    });
    ready = true;
    write('replace'); // canonical form: migrated, defaults and garbage removed
  };
  const data0 = useApp.getState().data;
  if (data0) onData(data0);

  // 2b. Issue 13: a link's code on today's geography is checked once today.json is there.
  cleanups.push(
    useToday.subscribe((t, prev) => {
      if (!t.today || t.today === prev.today) return;
      const sel = useApp.getState().selection;
      if (sel?.kind === 'today' && !t.today.unit(sel.code)) apply({ selection: null });
    }),
  );

  // 3. Store → URL.
  cleanups.push(
    useApp.subscribe((s, prev) => {
      if (s.data && s.data !== prev.data) onData(s.data);
      if (applying || !ready) return;
      const a = storeView(s);
      const b = storeView(prev);
      const navigational = a.measure !== b.measure || a.year !== b.year || !sameSelection(a.selection, b.selection) || a.geography !== b.geography;
      const other = a.districtMode !== b.districtMode || a.locale !== b.locale || a.basemap !== b.basemap || a.view !== b.view;
      if (navigational) write('push');
      else if (other) write('replace');
    }),
  );

  // 4. URL → store on back/forward.
  const onPop = () => {
    const d = decodeFull(win.location.search, ctx ?? {});
    const camera = d.camera;
    const rest = {
      measure: d.measure, year: d.year, selection: d.selection, districtMode: d.districtMode,
      locale: d.locale, basemap: d.basemap, view: d.view, geography: d.geography,
    };
    const before = useApp.getState().selection;
    apply(rest);
    if (!handle || !cameraSettled) {
      pendingCamera = camera;
      requestCamera(camera ? { camera, fromLink: false } : null);
      return;
    }
    // The entry's camera; without one, a changed selection is framed by MapView and an unchanged
    // one goes back to the province as first framed.
    const selectionChanged = !sameSelection(before, rest.selection);
    const target = camera ?? (rest.selection && selectionChanged ? null : home);
    if (target && (selectionChanged || !sameCamera(cameraOf(handle), target))) requestCamera({ camera: target, fromLink: false });
  };
  win.addEventListener('popstate', onPop);
  cleanups.push(() => win.removeEventListener('popstate', onPop));

  // 5. Camera: apply the link's camera once the map has drawn, then follow `moveend`.
  cleanups.push(
    onMapChange((h) => {
      handle = h;
      if (!h) return;
      home = cameraOf(h);
      cameraSettled = false;
      void h.whenReady().then(() => {
        if (handle !== h || stopped) return;
        // MapView applies the link's camera at the same moment (mapRegistry's request).
        pendingCamera = null;
        cameraSettled = true;
        cleanups.push(
          h.onMoveEnd(() => {
            if (handle === h && ready && !stopped) write('replace');
          }),
        );
      });
    }),
  );

  return () => {
    stopped = true;
    for (const c of cleanups.splice(0)) c();
  };
}

/** What a link says before the data is loaded. The selection is only checked for its form here;
 *  onData checks the code against the dataset. */
function earlyPatch(u: UrlState): Partial<AppState> {
  return {
    measure: u.measure, year: u.year, districtMode: u.districtMode, locale: u.locale, basemap: u.basemap,
    view: u.view, selection: u.selection, geography: u.geography,
  };
}

// Before the first render: the loading screen (and the pre-rendered first view, which must not be
// shown for a link to another view) already reflect the link. startUrlSync does the rest.
if (typeof window !== 'undefined' && window.location) {
  useApp.setState(earlyPatch(decodeFull(window.location.search)));
}

/** Mount once in App. */
export function useUrlSync(): void {
  useEffect(() => startUrlSync(), []);
}
