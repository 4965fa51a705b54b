// The page: loads the data, then lays out controls, map (or table) and panels.
import { Suspense, useCallback, useEffect, useState } from 'react';
// Issue 17: every lazily loaded part is a lazyPart (loadable again) inside a PartBoundary: a chunk
// that fails to load shows what failed, with retry and reload, and the rest of the page keeps working.
import { lazyPart } from './ui/lazyPart';
import { MapFailedExtra, PartBoundary } from './ui/PartBoundary';
import { useApp, type LoadState } from './state/store';
import { loadData, DataLoadError, type LoadedData } from './data/loadData';
import type { MapGeo } from './map/MapController';
// Issue #7: MapLibre (≈280 KB gzip) in its own chunk, preloaded by the HTML. The entry evaluates it
// once the first view is painted (src/main.tsx), in parallel with the data download; the first
// render would at the latest.
let mapViewModule: Promise<typeof import('./map/MapView')> | null = null;
// Once the chunk is there, render the component itself: `lazy` would suspend once more and create
// the map a paint later.
let LoadedMapView: typeof import('./map/MapView').MapView | null = null;
export function loadMapView(): Promise<typeof import('./map/MapView')> {
  if (!mapViewModule) {
    mapViewModule = import('./map/MapView');
    // Issue 17: a failed load is forgotten, so a retry (PartBoundary) imports the chunk again.
    void mapViewModule.then((m) => (LoadedMapView = m.MapView)).catch(() => (mapViewModule = null));
  }
  return mapViewModule;
}
const LazyMapView = lazyPart(() => loadMapView().then((m) => m.MapView));
// Issue 14: the basemap's tile-failure notice, in the map chunk (no load of its own: it renders only with the map).
const BasemapNotice = lazyPart(() => loadMapView().then((m) => m.BasemapNotice, () => () => null));
import { useLocale, useT } from './i18n';
import { Header } from './ui/Header';
import { SearchBox } from './ui/SearchBox';
import { LanguageToggle } from './ui/LanguageToggle';
import { MeasurePicker } from './ui/MeasurePicker';
import { YearControl } from './ui/YearControl';
import { NoDataYet } from './ui/NoDataYet';
import { YearPlayer } from './ui/YearPlayer';
import { Legend } from './ui/Legend';
import { SourceLine } from './ui/SourceLine';
// Issue #7: the detail panel (with the district summary, targets and print parts, ≈9 KB gzip) is
// only needed after a selection: its own chunk, prefetched when the map is ready and the browser
// idle, so it never competes with what the first map needs.
const detailPanelModule = () => import('./ui/DetailPanel');
const DetailPanel = lazyPart(() => detailPanelModule().then((m) => m.DetailPanel));
/** Issue 14: on a slow link (the browser's own estimate: 2G/3G-like, or data saver) a person's
 *  first answer is a commune's panel, and each chunk costs a round trip of seconds: start it with
 *  the data, not after them. On a fast link nothing changes (it is prefetched when the map is ready). */
export function prefetchAnswerOnSlowLink(): void {
  const c = (navigator as Navigator & { connection?: { effectiveType?: string; saveData?: boolean } }).connection;
  if (c && (c.saveData || ['slow-2g', '2g', '3g'].includes(c.effectiveType ?? ''))) void detailPanelModule().catch(() => undefined);
}
function prefetchDetailPanel(): void {
  const run = () => void detailPanelModule().catch(() => undefined); // a failure shows when it is opened
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 3000 });
  else setTimeout(run, 500);
}
import { PilotPanel } from './ui/PilotPanel';
// Issue 13: today's geography (its control is small; its panel and files load on first use).
import { GeographyControl } from './ui/GeographyControl';
const TodayMeasure = lazyPart(() => todayParts().then((m) => m.TodayMeasure));
const TodayIntro = lazyPart(() => todayParts().then((m) => m.TodayIntro));
import { useGeography } from './state/useGeography';
import { useToday } from './state/todayStore';
import { isRollupYear } from './domain/geographies';
const todayParts = () => import('./ui/todayParts');
const TodayPanel = lazyPart(() => todayParts().then((m) => m.TodayPanel));
const TodayTable = lazyPart(() => todayParts().then((m) => m.TodayTable));
import { LiveRegion } from './ui/LiveRegion';
import { showTable } from './ui/showTable';

// The table is the accessible route to every value but most visitors never open it: load it on demand.
const DataTable = lazyPart(() => import('./ui/DataTable').then((m) => m.DataTable));

/** How long the layout waits, once the data are there, for the map chunk (see the load effect). */
const MAP_CHUNK_WAIT_MS = 350;
const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** After this long without the data, say so and offer a retry (the download goes on meanwhile). */
export const LOAD_TIMEOUT_MS = 20_000;

function loadErrorOf(e: unknown): Extract<LoadState, { kind: 'error' }> {
  if (e instanceof DataLoadError) return { kind: 'error', message: e.message, file: e.url, reason: e.reason };
  return { kind: 'error', message: e instanceof Error ? e.message : String(e), reason: 'unknown' };
}
// Issue #7: the leaders' tab is loaded when first opened.
const LeadersView = lazyPart(() => import('./ui/LeadersView').then((m) => m.LeadersView));
import { FirstView, LoadingShell, firstViewMatches } from './ui/FirstView';
// Issue #7: lazy, like MapView: a static import here would pull MapLibre back into the main chunk.
const EmbedView = lazyPart(() => import('./ui/EmbedView').then((m) => m.EmbedView));
import { ExportBar } from './ui/ExportBar';
import { isEmbedPage, useUrlSync } from './url/useUrlSync';
import { registerMapController } from './url/mapRegistry';
import { perfMark } from './perf';

/** ?embed=1: the minimal layout for articles (issue #5). Fixed for the page's lifetime. */
const EMBED = isEmbedPage();

export interface AppProps {
  /** The first download, started by the entry before React renders (src/main.tsx); a retry loads anew. */
  initialLoad?: Promise<LoadedData>;
}

export function App({ initialLoad }: AppProps = {}) {
  const t = useT();
  const load = useApp((s) => s.load);
  // Issue 17: the language shown (the chosen one once its messages are there), so <html lang> never
  // claims English while the page is still, or (offline) stays, in Vietnamese.
  const locale = useLocale();
  const view = useApp((s) => s.view);
  const selection = useApp((s) => s.selection);
  const districtMode = useApp((s) => s.districtMode);
  const basemap = useApp((s) => s.basemap);
  const year = useApp((s) => s.year);
  const geographies = useApp((s) => s.data?.geographies);
  const [geo, setGeo] = useState<MapGeo | null>(null);
  const [attempt, setAttempt] = useState(0);
  const geography = useGeography();
  const todayGeo = useToday((s) => s.geo);
  const today = useToday((s) => s.today);
  // The map drawn: today's 124 units once loaded (GeographyControl says while it loads), else the plan's.
  const onToday = geography === '2025';
  const shownGeo = onToday ? todayGeo : geo;

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t('app.title');
  }, [locale, t]);

  useEffect(() => {
    const ctrl = new AbortController();
    useApp.getState().setLoad({ kind: 'loading' });
    // No endless spinner: after LOAD_TIMEOUT_MS show the error with a retry, but let a slow download
    // that is still progressing finish (on a rural link it may just need longer).
    const timer = window.setTimeout(() => {
      if (useApp.getState().load.kind === 'loading') {
        useApp.getState().setLoad({ kind: 'error', message: `${LOAD_TIMEOUT_MS / 1000} s`, reason: 'timeout' });
      }
    }, LOAD_TIMEOUT_MS);
    (attempt === 0 && initialLoad ? initialLoad : loadData(ctrl.signal))
      .then(async ({ dataset, geo }) => {
        perfMark('data');
        // Issue #7: render the layout once the map chunk is there too when it is about to be (both
        // are preloaded): rendered before it, the map would mount through Suspense, and React holds
        // a just-resolved boundary back for up to 300 ms (its fallback throttle). Issue 14: but never
        // wait long for it. On a slow link MapLibre (≈300 KB) comes seconds after the data, and the
        // search, the panels and the table answer from the data alone, over the static first view.
        await Promise.race([loadMapView().catch(() => undefined), delay(MAP_CHUNK_WAIT_MS)]);
        if (ctrl.signal.aborted) return;
        setGeo(geo);
        useApp.getState().setData(dataset);
        // Without the map yet, a person's first answer is a commune's panel: fetch it now (≈5 KB
        // beside MapLibre's ≈300 KB), not after the map.
        if (!LoadedMapView) prefetchDetailPanel();
      })
      .catch((e: unknown) => {
        if (ctrl.signal.aborted) return;
        useApp.getState().setLoad(loadErrorOf(e));
      })
      .finally(() => window.clearTimeout(timer));
    return () => {
      window.clearTimeout(timer);
      ctrl.abort();
    };
  }, [attempt, initialLoad]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  useUrlSync();

  if (EMBED)
    return (
      <PartBoundary part="embed" onRetry={EmbedView.retry}>
        <Suspense fallback={null}>
          <EmbedView geo={geo} onRetry={retry} />
        </Suspense>
      </PartBoundary>
    );

  return (
    <div className="app">
      <a
        className="skip-link"
        href="#data-table"
        onClick={(e) => {
          e.preventDefault();
          showTable();
        }}
      >
        {t('app.skipToTable')}
      </a>
      <Header>
        <SearchBox />
        <LanguageToggle />
      </Header>
      {/* Issue #7: while loading, keep the pre-JS first view (same layout) instead of a blank page. */}
      {load.kind === 'loading' && <LoadingShell label={t('app.loading')} show={firstViewMatches(useApp.getState())} />}
      {load.kind === 'error' && (
        <div className="status-msg error" role="alert">
          <h2 className="status-title">{t('error.loadTitle')}</h2>
          <p>
            {load.reason === 'timeout'
              ? t('error.reason.timeout', { seconds: LOAD_TIMEOUT_MS / 1000 })
              : load.reason === 'http'
                ? t('error.reason.http', { detail: /HTTP \d+/.exec(load.message)?.[0] ?? load.message })
                : t(`error.reason.${load.reason ?? 'unknown'}`)}
          </p>
          {load.file && <p>{t('error.loadFile', { file: load.file })}</p>}
          <p>{t('error.whatToDo')}</p>
          <button type="button" onClick={retry}>
            {t('app.retry')}
          </button>
          {load.reason !== 'timeout' && <p className="hint">{t('error.technical', { message: load.message })}</p>}
        </div>
      )}
      {load.kind === 'ready' && (
        <div className="layout">
          <aside className="controls" aria-label={t('panel.legend')}>
            <GeographyControl />
            {onToday && isRollupYear(geographies ?? [], year) ? (
              <PartBoundary part="today" onRetry={TodayMeasure.retry}>
                <Suspense fallback={null}>
                  <TodayMeasure />
                </Suspense>
              </PartBoundary>
            ) : (
              <MeasurePicker />
            )}
            <YearControl />
            <YearPlayer />
            {!onToday && (
              <label className="check">
                <input
                  type="checkbox"
                  checked={districtMode}
                  onChange={(e) => useApp.getState().setDistrictMode(e.target.checked)}
                />
                {t('districtMode.label')}
              </label>
            )}
            <label className="check">
              <input type="checkbox" checked={basemap} onChange={(e) => useApp.getState().setBasemap(e.target.checked)} />
              {t('basemap.label')}
            </label>
            {basemap && (
              <Suspense fallback={null}>
                <BasemapNotice />
              </Suspense>
            )}
            <Legend />
            <SourceLine note />
            <ExportBar />
          </aside>
          <main className="main" id="main">
            <div className="tabs" role="tablist" aria-label={t('view.label')}>
              <button
                type="button"
                role="tab"
                aria-selected={view === 'map'}
                onClick={() => useApp.getState().setView('map')}
              >
                {t('view.map')}
              </button>
              <button
                type="button"
                role="tab"
                aria-selected={view === 'table'}
                onClick={() => useApp.getState().setView('table')}
              >
                {t('view.table')}
              </button>
              <button
                type="button"
                role="tab"
                aria-selected={view === 'leaders'}
                onClick={() => useApp.getState().setView('leaders')}
              >
                {t('view.leaders')}
              </button>
            </div>
            <NoDataYet />
            <section
              className={view === 'leaders' ? 'map-section is-compact' : 'map-section'}
              hidden={view === 'table'}
            >
              <PartBoundary part="map" onRetry={LazyMapView.retry} extra={<MapFailedExtra />}>
                {shownGeo &&
                  (LoadedMapView ? (
                    <LoadedMapView geo={shownGeo} today={onToday ? today : null} onController={registerMapController} onReady={prefetchDetailPanel} />
                  ) : (
                    <Suspense fallback={<FirstView geo={shownGeo} />}>
                      <LazyMapView geo={shownGeo} today={onToday ? today : null} onController={registerMapController} onReady={prefetchDetailPanel} />
                    </Suspense>
                  ))}
              </PartBoundary>
            </section>
            <section id="data-table" className="table-section" hidden={view !== 'table'} tabIndex={-1}>
              {view === 'table' && (
                <PartBoundary part="table" onRetry={onToday ? TodayTable.retry : DataTable.retry}>
                  <Suspense fallback={<p role="status">{t('a11y.tableLoading')}</p>}>
                    {onToday ? <TodayTable /> : <DataTable />}
                  </Suspense>
                </PartBoundary>
              )}
            </section>
            {view === 'leaders' && (
              <section className="leaders-section">
                <PartBoundary part="leaders" onRetry={LeadersView.retry}>
                  <Suspense fallback={null}>
                    <LeadersView />
                  </Suspense>
                </PartBoundary>
              </section>
            )}
          </main>
          <aside className="panel" aria-label={selection ? t('panel.details') : t('panel.pilots')}>
            {selection?.kind === 'today' ? (
              <PartBoundary part="details" onRetry={TodayPanel.retry}>
                <Suspense fallback={null}>
                  <TodayPanel />
                </Suspense>
              </PartBoundary>
            ) : selection ? (
              <PartBoundary part="details" onRetry={DetailPanel.retry}>
                <Suspense fallback={null}>
                  <DetailPanel />
                </Suspense>
              </PartBoundary>
            ) : onToday ? (
              <PartBoundary part="today" onRetry={TodayIntro.retry}>
                <Suspense fallback={null}>
                  <TodayIntro />
                </Suspense>
              </PartBoundary>
            ) : (
              <PilotPanel />
            )}
          </aside>
        </div>
      )}
      {/* Issue 16: the officers' data desk, its own page (desk.html). */}
      <footer className="app-footer">
        <a href="./desk.html">{t('footer.desk')}</a>
      </footer>
      <LiveRegion />
    </div>
  );
}
